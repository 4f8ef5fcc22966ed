// What a report says about safety, built through the real router on a journal file: each trial's "Before you
// start" answers, both overlapping trials saying that they overlapped (with the reason given), and the
// warning signs for the person's own conditions at the end, in the model and in the printable HTML.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportHtml, type Report } from '$shared/report/index';
import { openTestJournal, type TestJournal } from '../helpers/journal';
import { SAFETY, SAFETY_OVERLAPPING } from '../helpers/safety';

let j: TestJournal;
let report: Report;
let html: string;

beforeAll(async () => {
  j = openTestJournal({ now: () => new Date('2026-11-30T12:00:00') });
  await j.value('settings.update', { setupDone: true, conditions: ['eczema', 'psoriasis'] });
  await j.value('trials.create', {
    preset: 'dairy',
    startDay: '2026-09-01',
    safety: { ...SAFETY, coeliacTest: null },
  });
  await j.value('trials.create', {
    preset: 'custom',
    name: 'Gluten',
    whatCounts: 'bread, pasta, beer',
    startDay: '2026-10-01',
    safety: { ...SAFETY_OVERLAPPING, coeliacTest: 'tested-negative' },
  });
  report = await j.value('report.build', { from: '2026-09-01', to: '2026-11-30', noteDays: [] });
  html = reportHtml(report, 'a4');
});
afterAll(() => j.close());

describe('a report with two overlapping trials', () => {
  it("prints each trial's answers and the points read before the first day", () => {
    const [dairy, gluten] = report.trials;
    expect(dairy?.safety?.lines).toContain(
      'A clinician knows about the trial and agreed, with a plan for bringing the food back.',
    );
    expect(dairy?.safety?.points).toContain('Bring the food back only with a clinician’s plan');
    expect(gluten?.safety?.lines.join(' ')).toMatch(/Coeliac blood test while eating gluten: yes, while I was still/);
    expect(gluten?.safety?.points).toContain('Coeliac disease ruled out first');
    expect(html).toContain('<h4>Safety answers given at set-up</h4>');
    expect(html).toContain('Prescribed treatment to stay as it was during the trial: confirmed.');
  });

  it('says in both trials that they overlapped, with the reason given', () => {
    const [dairy, gluten] = report.trials;
    expect(dairy?.overlapText).toMatch(/overlapped another food's trial: Gluten \(1 October 2026 to /);
    expect(dairy?.overlapText).toContain(SAFETY_OVERLAPPING.overlapReason);
    expect(gluten?.overlapText).toMatch(/overlapped another food's trial: Dairy/);
    expect(gluten?.overlapText).toMatch(/neither result can be told apart/);
    expect(html.match(/<strong>Overlap:<\/strong>/g)).toHaveLength(2);
  });

  it('ends with the warning signs: the general ones, then those of the conditions tracked only', () => {
    expect(report.redFlags.groups.map((g) => g.heading)).toEqual([
      'Whatever your skin condition',
      'With eczema',
      'With psoriasis',
    ]);
    const eczema = report.redFlags.groups[1]!.items.join(' ');
    expect(eczema).toMatch(/^See someone today: clusters of painful blisters.*eczema herpeticum/);
    expect(report.redFlags.groups[2]!.items.join(' ')).toMatch(/psoriatic arthritis/);
    const closing = html.slice(html.indexOf('<div class="closing">'));
    expect(closing).toMatch(/<h2>When to see a clinician<\/h2>.*<h3>With eczema<\/h3>.*<h2>How to read this report/s);
    expect(closing).not.toMatch(/With rosacea|With acne/);
  });
});
