import { z } from 'zod';
import { CONDITIONS } from './measures';
import { PAPER_SIZES } from './paper';
import { QUICK_LAYOUTS } from './trackingPlan';

export const THEMES = ['system', 'light', 'dark'] as const;

export const settingsSchema = z.strictObject({
  /** False until the person finishes first-run setup. */
  setupDone: z.boolean(),
  conditions: z.array(z.enum(CONDITIONS)).max(CONDITIONS.length),
  /** 0 = midnight; 3 means entries made before 3 am belong to the day before. */
  dayEndsAtHour: z.number().int().min(0).max(6),
  /** HH:MM local time, or null for no reminder. */
  reminderTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time written HH:MM' })
    .nullable(),
  openAtLogin: z.boolean(),
  theme: z.enum(THEMES),
  disclaimerSeen: z.boolean(),
  /** How many automatic backups to keep. */
  backupsToKeep: z.number().int().min(1).max(100),
  /** Name printed on reports; may be blank. */
  reportName: z.string().max(120),
  /** Paper for reports; null: the paper of the place the computer is set to (paperForLocale). */
  reportPaper: z.enum(PAPER_SIZES).nullable(),
  /** Where the quick check-in sits on Today: above the full form, instead of it, or not at all. */
  quickCheckIn: z.enum(QUICK_LAYOUTS),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  setupDone: false,
  conditions: [],
  dayEndsAtHour: 0,
  reminderTime: null,
  openAtLogin: false,
  theme: 'system',
  disclaimerSeen: false,
  backupsToKeep: 10,
  reportName: '',
  reportPaper: null,
  quickCheckIn: 'above',
};

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
