// The words under "What moves with my skin" are what people act on: plain sentences that say which way skin
// went, how strong the link is in words, that it is an association and never a cause; "no clear pattern"
// for whatever did not pass; a finished trial's verdict set beside the pattern; a trial offered only where
// one could test it.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  describeAssociation,
  figuresLine,
  formatRho,
  lowerFirst,
  strengthWords,
  trialFactorKey,
  trialLinkSentence,
  trialOffer,
  trialToShow,
  type Association,
  type FactorGroup,
} from '$shared/trends/index';
import type { MeasureKind } from '$shared/domain/measures';

const CAUSAL = /\b(caus\w*|because|triggers?|makes?|made|leads? to|results? in)\b/i;

function association(
  rho: number,
  lag: number,
  options: {
    finding?: boolean;
    n?: number;
    key?: string;
    label?: string;
    kind?: MeasureKind;
    group?: FactorGroup;
  } = {},
): Association {
  const { finding = true, n = 300, key = 'dairy', label = 'Dairy', kind = 'count', group = 'food' } = options;
  const l = { lag, rho, n, nEff: n * 0.6, p: finding ? 0.001 : 0.4, q: finding ? 0.01 : 0.7, passes: finding };
  return { key, label, kind, group, lags: [l], strongest: l, enough: true, finding, reason: null };
}

test('labels are lowered inside a sentence only when they are ordinary capitalised words', () => {
  expect(lowerFirst('Dairy')).toBe('dairy');
  expect(lowerFirst('Zinc carnosine taken')).toBe('zinc carnosine taken');
  expect(lowerFirst('L-glutamine taken')).toBe('L-glutamine taken');
  expect(lowerFirst('PHGG')).toBe('PHGG');
  expect(lowerFirst('B12')).toBe('B12');
  expect(lowerFirst('Ölsaaten')).toBe('ölsaaten');
});

describe('a finding, in plain words', () => {
  test('says when, which way skin went, how strong, over how many days, and that it is an association', () => {
    expect(describeAssociation(association(0.32, 1), 'Overall skin', true)).toBe(
      'On days after you ate more dairy, your overall skin score tended to be worse (higher): a moderate link over 300 days. ' +
        'This is an association, not proof: it does not show which one drives the other, and something else may move both.',
    );
    const stress = association(-0.55, 0, { key: 'stress', label: 'Stress', kind: 'scale', group: 'lifestyle', n: 90 });
    expect(describeAssociation(stress, 'Itch', true)).toMatch(
      /^On days when your stress was higher, your itch score tended to be better \(lower\): a strong link over 90 days\./,
    );
  });

  test('names the lag in words and the factor in its own terms', () => {
    const s = (a: Association, worse = true) => describeAssociation(a, 'Overall skin', worse).split(',')[0];
    expect(s(association(0.2, 2))).toBe('Two days after you ate more dairy');
    expect(s(association(0.2, 3, { label: 'Seed-oil foods' }))).toBe('Three days after you ate more seed-oil foods');
    expect(s(association(0.2, 0, { key: 'supplement:2', label: 'Zinc carnosine taken', group: 'supplements' }))).toBe(
      'On days when you took zinc carnosine',
    );
    expect(s(association(0.2, 1, { key: 'supplements', label: 'Supplements taken', group: 'supplements' }))).toBe(
      'On days after you took more supplements',
    );
    expect(s(association(0.2, 0, { key: 'stoolForm', label: 'Stool form', kind: 'stool', group: 'gut' }))).toBe(
      'On days when your stools were looser',
    );
    expect(
      s(association(0.2, 0, { key: 'sleepQuality', label: 'Sleep quality', kind: 'scale', group: 'lifestyle' })),
    ).toBe('On days when your sleep was more restful');
    expect(s(association(0.2, 0, { key: 'bloating', label: 'Bloating', kind: 'scale', group: 'gut' }))).toBe(
      'On days when you had more bloating',
    );
    expect(s(association(0.2, 1, { key: 'sleepHours', label: 'Sleep', kind: 'hours', group: 'lifestyle' }))).toBe(
      'On days after you had more sleep',
    );
  });

  test('a higher-is-better measure turns a positive rho into "better"', () => {
    expect(describeAssociation(association(0.4, 1), 'Calm days', false)).toMatch(/tended to be better \(higher\)/);
  });

  test('strength words follow Cohen’s rules of thumb, whichever the sign', () => {
    expect([0.05, -0.12, 0.29, -0.3, 0.49, 0.5, -0.93].map(strengthWords)).toEqual([
      'very weak',
      'weak',
      'weak',
      'moderate',
      'moderate',
      'strong',
      'strong',
    ]);
  });

  test('the figures line keeps ρ for those who want it, with the days it is worth', () => {
    expect(figuresLine(association(-0.456, 2, { n: 120 }))).toBe(
      'ρ = −0.46 · 120 days, worth about 72 independent days · 2 days later',
    );
    expect(formatRho(-0.001)).toBe('0.00');
  });
});

describe('no clear pattern and too little data', () => {
  test('a factor that did not pass is "no clear pattern", however large its rho', () => {
    expect(describeAssociation(association(0.45, 1, { finding: false, n: 60 }), 'Overall skin', true)).toBe(
      'No clear pattern between dairy and your overall skin score over 60 days: nothing beyond what chance alone would often show, ' +
        'once alike neighbouring days and the number of things compared are allowed for.',
    );
  });

  test('too little data gives the reason', () => {
    const thin: Association = {
      key: 'dairy',
      label: 'Dairy',
      lags: [],
      strongest: null,
      enough: false,
      finding: false,
      reason: 'Only 5 days have both dairy and your skin score logged; at least 14 are needed.',
    };
    expect(describeAssociation(thin, 'Overall skin', true)).toBe(
      'Not enough data yet for dairy. Only 5 days have both dairy and your skin score logged; at least 14 are needed.',
    );
  });

  test('never a causal word, NaN or undefined, whatever the numbers (property)', () => {
    const labels = ['Dairy', 'Stress', 'Sleep', 'Stool form', 'Added sugar and refined carbs', 'Zinc carnosine taken'];
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 4, max: 4000 }),
        fc.constantFrom(...labels),
        fc.constantFrom<MeasureKind>('scale', 'count', 'hours', 'minutes', 'stool'),
        fc.constantFrom<FactorGroup>('food', 'gut', 'lifestyle', 'supplements'),
        fc.boolean(),
        fc.boolean(),
        (rho, lag, n, label, kind, group, finding, worse) => {
          const text = describeAssociation(
            association(rho, lag, { n, label, kind, group, finding }),
            'Overall skin',
            worse,
          );
          expect(text).not.toMatch(CAUSAL);
          expect(text).not.toMatch(/NaN|undefined|null/);
          if (finding) expect(text).toMatch(/This is an association, not proof/);
          else expect(text).toMatch(/^No clear pattern/);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('trials beside the pattern', () => {
  test('a ready-made trial maps to its food question; a custom one by the food’s own name', () => {
    expect(trialFactorKey('dairy', 'Dairy')).toBe('dairy');
    expect(trialFactorKey('seed-oils', 'My seed oil trial')).toBe('seedOils');
    expect(trialFactorKey('custom', ' fermented foods ')).toBe('fermented');
    expect(trialFactorKey('custom', 'Gluten')).toBeNull();
  });

  test('the latest trial with a verdict is shown; else one running or planned; abandoned ones never', () => {
    const t = (id: number, status: 'finished' | 'running' | 'ended-early' | 'abandoned', startDay: string) => ({
      id,
      status,
      startDay,
    });
    expect(
      trialToShow([t(1, 'finished', '2025-01-01'), t(2, 'finished', '2026-01-01'), t(3, 'running', '2026-06-01')])?.id,
    ).toBe(2);
    expect(trialToShow([t(1, 'abandoned', '2026-01-01'), t(3, 'running', '2025-06-01')])?.id).toBe(3);
    expect(trialToShow([t(1, 'abandoned', '2026-01-01')])).toBeNull();
  });

  test('the sentence says how the trial and the pattern fit, and tells people to go by the trial', () => {
    const worse = association(0.32, 1);
    const none = association(0.08, 1, { finding: false });
    const verdict = (
      kind: 'looks-like-a-trigger' | 'no-meaningful-difference' | 'inconclusive' | 'not-enough-data',
    ) => ({
      kind,
      food: 'dairy',
      mid: 2,
    });
    expect(trialLinkSentence(verdict('no-meaningful-difference'), worse, true)).toBe(
      'Leaving dairy out and bringing it back is a fairer test than day-to-day ups and downs, so go by the trial. ' +
        'The day-to-day link below can be real and still smaller than the 2 points you counted as meaningful, or come from something else that tends to go with dairy.',
    );
    expect(trialLinkSentence(verdict('no-meaningful-difference'), none, true)).toBe(
      'The trial and the day-to-day pattern agree: no clear difference with dairy.',
    );
    expect(trialLinkSentence(verdict('looks-like-a-trigger'), worse, true)).toBe(
      'The trial and the day-to-day pattern point the same way: skin tended to be worse with dairy.',
    );
    expect(trialLinkSentence(verdict('looks-like-a-trigger'), none, true)).toMatch(
      /go by the trial\. The day-to-day pattern below does not show it clearly\.$/,
    );
    for (const kind of ['inconclusive', 'not-enough-data'] as const)
      expect(trialLinkSentence(verdict(kind), worse, true)).toMatch(/^The trial did not settle it/);
    for (const kind of ['looks-like-a-trigger', 'no-meaningful-difference', 'inconclusive', 'not-enough-data'] as const)
      for (const a of [worse, none]) expect(trialLinkSentence(verdict(kind), a, true)).not.toMatch(CAUSAL);
  });

  test('a trial is offered for a food that passed with worse skin and has no trial yet, and nothing else', () => {
    expect(trialOffer(association(0.3, 1), true, false)).toEqual({ preset: 'dairy', name: null });
    expect(
      trialOffer(association(0.3, 2, { key: 'sugar', label: 'Added sugar and refined carbs' }), true, false),
    ).toEqual({
      preset: 'sugar',
      name: null,
    });
    expect(trialOffer(association(0.3, 1, { key: 'fermented', label: 'Fermented foods' }), true, false)).toEqual({
      preset: 'custom',
      name: 'Fermented foods',
    });
    expect(trialOffer(association(0.3, 1), true, true)).toBeNull(); // already has a trial
    expect(trialOffer(association(-0.3, 1), true, false)).toBeNull(); // went with better skin
    expect(trialOffer(association(0.3, 1, { finding: false }), true, false)).toBeNull(); // no clear pattern
    expect(
      trialOffer(
        association(0.3, 0, { key: 'stress', label: 'Stress', kind: 'scale', group: 'lifestyle' }),
        true,
        false,
      ),
    ).toBeNull();
  });
});
