// How many keys a check-in takes, counted, not timed: from Today opening (the focus on the first question) to
// "saved". The quick check-in with an acne-only person's default pins, then a full default check-in for each
// condition, every question the defaults ask answered once. Each typed character is one key press.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Condition } from '$shared/domain/measures';
import { startHarness, type Harness } from '../../scripts/browser-host/harness';
import { updateSettings } from '../../electron/core/journal/settings';

const NOW = new Date(2026, 10, 30, 20, 15);
const TODAY = '2026-11-30';

describe('key presses of a check-in', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      now: NOW,
      prepare: (s) =>
        void updateSettings(s.current().ctx, { setupDone: true, disclaimerSeen: true, conditions: ['acne'] }),
    });
  });
  afterAll(() => h.close({ requireNoErrors: true }));

  const row = () => {
    const db = new Database(h.journalPath, { readonly: true });
    const out = db.prepare('SELECT * FROM check_ins WHERE day = ?').get(TODAY) as Record<string, unknown> | undefined;
    db.close();
    return out;
  };

  /** A fresh Today for these conditions: yesterday's answers gone, the page opened anew. */
  async function openToday(conditions: Condition[]) {
    const { ctx } = h.session.current();
    updateSettings(ctx, { conditions });
    ctx.db.prepare('DELETE FROM check_ins WHERE day = ?').run(TODAY);
    await h.page.goto('about:blank'); // a new document: the app opens afresh, as when it is started
    await h.goto('#/today');
    await h.page.getByRole('heading', { name: 'Quick check-in' }).waitFor();
    // The focus is on the first question without a key pressed.
    await expect
      .poll(() => h.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id))
      .toBe('skinOverall-0');
  }

  function counter() {
    let presses = 0;
    return {
      key: (k: string) => {
        presses++;
        return h.page.keyboard.press(k);
      },
      type: async (text: string) => {
        for (const ch of text) {
          presses++;
          await h.page.keyboard.press(ch);
        }
      },
      get presses() {
        return presses;
      },
    };
  }

  test('the quick check-in for acne-only defaults saves in at most 10 key presses', async () => {
    await openToday(['acne']);
    const k = counter();
    await k.key('4'); // overall skin, and on to new spots
    await k.type('3');
    await k.key('Tab');
    await k.type('2'); // inflamed spots
    await k.key('Tab');
    await h.page.getByText(/✓ Saved/).waitFor();
    expect(k.presses).toBeLessThanOrEqual(10);
    expect(row()).toMatchObject({ skin_overall: 4, new_spots: 3, inflamed_spots: 2 });
    await h.screenshot('quick-checkin-light');
    expect(await h.axe()).toEqual([]);
    console.log(`quick check-in (acne defaults): ${k.presses} key presses`);
  });

  // Every question the defaults ask, in the order the page asks them: the quick check-in's pins first.
  const FULL: Record<Condition, (k: ReturnType<typeof counter>) => Promise<void>> = {
    acne: async (k) => {
      await k.key('4'); // overall skin
      await k.type('3'); // new spots
      await k.key('Tab');
      await k.type('2'); // inflamed spots
      await k.key('Tab');
      await k.key('2'); // redness
      await k.key('1'); // soreness: 1 then 0 is 10
      await k.key('0');
    },
    eczema: async (k) => {
      await k.key('4'); // overall skin
      await k.key('6'); // itch
      await k.key('5'); // dryness
      await k.key('3'); // redness
      await k.key('2'); // soreness
    },
    rosacea: async (k) => {
      await k.key('4'); // overall skin
      await k.key('5'); // redness
      await k.key('3'); // soreness
      await k.type('2'); // new spots
      await k.key('Tab');
    },
    psoriasis: async (k) => {
      await k.key('4'); // overall skin
      await k.key('6'); // itch
      await k.key('5'); // dryness
      await k.key('3'); // redness
      await k.key('2'); // soreness
    },
  };

  async function rest(k: ReturnType<typeof counter>) {
    await k.key('Space'); // body areas: face
    await k.key('Tab');
    await k.key('4'); // stool form
    await k.type('2'); // bowel movements
    await k.key('Tab');
    await k.key('3'); // bloating
    await k.key('2'); // tummy discomfort
    for (const n of ['2', '3', '0', '3', '2', '2', '5']) {
      await k.type(n); // sugar, seed oils, dairy, prebiotic, fermented, omega-3, colourful
      await k.key('Tab');
    }
    await k.key('6'); // stress
    await k.type('10'); // relaxation minutes
    await k.key('Tab');
    await k.type('7.5'); // sleep hours
    await k.key('Tab');
    await k.key('7'); // sleep quality
    await k.type('30'); // exercise minutes
    await k.key('Tab');
    await k.key('w'); // kind of exercise: walking
  }

  test.each(['acne', 'eczema', 'rosacea', 'psoriasis'] as const)(
    'a full default check-in for %s takes at most 45 key presses',
    async (condition) => {
      await openToday([condition]);
      const k = counter();
      await FULL[condition](k);
      await rest(k);
      await h.page.getByText(/✓ Saved/).waitFor();
      await expect.poll(() => row()?.exercise_kind).toBe('walking');
      expect(row()).toMatchObject({
        skin_overall: 4,
        body_areas: '["face"]',
        stool_form: 4,
        bowel_movements: 2,
        bloating: 3,
        discomfort: 2,
        sugar: 2,
        seed_oils: 3,
        dairy: 0,
        prebiotic: 3,
        fermented: 2,
        omega3: 2,
        colourful: 5,
        stress: 6,
        relaxation_minutes: 10,
        sleep_hours: 7.5,
        sleep_quality: 7,
        exercise_minutes: 30,
      });
      console.log(`full default check-in (${condition}): ${k.presses} key presses`);
      expect(k.presses).toBeLessThanOrEqual(45);
    },
  );
});
