// Settings are stored one key per row as JSON, so adding a setting never needs a migration: a missing key
// simply takes its default.
import { DEFAULT_SETTINGS, settingsSchema, type Settings, type SettingsPatch } from '$shared/domain/settings';
import { journalDayOf, type Day } from '$shared/domain/day';
import { sql } from '../db/statements';
import type { ServiceContext } from '../context';

export function getSettings(ctx: ServiceContext): Settings {
  const rows = sql(ctx.db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const row of rows) {
    if (Object.hasOwn(DEFAULT_SETTINGS, row.key)) stored[row.key] = JSON.parse(row.value);
  }
  // A value that no longer validates (edited by hand, older format) falls back to its default, key by key.
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(stored)) {
    const probe = settingsSchema.shape[key as keyof Settings].safeParse(value);
    if (probe.success) merged[key] = probe.data;
  }
  return merged as Settings;
}

export function updateSettings(ctx: ServiceContext, patch: SettingsPatch): Settings {
  const upsert = sql(
    ctx.db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) upsert.run(key, JSON.stringify(value));
  }
  return getSettings(ctx);
}

export function today(ctx: ServiceContext, now: Date = ctx.now()): Day {
  return journalDayOf(now, getSettings(ctx).dayEndsAtHour);
}
