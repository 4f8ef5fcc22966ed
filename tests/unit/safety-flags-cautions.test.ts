// The warning signs (one list for the guide, the setup and the report) and the supplement cautions matched
// by name where a supplement is added to the regimen.
import { describe, expect, it } from 'vitest';
import { CONDITIONS } from '$shared/domain/measures';
import {
  RED_FLAGS,
  SUPPLEMENT_CAUTIONS,
  URGENCIES,
  cautionsFor,
  redFlagGroups,
  redFlagLine,
} from '$shared/safety/index';

const ids = (name: string, details = '') => cautionsFor(name, details).map((c) => c.id);

describe('red flags', () => {
  it('covers the urgent signs a dermatologist would expect, each with how soon', () => {
    const text = (id: string) => RED_FLAGS.find((f) => f.id === id);
    expect(text('eczema-herpeticum')).toMatchObject({ condition: 'eczema', urgency: 'today' });
    expect(text('eczema-herpeticum')?.text).toMatch(/punched-out sores/);
    expect(text('acne-scarring')?.text).toMatch(/Deep, painful lumps.*scar/);
    expect(text('psoriasis-joints')?.text).toMatch(/joints.*psoriatic arthritis/);
    expect(text('rosacea-eye-urgent')).toMatchObject({ condition: 'rosacea', urgency: 'today' });
    expect(text('low-mood')?.text).toMatch(/Low mood/);
    expect(text('self-harm')?.urgency).toBe('now');
    expect(text('anaphylaxis')?.urgency).toBe('now');
    for (const f of RED_FLAGS) expect(URGENCIES).toContain(f.urgency);
    expect(new Set(RED_FLAGS.map((f) => f.id)).size).toBe(RED_FLAGS.length);
  });

  it('groups them: the general signs first, then one group per condition tracked, most urgent first', () => {
    const groups = redFlagGroups(['rosacea', 'acne']);
    expect(groups.map((g) => g.condition)).toEqual([null, 'acne', 'rosacea']);
    expect(groups[2]!.flags.map((f) => f.urgency)).toEqual(['today', 'soon']);
    expect(groups[0]!.flags[0]!.urgency).toBe('now');
    // With nothing chosen yet, every condition's signs are shown.
    expect(redFlagGroups([]).map((g) => g.condition)).toEqual([null, ...CONDITIONS]);
    for (const c of CONDITIONS) expect(redFlagGroups([c])[1]!.flags.length).toBeGreaterThan(0);
    expect(redFlagLine(RED_FLAGS.find((f) => f.id === 'eczema-herpeticum')!)).toMatch(/^See someone today: /);
  });
});

describe('supplement cautions', () => {
  it('matches supplements by name, in any case and spelling people use', () => {
    expect(ids('Probiotic')).toEqual(['probiotic']);
    expect(ids('Saccharomyces boulardii')).toEqual(['probiotic']);
    expect(ids('Daily capsule', 'L. rhamnosus GG')).toEqual(['probiotic']);
    expect(ids('Zinc carnosine')).toEqual(['zinc']);
    expect(ids('Polaprezinc')).toEqual(['zinc']);
    expect(ids('ZINC picolinate')).toEqual(['zinc']);
    expect(ids('L-glutamine')).toEqual(['glutamine']);
    expect(ids('Fish oil')).toEqual(['omega-3']);
    expect(ids('Omega 3')).toEqual(['omega-3']);
    expect(ids('Algal oil', 'EPA and DHA')).toEqual(['omega-3']);
    expect(ids('Cod liver oil')).toEqual(['omega-3', 'vitamin-a']);
    expect(ids('Vitamin A')).toEqual(['vitamin-a']);
    expect(ids('Biotin')).toEqual(['biotin']);
    expect(ids('Inulin')).toEqual(['fibre']);
    expect(ids('Partially hydrolysed guar gum')).toEqual(['fibre']);
    expect(ids('Calcium and vitamin D')).toEqual(['minerals']);
    expect(ids("St John's wort")).toEqual(['st-johns-wort']);
  });

  it('stays quiet for supplements it has nothing to say about, and for an empty name', () => {
    expect(ids('Vitamin C')).toEqual([]);
    expect(ids('Collagen')).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids('Zincite mineral lamp')).toEqual([]); // "zinc" as a whole word only
  });

  it('states amounts in elemental terms with upper limits, and the skin-treatment interactions', () => {
    const all = (id: string) => SUPPLEMENT_CAUTIONS.find((c) => c.id === id)!.points.join(' ');
    expect(all('zinc')).toMatch(/75 mg of zinc carnosine \(polaprezinc\) holds about 17 mg of zinc/);
    expect(all('zinc')).toMatch(/under 25 mg a day.*40 mg in the US/);
    expect(all('zinc')).toMatch(/copper/);
    expect(all('zinc')).toMatch(/doxycycline, lymecycline, minocycline.*2 to 3 hours apart/);
    expect(all('probiotic')).toMatch(/methotrexate, ciclosporin.*JAK inhibitors/);
    expect(all('probiotic')).toMatch(/central line or port/);
    expect(all('vitamin-a')).toMatch(/isotretinoin.*acitretin/);
    expect(all('glutamine')).toMatch(/liver disease/);
    expect(all('omega-3')).toMatch(/blood thinners/);
  });
});
