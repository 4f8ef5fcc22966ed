// Saving happens by itself, a moment after the person stops typing, and says so. Changes not yet saved are
// kept together and sent at once; if a save fails, they stay pending (nothing typed is lost), the reason is
// shown in words, and the next change or "Try again" sends them all again.
import { errorText } from './api';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string };

export class AutoSave<Patch extends object> {
  state = $state<SaveState>({ kind: 'idle' });
  private pending: Partial<Patch> = {};
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly save: (patch: Partial<Patch>) => Promise<void>,
    private readonly delayMs = 400,
  ) {}

  change(patch: Partial<Patch>): void {
    Object.assign(this.pending, patch);
    this.state = { kind: 'pending' };
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Sends whatever is pending now (also used when leaving the screen). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.running) await this.running;
    if (Object.keys(this.pending).length === 0) return;
    const batch = this.pending;
    this.pending = {};
    this.state = { kind: 'saving' };
    this.running = this.save(batch)
      .then(() => {
        this.state = Object.keys(this.pending).length ? { kind: 'pending' } : { kind: 'saved', at: new Date() };
      })
      .catch((e: unknown) => {
        this.pending = { ...batch, ...this.pending };
        this.state = { kind: 'failed', message: errorText(e) };
      })
      .finally(() => {
        this.running = null;
      });
    await this.running;
  }
}
