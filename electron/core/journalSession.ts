// Which journal is open right now. A person's own journal and the demo journal are separate files, so
// exploring with demo data never mixes with real notes; switching closes one and opens the other.
import fs from 'node:fs';
import { openJournalApp, type JournalApp, type StartOptions } from './journalApp';
import type { ApiResult } from '$shared/contract/result';
import { fillDemo } from './data/demoJournal';

export type JournalChoice = 'own' | 'demo';

export interface SessionOptions extends Omit<StartOptions, 'journalPath' | 'isDemo'> {
  ownJournalPath: string;
  demoJournalPath: string;
  /** Days of generated history in a fresh demo journal. */
  demoDays?: number;
}

export interface Session {
  handle(name: unknown, input: unknown, sender: { url: string }): Promise<ApiResult<unknown>>;
  current(): JournalApp;
  which(): JournalChoice;
  close(): void;
}

export function createSession(options: SessionOptions): Session {
  let which: JournalChoice = 'own';
  let app = open('own');

  function open(choice: JournalChoice): JournalApp {
    const journalPath = choice === 'own' ? options.ownJournalPath : options.demoJournalPath;
    const fresh = !fs.existsSync(journalPath);
    const opened = openJournalApp({
      ...options,
      journalPath,
      isDemo: choice === 'demo',
      host: { ...options.host, switchJournal },
    });
    if (choice === 'demo' && fresh) fillDemo(opened.ctx, { days: options.demoDays ?? 240, seed: 7 });
    return opened;
  }

  function switchJournal(to: JournalChoice): void {
    if (to === which) return;
    const next = open(to); // open first: if the other journal cannot be opened, the current one stays open
    app.close();
    app = next;
    which = to;
  }

  return {
    handle: (name, input, sender) => app.router.handle(name, input, sender),
    current: () => app,
    which: () => which,
    close: () => app.close(),
  };
}
