// The CSV of daily check-ins, written: one row per day, one documented column per field (docs/export-format.md),
// one column per supplement, treatment and own item. Read back by csv.ts.
import { writeCsv } from '$shared/export/csv';
import { csvHeader, dayCells, uniqueSupplementNames, type CsvDay, type CsvItem } from '$shared/export/csvColumns';
import type { ServiceContext } from '../context';
import { checkInValuesOf, type CheckInRow } from '../journal/checkIns';
import { ownItemColumns } from './csvOwnItems';

/** Every day of the journal as the CSV carries it, oldest first, and the supplement columns. */
export function csvDays(ctx: ServiceContext): {
  days: CsvDay[];
  supplementNames: string[];
  items: CsvItem[];
  treatmentNames: string[];
} {
  const taken = ctx.db
    .prepare(
      'SELECT DISTINCT s.id, s.name FROM supplements s JOIN supplement_intakes i ON i.supplement_id = s.id ORDER BY s.id',
    )
    .all() as { id: number; name: string }[];
  const names = uniqueSupplementNames(taken);
  const byDay = new Map<string, CsvDay['supplements']>();
  for (const i of ctx.db
    .prepare('SELECT day, supplement_id, dose, unit FROM supplement_intakes ORDER BY day, supplement_id')
    .all() as { day: string; supplement_id: number; dose: number | null; unit: string }[]) {
    const list = byDay.get(i.day) ?? [];
    list.push({ name: names.get(i.supplement_id)!, dose: i.dose, unit: i.unit });
    byDay.set(i.day, list);
  }
  const rows = ctx.db.prepare('SELECT * FROM check_ins ORDER BY day').all() as CheckInRow[];
  const own = ownItemColumns(ctx);
  const days = rows.map((row) => ({
    day: row.day,
    values: { ...checkInValuesOf(row), custom: own.values.get(row.day) ?? {} },
    supplements: byDay.get(row.day) ?? [],
    treatments: own.used.get(row.day) ?? [],
  }));
  return { days, supplementNames: [...names.values()], items: own.items, treatmentNames: own.treatmentNames };
}

/** The CSV file's text, and what it holds in words ("120 days"). */
export function exportCsvText(ctx: ServiceContext): { text: string; summary: string } {
  const { days, supplementNames, items, treatmentNames } = csvDays(ctx);
  const text = writeCsv(
    csvHeader(supplementNames, items, treatmentNames),
    days.map((d) => dayCells(d, supplementNames, items, treatmentNames)),
  );
  return { text, summary: `${days.length} ${days.length === 1 ? 'day' : 'days'}` };
}
