// The guide's operations on a real journal file through the real router: progress round-trips and survives
// reopening the file, unknown or malformed section ids are refused in words with nothing written, and the
// notes search finds days by every word, escapes LIKE wildcards and highlights the words it found.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournalApp, type JournalApp } from '../../electron/core/journalApp';
import type { ApiResult } from '$shared/contract/result';
import { allSections } from '$shared/guide';

const NOW = new Date('2026-03-10T19:00:00Z');
let dir: string;
let journalPath: string;
let app: JournalApp;

const open = () =>
  openJournalApp({ journalPath, now: () => NOW, onInternalError: (name, e) => console.error(name, e) });
const call = (name: string, input: unknown): Promise<ApiResult<unknown>> =>
  app.router.handle(name, input, { url: 'test:' });
async function value(name: string, input: unknown): Promise<unknown> {
  const result = await call(name, input);
  if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
  return result.value;
}
const rows = (table: string) => app.db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all();

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'axis-guide-'));
  journalPath = path.join(dir, 'journal.sqlite');
  app = open();
});
afterEach(() => {
  app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('reading progress', () => {
  it('starts empty', async () => {
    expect(await value('guide.progress', {})).toEqual({ read: [], lastOpened: null });
  });

  it('round-trips read marks and the last section opened, and keeps them after the file is reopened', async () => {
    await value('guide.markRead', { sectionId: 'supplements-l-glutamine', read: true });
    const after = await value('guide.markRead', { sectionId: 'axis-the-idea', read: true });
    // Reading order, not the order they were marked in.
    expect(after).toEqual({
      read: [
        { sectionId: 'axis-the-idea', readAt: NOW.toISOString() },
        { sectionId: 'supplements-l-glutamine', readAt: NOW.toISOString() },
      ],
      lastOpened: null,
    });
    expect(await value('guide.setLastOpened', { sectionId: 'beyond-sleep' })).toEqual({ ok: true });
    expect(await value('guide.setLastOpened', { sectionId: 'add-omega-3' })).toEqual({ ok: true });
    expect(rows('guide_state')).toEqual([{ key: 'lastOpened', value: 'add-omega-3' }]);

    app.close();
    app = open();
    expect(await value('guide.progress', {})).toEqual({
      read: [
        { sectionId: 'axis-the-idea', readAt: NOW.toISOString() },
        { sectionId: 'supplements-l-glutamine', readAt: NOW.toISOString() },
      ],
      lastOpened: 'add-omega-3',
    });
  });

  it('marks a section not read again, and marking twice keeps one row', async () => {
    await value('guide.markRead', { sectionId: 'beyond-stress', read: true });
    await value('guide.markRead', { sectionId: 'beyond-stress', read: true });
    expect(rows('guide_progress')).toHaveLength(1);
    expect(await value('guide.markRead', { sectionId: 'beyond-stress', read: false })).toEqual({
      read: [],
      lastOpened: null,
    });
    expect(rows('guide_progress')).toEqual([]);
  });

  it('can mark every section of the guide', async () => {
    for (const s of allSections()) await value('guide.markRead', { sectionId: s.id, read: true });
    const progress = (await value('guide.progress', {})) as { read: { sectionId: string }[] };
    expect(progress.read.map((r) => r.sectionId)).toEqual(allSections().map((s) => s.id));
  });

  it('ignores progress left over for sections the guide no longer has', async () => {
    app.db
      .prepare('INSERT INTO guide_progress (section_id, read_at) VALUES (?, ?)')
      .run('retired-section', NOW.toISOString());
    app.db.prepare('INSERT INTO guide_state (key, value) VALUES (?, ?)').run('lastOpened', 'retired-section');
    expect(await value('guide.progress', {})).toEqual({ read: [], lastOpened: null });
  });
});

describe('refusals write nothing', () => {
  it('refuses a section id the guide does not have, in words', async () => {
    for (const [name, input] of [
      ['guide.markRead', { sectionId: 'no-such-section', read: true }],
      ['guide.setLastOpened', { sectionId: 'no-such-section' }],
    ] as const) {
      const result = await call(name, input);
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'invalid-input',
          message: 'The guide has no section called "no-such-section", so nothing was saved.',
        },
      });
    }
    expect(rows('guide_progress')).toEqual([]);
    expect(rows('guide_state')).toEqual([]);
  });

  it('refuses malformed input with the field named', async () => {
    const bad: [string, unknown][] = [
      ['guide.markRead', { sectionId: 'axis-the-idea' }],
      ['guide.markRead', { sectionId: 'axis-the-idea', read: 'yes' }],
      ['guide.markRead', { sectionId: 'Axis The Idea', read: true }],
      ['guide.markRead', { sectionId: "axis'; DROP TABLE guide_progress; --", read: true }],
      ['guide.markRead', { sectionId: 'axis-the-idea', read: true, extra: 1 }],
      ['guide.markRead', null],
      ['guide.setLastOpened', { sectionId: 42 }],
      ['guide.setLastOpened', { sectionId: 'a'.repeat(500) }],
      ['guide.searchNotes', { query: 'x'.repeat(201) }],
      ['guide.searchNotes', {}],
      ['guide.progress', { all: true }],
    ];
    for (const [name, input] of bad) {
      const result = await call(name, input);
      expect(result.ok, `${name} ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-input');
        expect(result.error.message).toMatch(/^Nothing was saved: /);
      }
    }
    const named = await call('guide.markRead', { sectionId: 'axis-the-idea' });
    expect(!named.ok && named.error.fields?.map((f) => f.path)).toEqual(['read']);
    expect(rows('guide_progress')).toEqual([]);
    expect(rows('guide_state')).toEqual([]);
  });
});

describe('searching notes', () => {
  beforeEach(async () => {
    const notes: [string, string][] = [
      ['2026-03-01', 'Started L-glutamine powder in water. Skin calm.'],
      ['2026-03-04', 'Pizza night, lots of cheese; glutamine skipped.'],
      ['2026-03-06', 'Felt 100% fine, took 50% less sugar_free gum. '.repeat(1) + 'Walked to work.'],
      ['2026-03-07', ''],
      ['2026-03-08', 'GLUTAMINE again, plus kefir.'],
    ];
    for (const [day, text] of notes) await value('checkIns.save', { day, values: { notes: text, skinOverall: 3 } });
  });

  it('finds days whose notes hold every word, newest first, with the words highlighted', async () => {
    const hits = (await value('guide.searchNotes', { query: 'glutamine' })) as {
      day: string;
      snippet: string;
      ranges: [number, number][];
    }[];
    expect(hits.map((h) => h.day)).toEqual(['2026-03-08', '2026-03-04', '2026-03-01']);
    for (const h of hits) {
      expect(h.ranges.length).toBeGreaterThan(0);
      for (const [a, b] of h.ranges) expect(h.snippet.slice(a, b).toLowerCase()).toBe('glutamine');
    }
    const both = (await value('guide.searchNotes', { query: 'glutamine  cheese' })) as {
      day: string;
      snippet: string;
      ranges: [number, number][];
    }[];
    expect(both.map((h) => h.day)).toEqual(['2026-03-04']);
    expect(both[0]!.ranges.map(([a, b]) => both[0]!.snippet.slice(a, b))).toEqual(['cheese', 'glutamine']);
  });

  it('treats % and _ as plain characters, not wildcards', async () => {
    const percent = (await value('guide.searchNotes', { query: '50%' })) as { day: string }[];
    expect(percent.map((h) => h.day)).toEqual(['2026-03-06']);
    // Like the guide's own search, stray punctuation around a word is not a word: a lone "%" finds nothing.
    expect(await value('guide.searchNotes', { query: '%' })).toEqual([]);
    expect(await value('guide.searchNotes', { query: 'less_sugar' })).toEqual([]);
    expect(await value('guide.searchNotes', { query: 'sugar_free' })).toHaveLength(1);
  });

  it('folds case for every alphabet, not just ASCII, and highlights what it found', async () => {
    await value('checkIns.save', {
      day: '2026-03-10',
      values: { notes: 'Käse zum Frühstück, ECZÉMA calmer. Σκόρδο. Cre\u0301me.' },
    });
    // The last note word was typed with a combining accent (e + ◌́), the query with a precomposed é.
    for (const query of ['käse', 'KÄSE', 'frühstück', 'eczéma', 'σκόρδο', 'cr\u00e9me']) {
      const hits = (await value('guide.searchNotes', { query })) as {
        day: string;
        snippet: string;
        ranges: [number, number][];
      }[];
      expect(
        hits.map((h) => h.day),
        query,
      ).toEqual(['2026-03-10']);
      expect(
        hits[0]!.ranges.map(([a, b]) => hits[0]!.snippet.slice(a, b).toLowerCase()),
        query,
      ).toEqual([query.toLowerCase()]);
    }
    // A different letter is still a different letter: no accent folding ("kase" is not "käse").
    expect(await value('guide.searchNotes', { query: 'kase' })).toEqual([]);
  });

  it('returns nothing for an empty query or one that matches nothing, and at most 20 days', async () => {
    expect(await value('guide.searchNotes', { query: '   ' })).toEqual([]);
    expect(await value('guide.searchNotes', { query: 'rosacea' })).toEqual([]);
    for (let d = 10; d <= 31; d++)
      await value('checkIns.save', { day: `2026-01-${d}`, values: { notes: `kefir day ${d}` } });
    const many = (await value('guide.searchNotes', { query: 'kefir' })) as { day: string }[];
    expect(many).toHaveLength(20);
    expect(many[0]!.day).toBe('2026-03-08');
  });

  it('cuts long notes to a snippet around the first match', async () => {
    const long = `${'quiet day '.repeat(40)}then a big bowl of kimchi ${'and more words '.repeat(30)}`;
    await value('checkIns.save', { day: '2026-03-09', values: { notes: long } });
    const [hit] = (await value('guide.searchNotes', { query: 'kimchi' })) as {
      snippet: string;
      ranges: [number, number][];
    }[];
    expect(hit!.snippet.startsWith('…')).toBe(true);
    expect(hit!.snippet.endsWith('…')).toBe(true);
    expect(hit!.snippet.length).toBeLessThan(200);
    expect(hit!.ranges.map(([a, b]) => hit!.snippet.slice(a, b))).toEqual(['kimchi']);
  });
});
