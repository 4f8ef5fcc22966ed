import { describe, expect, it } from 'vitest';
import {
  ACTION_OPERATIONS,
  DISCLAIMER,
  EVIDENCE_GRADES,
  GRADE_LABELS,
  GUIDE,
  LOG_FIELDS,
  SOURCES,
  SUPPLEMENT_AMOUNT_NOTE,
  allActions,
  allSections,
  blockText,
  chapterOfSection,
  searchGuide,
  sectionById,
  sectionText,
  type Action,
  type Section,
} from '$shared/guide';
import { isOperationName } from '$shared/contract/index';
import { RED_FLAGS, cautionsFor } from '$shared/safety/index';
import { PRESET_IDS } from '$shared/trials/protocol/presets';

/** Sections outside "Start here" that are how-to only; every other one there must carry a grade. */
const PRACTICAL_OUTSIDE_ABOUT = ['reduce-before-you-cut', 'reduce-how-trials-work', 'supplements-before-you-start'];

function everyString(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(everyString);
  if (value && typeof value === 'object') return Object.values(value).flatMap(everyString);
  return [];
}

const sections = allSections();

describe('guide structure', () => {
  it('has unique, kebab-case section and chapter ids', () => {
    const ids = sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const chapterIds = GUIDE.chapters.map((c) => c.id);
    expect(new Set(chapterIds).size).toBe(chapterIds.length);
    for (const id of [...ids, ...chapterIds]) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every chapter a title, summary and sections, and every section a title and non-empty body', () => {
    for (const chapter of GUIDE.chapters) {
      expect(chapter.title.trim()).not.toBe('');
      expect(chapter.summary.trim()).not.toBe('');
      expect(chapter.sections.length).toBeGreaterThan(0);
    }
    for (const section of sections) {
      expect(section.title.trim(), section.id).not.toBe('');
      expect(section.body.length, section.id).toBeGreaterThan(0);
      for (const block of section.body) expect(blockText(block).trim(), section.id).not.toBe('');
      expect(section.keywords.length, section.id).toBeGreaterThan(0);
    }
  });

  it('finds sections and their chapters by id', () => {
    for (const chapter of GUIDE.chapters) {
      for (const section of chapter.sections) {
        expect(sectionById(section.id)).toBe(section);
        expect(chapterOfSection(section.id)?.id).toBe(chapter.id);
      }
    }
    expect(sectionById('no-such-section')).toBeUndefined();
  });

  it('covers the chapters the app expects, in reading order', () => {
    expect(GUIDE.chapters.map((c) => c.id)).toEqual([
      'about',
      'axis',
      'foods-to-reduce',
      'foods-to-add',
      'supplements',
      'beyond-food',
    ]);
  });
});

describe('evidence grades', () => {
  const claims = sections.filter((s): s is Extract<Section, { kind: 'claim' }> => s.kind === 'claim');

  it('grades every claim-bearing section with a known grade, a short reason and named sources', () => {
    expect(claims.length).toBeGreaterThanOrEqual(15);
    for (const s of claims) {
      expect(EVIDENCE_GRADES, s.id).toContain(s.evidence.grade);
      expect(s.evidence.reason.trim(), s.id).not.toBe('');
      const sentences = s.evidence.reason.split(/[.!?](?:\s|$)/).filter((x) => x.trim() !== '');
      expect(sentences.length, s.id).toBeLessThanOrEqual(2);
      expect(s.evidence.sources.length, s.id).toBeGreaterThanOrEqual(1);
      for (const src of s.evidence.sources) expect(Object.values(SOURCES), s.id).toContain(src);
    }
  });

  it('treats every section outside "Start here" as a claim unless it is a known how-to section', () => {
    for (const chapter of GUIDE.chapters.filter((c) => c.id !== 'about')) {
      for (const s of chapter.sections) {
        if (!PRACTICAL_OUTSIDE_ABOUT.includes(s.id)) expect(s.kind, s.id).toBe('claim');
      }
    }
  });

  it('labels every grade with a name and a one-line meaning', () => {
    for (const g of EVIDENCE_GRADES) {
      expect(GRADE_LABELS[g].label.trim()).not.toBe('');
      expect(GRADE_LABELS[g].meaning.trim()).not.toBe('');
      expect(GRADE_LABELS[g].meaning).not.toContain('\n');
    }
  });

  it('says plainly where the evidence disagrees with the article, and points to a personal trial', () => {
    const expectations: [string, string, RegExp][] = [
      ['reduce-seed-oils', 'contested', /did not go up/],
      ['supplements-probiotics', 'early-or-mixed', /runs against the article/],
    ];
    for (const [id, grade, phrase] of expectations) {
      const s = sectionById(id);
      if (s?.kind !== 'claim') throw new Error(`${id} should be a graded claim`);
      expect(s.evidence.grade).toBe(grade);
      expect(s.evidence.disagreesWithArticle).toBe(true);
      expect(sectionText(s)).toMatch(phrase);
      expect(sectionText(s)).toMatch(/(your own trial|personal trial|your own numbers)/);
    }
  });

  it('cites the key sources for each claim of the article', () => {
    const cited = new Set(sections.flatMap((s) => (s.kind === 'claim' ? s.evidence.sources : [])));
    for (const key of [
      'salem2018',
      'meixiong2022',
      'juhl2018',
      'johnsonFritsche2012',
      'linoleic2017',
      'jung2014',
      'cochrane2018',
      'glutamine2024',
      'mahmood2007',
      'oykhman2022',
      'chiu2003',
      'sleepReviews',
      // Added after the clinical review of the guide (December 2026).
      'smith2007',
      'kwon2012',
      'reynolds2010',
      'aghasi2019',
      'chang2016',
      'usdaOils',
      'hooper2020',
      'huang2017',
      'fabbrocini2016',
      'zhou2019',
      'heyland2013',
      'mayer2023',
      'efsa2006',
      'ford2018',
      'naldi2014',
      'ungprasert2017',
      'reunala2018',
      'nice2015',
      'parodi2008',
      'paruthi2016',
    ] as const) {
      expect(cited, key).toContain(SOURCES[key]);
    }
  });
});

describe('sources and grades after the clinical review', () => {
  it('names every source by authors, year and journal, so it can be looked up', () => {
    for (const [key, src] of Object.entries(SOURCES)) {
      expect(src.authors.trim().length, key).toBeGreaterThan(3);
      expect(src.authors, key).not.toMatch(/^(a|an|the)\b|research notes|meta-analysis|review/i);
      expect(Number.isInteger(src.year) && src.year >= 1950 && src.year <= 2026, `${key} year`).toBe(true);
      expect(src.journal.trim().length, key).toBeGreaterThanOrEqual(3); // "Gut", "Cell"
      expect(src.finding.trim(), key).not.toBe('');
    }
  });

  it('grades the skin, with the gut-level finding on its own line where it is stronger', () => {
    const graded = (id: string) => {
      const s = sectionById(id);
      if (s?.kind !== 'claim') throw new Error(`${id} should be a graded claim`);
      return s.evidence;
    };
    const expected: [string, string, RegExp | null][] = [
      ['add-fermented-foods', 'mechanism-only', /gut diversity/],
      ['supplements-zinc-carnosine', 'mechanism-only', /painkiller/],
      ['add-prebiotic-fibre', 'mechanism-only', /ferment/i],
      ['supplements-prebiotic-fibre', 'mechanism-only', /ferment/i],
      ['add-omega-3', 'early-or-mixed', null],
      ['supplements-l-glutamine', 'early-or-mixed', /15 g a day/],
      ['reduce-sugar-refined-carbs', 'some-trials', null],
      ['axis-coeliac-skin', 'well-supported', null],
      ['axis-psoriasis-weight', 'well-supported', null],
      ['axis-gluten-psoriasis', 'early-or-mixed', null],
      ['axis-rosacea-sibo', 'early-or-mixed', null],
    ];
    for (const [id, grade, gut] of expected) {
      expect(graded(id).grade, id).toBe(grade);
      if (gut) expect(graded(id).gutEvidence, id).toMatch(gut);
    }
    expect(graded('supplements-l-glutamine').disagreesWithArticle).toBe(false);
    expect(graded('supplements-l-glutamine').sources).toContain(SOURCES.zhou2019);
    expect(GRADE_LABELS['mechanism-only'].meaning).toMatch(/no effect on the skin has been tested/);
    expect(sectionText(sectionById('about-evidence-labels')!)).toMatch(/does this change the skin\?/);
  });

  it('says which glycaemic trial found no difference, and corrects the seed-oil and dairy advice', () => {
    expect(sectionText(sectionById('reduce-sugar-refined-carbs')!)).toMatch(/Two found somewhat fewer spots/);
    const oils = sectionText(sectionById('reduce-seed-oils')!);
    expect(oils).toMatch(/Rapeseed \(canola\) oil does not belong in the omega-6 group/);
    expect(oils).toMatch(/borage oil/);
    expect(oils).toMatch(/Do not switch to butter or coconut oil/);
    const dairy = sectionText(sectionById('reduce-dairy')!);
    for (const word of [
      'calcium',
      'iodine',
      'protein',
      'vitamin B12',
      'vitamin D',
      'Soy or pea drinks',
      'yogurt or cheese',
    ])
      expect(dairy).toContain(word);
    expect(dairy).toMatch(/bring it back only with a clinician’s plan/);
  });

  it('lists every warning sign in the guide, and each supplement section shows its cautions', () => {
    const flags = sectionText(sectionById('about-red-flags')!);
    for (const f of RED_FLAGS) expect(flags, f.id).toContain(f.text.slice(1, 40));
    for (const { sectionId, action } of allActions()) {
      if (action.kind !== 'trackSupplement') continue;
      const text = sectionText(sectionById(sectionId)!);
      for (const c of cautionsFor(action.name, action.details))
        for (const point of c.points) expect(text, `${sectionId}: ${c.id}`).toContain(point);
    }
  });
});

describe('actions', () => {
  const actions = allActions();

  it('maps every action kind to an operation the API offers, and trends and screens to navigation only', () => {
    for (const [kind, op] of Object.entries(ACTION_OPERATIONS)) {
      if (kind === 'openTrends' || kind === 'openScreen') expect(op).toBeNull();
      else expect(isOperationName(op), `${kind} → ${op}`).toBe(true);
    }
    for (const { action } of actions) {
      const op = ACTION_OPERATIONS[action.kind];
      if (op !== null) expect(isOperationName(op), `${action.kind} → ${op}`).toBe(true);
    }
  });

  it('labels every action and uses only known presets and fields', () => {
    for (const { action, sectionId } of actions) {
      expect(action.label.trim(), sectionId).not.toBe('');
      if (action.kind === 'startTrial') expect(PRESET_IDS).toContain(action.preset);
      if (action.kind === 'logToday') expect(LOG_FIELDS).toContain(action.field);
      if (action.kind === 'openTrends') expect(action.measure.trim()).not.toBe('');
    }
  });

  it('offers a trial for each preset, and one of the reader’s own choice', () => {
    const presets = actions.flatMap(({ action }) => (action.kind === 'startTrial' ? [action.preset] : []));
    expect(new Set(presets)).toEqual(new Set(PRESET_IDS));
    expect(sectionById('reduce-how-trials-work')?.actions).toContainEqual(
      expect.objectContaining({ kind: 'startTrial', preset: 'custom' }),
    );
    expect(
      actions.some(({ action }) => action.kind === 'startTrial' && action.label === 'Start a dairy elimination trial'),
    ).toBe(true);
  });

  it('pre-fills the example supplements, each beside the note that amounts are only examples', () => {
    const tracked = actions.filter(
      (a): a is { sectionId: string; action: Extract<Action, { kind: 'trackSupplement' }> } =>
        a.action.kind === 'trackSupplement',
    );
    const byName = new Map(tracked.map((t) => [t.action.name, t.action]));
    expect(byName.get('L-glutamine')).toMatchObject({ dose: 5, unit: 'g' });
    expect(byName.get('Zinc carnosine')).toMatchObject({ dose: 75, unit: 'mg' });
    expect(byName.get('Inulin')).toMatchObject({ dose: 5, unit: 'g' });
    expect(byName.get('Partially hydrolysed guar gum')).toMatchObject({ dose: 5, unit: 'g' });
    expect(byName.get('Probiotic')).toMatchObject({ dose: null, details: 'Lactobacillus and Bifidobacterium strains' });
    for (const { sectionId } of tracked) {
      const body = sectionById(sectionId)?.body ?? [];
      expect(
        body.some((b) => typeof b !== 'string' && b.kind === 'note' && b.text === SUPPLEMENT_AMOUNT_NOTE),
        sectionId,
      ).toBe(true);
    }
    expect(SUPPLEMENT_AMOUNT_NOTE).toMatch(/examples/);
    expect(SUPPLEMENT_AMOUNT_NOTE).toMatch(/clinician/);
  });

  it('lets the reader log the daily habits the guide talks about', () => {
    const fields = new Set(actions.flatMap(({ action }) => (action.kind === 'logToday' ? [action.field] : [])));
    expect(fields).toEqual(new Set(LOG_FIELDS));
    // The sleep field asks about last night, so the button does too.
    expect(actions.some(({ action }) => action.kind === 'logToday' && action.label === "Log last night's sleep")).toBe(
      true,
    );
  });
});

describe('disclaimer', () => {
  const text = DISCLAIMER.body.map(blockText).join(' ');

  it('covers what the app cannot do, when to see someone promptly, and supplement cautions', () => {
    for (const phrase of [
      'medical advice',
      'does not replace',
      'see a clinician promptly',
      'severe',
      'suddenly',
      'spreads',
      'painful',
      'infected',
      'blood in your stool',
      'weight loss',
      'gut pain',
      'pregnant',
      'medicines',
      'kidney or liver disease',
      'pharmacist',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(DISCLAIMER.title).toMatch(/not a doctor/);
    expect(DISCLAIMER.version).toBeGreaterThanOrEqual(1);
  });

  it('is reachable from the guide itself', () => {
    expect(sectionById('about-disclaimer')?.body).toBe(DISCLAIMER.body);
  });
});

describe('wording', () => {
  const texts = everyString([GUIDE, DISCLAIMER, GRADE_LABELS, SUPPLEMENT_AMOUNT_NOTE, SOURCES]);

  it('never promises a cure or a guaranteed result', () => {
    for (const t of texts) {
      expect(t).not.toMatch(/\bcur(e|es|ed|ing)\b/i);
      expect(t).not.toMatch(/heals your/i);
      expect(t).not.toMatch(/guarantee/i);
    }
  });

  it('keeps paragraphs short for tired evening reading', () => {
    for (const s of sections) for (const b of s.body) expect(blockText(b).length, s.id).toBeLessThan(650);
  });
});

describe('seed topics', () => {
  // Every topic of the article, with the section that must turn up when a reader searches for it.
  const topics: [string, string][] = [
    ['gut-skin axis', 'axis-the-idea'],
    ['microbiome', 'axis-microbiome-immunity'],
    ['immune', 'axis-microbiome-immunity'],
    ['dysbiosis', 'axis-dysbiosis'],
    ['leaky gut', 'axis-leaky-gut'],
    ['intestinal permeability', 'axis-leaky-gut'],
    ['inflammation', 'axis-leaky-gut'],
    ['acne', 'axis-skin-conditions'],
    ['eczema', 'axis-skin-conditions'],
    ['rosacea', 'axis-skin-conditions'],
    ['psoriasis', 'axis-skin-conditions'],
    ['sugar', 'reduce-sugar-refined-carbs'],
    ['refined carbohydrates', 'reduce-sugar-refined-carbs'],
    ['yeast', 'reduce-sugar-refined-carbs'],
    ['blood sugar', 'reduce-sugar-refined-carbs'],
    ['sebum', 'reduce-sugar-refined-carbs'],
    ['seed oils', 'reduce-seed-oils'],
    ['corn', 'reduce-seed-oils'],
    ['soybean', 'reduce-seed-oils'],
    ['canola', 'reduce-seed-oils'],
    ['omega-6', 'reduce-seed-oils'],
    ['dairy', 'reduce-dairy'],
    ['prebiotic', 'add-prebiotic-fibre'],
    ['garlic', 'add-prebiotic-fibre'],
    ['onions', 'add-prebiotic-fibre'],
    ['asparagus', 'add-prebiotic-fibre'],
    ['under-ripe bananas', 'add-prebiotic-fibre'],
    ['short-chain fatty acids', 'add-short-chain-fatty-acids'],
    ['butyrate', 'add-short-chain-fatty-acids'],
    ['fermented', 'add-fermented-foods'],
    ['kefir', 'add-fermented-foods'],
    ['sauerkraut', 'add-fermented-foods'],
    ['kimchi', 'add-fermented-foods'],
    ['yogurt', 'add-fermented-foods'],
    ['omega-3', 'add-omega-3'],
    ['fatty fish', 'add-omega-3'],
    ['walnuts', 'add-omega-3'],
    ['colourful', 'add-colourful-plants'],
    ['antioxidants', 'add-colourful-plants'],
    ['probiotics', 'supplements-probiotics'],
    ['Lactobacillus', 'supplements-probiotics'],
    ['Bifidobacterium', 'supplements-probiotics'],
    ['inulin', 'supplements-prebiotic-fibre'],
    ['partially hydrolysed guar gum', 'supplements-prebiotic-fibre'],
    ['L-glutamine', 'supplements-l-glutamine'],
    ['enterocytes', 'supplements-l-glutamine'],
    ['zinc carnosine', 'supplements-zinc-carnosine'],
    ['together', 'supplements-together'],
    ['stress', 'beyond-stress'],
    ['cortisol', 'beyond-stress'],
    ['meditation', 'beyond-stress'],
    ['deep breathing', 'beyond-stress'],
    ['mindful movement', 'beyond-stress'],
    ['sleep', 'beyond-sleep'],
    ['7 to 9 hours', 'beyond-sleep'],
    ['circadian rhythm', 'beyond-sleep'],
    ['exercise', 'beyond-exercise'],
    ['walks', 'beyond-exercise'],
    ['low-impact aerobic', 'beyond-exercise'],
  ];

  it.each(topics)('covers "%s" (in %s)', (term, sectionId) => {
    const ids = searchGuide(term).map((h) => h.sectionId);
    expect(ids).toContain(sectionId);
    expect(sectionText(sectionById(sectionId)!).toLowerCase()).toContain(term.toLowerCase());
  });
});
