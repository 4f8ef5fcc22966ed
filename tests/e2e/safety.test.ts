// Safe to experiment, in Chromium: a person with psoriasis sets up a gluten trial and is asked about the
// coeliac test first; a second food's trial on the same days cannot start until they say why, and both
// trials then show the overlap; adding zinc shows its cautions; the printed report carries the answers, the
// overlap and the warning signs; first-run setup shows the warning signs for the conditions picked. The page
// and the SQLite file must agree, and every screen passes axe.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { updateSettings } from '../../electron/core/journal/settings';
import { ARTIFACTS, startHarness, type Harness } from '../../scripts/browser-host/harness';

const NOW = new Date(2026, 10, 30, 20, 15); // 30 Nov 2026, 20:15 local time
const REASON = 'My dermatologist wants both checked before my February appointment';
const OUT = path.join(ARTIFACTS, 'safety');

describe('safety before a trial, in the wizard', () => {
  let h: Harness;
  const rows = <T>(sql: string): T[] => {
    const db = new Database(h.journalPath, { readonly: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  };
  const next = () => h.page.getByRole('button', { name: 'Continue' });

  beforeAll(async () => {
    fs.rmSync(OUT, { recursive: true, force: true });
    fs.mkdirSync(OUT, { recursive: true });
    h = await startHarness({
      now: NOW,
      prepare: (session) =>
        void updateSettings(session.current().ctx, {
          setupDone: true,
          disclaimerSeen: true,
          conditions: ['psoriasis'],
        }),
    });
  });
  afterAll(async () => {
    await h.close({ requireNoErrors: true });
  });

  test('a custom gluten trial asks about the coeliac test before the first day', async () => {
    const { page } = h;
    await h.goto('#/trials/new/custom');
    await page.getByLabel('Name of the food or habit').fill('Gluten');
    await page.getByLabel('What counts, and where it hides').fill('Bread, pasta, crackers, beer, soy sauce');
    await next().click();

    await page.getByRole('heading', { name: 'Before you start' }).waitFor();
    expect(await next().isDisabled()).toBe(true);
    await page.getByRole('group', { name: 'Your age' }).getByLabel('18 or over').check();
    await page
      .getByRole('group', { name: /pregnant or breastfeeding/ })
      .getByLabel('No')
      .check();
    await page
      .getByRole('group', { name: /eating disorder/ })
      .getByLabel('No')
      .check();
    await page
      .getByRole('group', { name: /after eating gluten/ })
      .getByLabel('No')
      .check();
    const coeliac = page.getByRole('group', { name: /blood test for coeliac disease/ });
    await coeliac.getByLabel('No, not yet').check();
    await page.getByText('Get tested for coeliac disease first').waitFor();
    await page.getByText(/The test only works while you are still eating gluten/).waitFor();
    await page.getByLabel('I will keep my prescribed treatment as it is while the trial runs.').check();
    // Untested: only with the clinician's agreement, and the page says why.
    await page
      .getByRole('status')
      .getByText(/coeliac disease should be ruled out/)
      .waitFor();
    expect(await next().isDisabled()).toBe(true);
    await h.screenshot('trials-setup-safety-gluten-light');
    expect(await h.axe()).toEqual([]);

    await coeliac.getByLabel(/Yes, while I was still eating gluten/).check();
    await page.getByText('Coeliac disease ruled out first').waitFor();
    await page.getByText('Replace what grains give you').waitFor();
    await next().click();
    await page.getByLabel('Primary outcome').waitFor();
    await next().click();
    await page.getByLabel('First day of the baseline').waitFor();
    await next().click();
    await page.getByText(/The trial ends on/).waitFor();
    await page.getByRole('button', { name: 'Start the trial' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gluten trial' }).waitFor();

    expect(rows('SELECT trial_id, coeliac_test, clinician_agreed, overlap_reason FROM trial_safety')).toEqual([
      { trial_id: 1, coeliac_test: 'tested-negative', clinician_agreed: 0, overlap_reason: '' },
    ]);
    await page.getByText('Before you start: your answers').click();
    await page.getByText(/Coeliac blood test while eating gluten: yes/).waitFor();
  });

  test('a second food on the same days needs a reason in words, and both trials then say they overlap', async () => {
    const { page } = h;
    await h.goto('#/trials/new/sugar');
    await next().click();
    await page.getByText(/filled in from your last trial/).waitFor();
    expect(await page.getByRole('group', { name: 'Your age' }).getByLabel('18 or over').isChecked()).toBe(true);
    await page
      .getByRole('group', { name: /after eating added sugar/ })
      .getByLabel('No')
      .check();
    await page.getByLabel('I will keep my prescribed treatment as it is while the trial runs.').check();
    await next().click();
    await next().click();
    await next().click();

    const warning = page.getByRole('alert').filter({ hasText: 'One elimination at a time is the rule' });
    await warning.getByText(/Your "Gluten" trial .* overlaps this one/).waitFor();
    const start = page.getByRole('button', { name: 'Start the trial' });
    await page.getByLabel('Why run both at once?').fill('because');
    expect(await start.isDisabled()).toBe(true);
    await page.getByLabel('Why run both at once?').fill(REASON);
    await expect.poll(() => start.isDisabled()).toBe(false);
    await h.screenshot('trials-setup-overlap-reason-light');
    expect(await h.axe()).toEqual([]);
    await start.click();
    await page.getByRole('heading', { level: 1, name: 'Sugar and refined carbs trial' }).waitFor();
    expect(rows('SELECT trial_id, overlap_reason FROM trial_safety ORDER BY trial_id')).toEqual([
      { trial_id: 1, overlap_reason: '' },
      { trial_id: 2, overlap_reason: REASON },
    ]);

    const note = page.getByRole('note', { name: 'Overlapping trials' });
    await note.getByRole('link', { name: 'Gluten' }).waitFor();
    await note.getByText(REASON, { exact: false }).waitFor();
    // The first trial's results say so too.
    await h.goto('#/trials/1/results');
    await page
      .getByRole('note', { name: 'Overlapping trials' })
      .getByRole('link', { name: 'Sugar and refined carbs' })
      .waitFor();
    await h.screenshot('trials-results-overlap-light');
    expect(await h.axe()).toEqual([]);
  });

  test('adding zinc carnosine to the supplements shows its cautions, amounts and interactions', async () => {
    const { page } = h;
    await h.goto('#/settings');
    await page.getByPlaceholder('e.g. L-glutamine').fill('Zinc carnosine');
    const cautions = page.getByRole('region', { name: 'Cautions for this supplement' });
    await cautions.getByText(/75 mg of zinc carnosine \(polaprezinc\) holds about 17 mg of zinc/).waitFor();
    await cautions.getByText(/doxycycline, lymecycline, minocycline/).waitFor();
    await cautions.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'screens', 'settings-supplement-caution-light.png') });
    expect(await h.axe()).toEqual([]);
    // A name it knows nothing about shows nothing.
    await page.getByPlaceholder('e.g. L-glutamine').fill('Collagen');
    await expect.poll(() => cautions.count()).toBe(0);
  });

  test('dark theme: "Before you start" and the cautions stay readable', async () => {
    const { page } = h;
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await h.goto('#/trials/new/dairy');
      await next().click();
      await page
        .getByRole('group', { name: /pregnant or breastfeeding/ })
        .getByLabel('Yes')
        .check();
      await page.getByText('Pregnant or breastfeeding: talk it over first').waitFor();
      await h.screenshot('trials-setup-safety-dark');
      expect(await h.axe()).toEqual([]);
      await h.goto('#/settings');
      await page.getByPlaceholder('e.g. L-glutamine').fill('Cod liver oil');
      await page
        .getByRole('region', { name: 'Cautions for this supplement' })
        .getByText(/isotretinoin/)
        .first()
        .waitFor();
      expect(await h.axe()).toEqual([]);
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  test('the printed report carries the answers, the overlap and the warning signs', async () => {
    // "Save as PDF" through the same operation the Reports screen calls; the host's printer is Chromium.
    const result = await h.session.handle(
      'report.savePdf',
      { from: '2026-11-01', to: '2026-11-30', noteDays: [], paper: 'a4' },
      { url: `${h.baseUrl}/index.html` },
    );
    if (!result.ok) throw new Error(result.error.message);
    const file = path.join(OUT, 'report.pdf');
    fs.copyFileSync((result.value as { path: string }).path, file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Safety answers given at set-up');
    expect(text).toContain('Coeliac blood test while eating gluten: yes, while I was still eating gluten');
    expect(text).toContain('Prescribed treatment to stay as it was during the trial: confirmed.');
    expect(text).toMatch(/Overlap: This trial overlapped another food's trial: Sugar and refined carbs/);
    expect(text).toContain(REASON);
    expect(text).toContain('When to see a clinician');
    expect(text).toContain('With psoriasis');
    expect(text).toMatch(/psoriatic arthritis/);
    expect(text).not.toContain('With rosacea');
    execFileSync('pdftoppm', ['-r', '60', '-png', file, path.join(OUT, 'report-page')]);
  });
});

describe('warning signs and cautions outside the trials', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ now: NOW });
  });
  afterAll(async () => {
    await h.close({ requireNoErrors: true });
  });

  test('first-run setup shows the warning signs of the conditions picked', async () => {
    const { page } = h;
    await h.goto('#/today');
    await page.getByRole('heading', { level: 1, name: 'Welcome to Axis' }).waitFor();
    await page.getByLabel('Rosacea').check();
    await page.getByLabel('Eczema').check();
    const flags = page.locator('.flags');
    await flags.getByRole('heading', { name: 'With eczema' }).waitFor();
    await flags.getByText(/eczema herpeticum/).waitFor();
    await flags.getByText(/A painful red eye/).waitFor();
    expect(await flags.getByRole('heading', { name: 'With acne' }).count()).toBe(0);
    await h.screenshot('setup-red-flags-light');
    expect(await h.axe()).toEqual([]);
  });

  test('the guide lists every warning sign, and its zinc button shows the cautions before adding', async () => {
    const { page } = h;
    await page.getByLabel(/I understand that Axis is a journal/).check();
    await page.getByRole('button', { name: 'Start my journal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await h.goto('#/guide/about-red-flags');
    await page.getByRole('heading', { level: 1, name: 'When to see a clinician' }).waitFor();
    await page
      .getByRole('article')
      .getByText(/punched-out sores/)
      .waitFor();
    await h.screenshot('guide-red-flags-light');
    expect(await h.axe()).toEqual([]);

    await h.goto('#/guide/supplements-zinc-carnosine');
    await page.getByRole('button', { name: 'Track zinc carnosine…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Track zinc carnosine' });
    await dialog
      .getByRole('region', { name: 'Cautions for this supplement' })
      .getByText(/copper/)
      .waitFor();
    await h.screenshot('guide-track-zinc-caution-light');
    expect(await h.axe()).toEqual([]);
  });
});
