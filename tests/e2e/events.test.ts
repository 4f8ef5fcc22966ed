// What the main process tells the page without being asked, through the same held-back delivery the app
// uses (EventOutbox): the journal day rolls over while a person is typing, and a reminder is clicked while
// the window is still loading.
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { updateSettings } from '../../electron/core/journal/settings';
import { startHarness, type Harness } from '../../scripts/browser-host/harness';

const NOW = new Date(2026, 10, 30, 23, 58); // 30 Nov 2026, two minutes to midnight

let h: Harness | null = null;
afterEach(async () => {
  await h?.close({ requireNoErrors: true });
  h = null;
});

const readyJournal = {
  now: NOW,
  prepare: (s: Harness['session']) =>
    void updateSettings(s.current().ctx, { setupDone: true, disclaimerSeen: true, conditions: ['acne'] }),
};

test('at midnight Today moves to the new day, and what was being typed is kept under the old one', async () => {
  h = await startHarness(readyJournal);
  const { page } = h;
  await h.goto('#/today');
  await page.getByText(/30 November 2026|November 30, 2026/).waitFor();
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await notes.fill('Late dinner, lots of cheese');
  // The day rolls over before the autosave's pause has passed: the words must not be lost or misfiled.
  h.emit('day-changed', { day: '2026-12-01' });

  await page
    .getByText(/1 December 2026|December 1, 2026/)
    .first()
    .waitFor();
  await page
    .getByRole('status')
    .getByText(/A new journal day has begun/)
    .waitFor();
  expect(await page.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('');
  await expect
    .poll(() => {
      const db = new Database(h!.journalPath, { readonly: true });
      const rows = db.prepare('SELECT day, notes FROM check_ins').all();
      db.close();
      return rows;
    })
    .toEqual([{ day: '2026-11-30', notes: 'Late dinner, lots of cheese' }]);
  await h.screenshot('today-new-day-light');
  expect(await h.axe()).toEqual([]);
  // The link goes to the day the words were kept under.
  await page.getByRole('link', { name: 'open it in the Journal' }).click();
  await page.waitForURL(/#\/journal\/2026-11-30$/);
  await expect
    .poll(() => page.getByRole('textbox', { name: 'Notes' }).inputValue())
    .toBe('Late dinner, lots of cheese');
});

test('a reminder clicked while the window loads opens the check-in once the page listens', async () => {
  h = await startHarness(readyJournal);
  // Sent before the page exists: held back, not lost.
  h.emit('reminder-clicked', { day: '2026-11-30' });
  await h.goto('#/trends');
  await h.page.waitForURL(/#\/today$/);
  await h.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();

  // After a reload the page listens again; an event sent in between waits for it.
  await h.page.goto(`${h.baseUrl}/index.html#/guide`);
  h.emit('reminder-clicked', { day: '2026-11-29' }); // yesterday's reminder, clicked today: that day's entry
  await h.page.waitForURL(/#\/journal\/2026-11-29$/);
});
