// The own-item values of a CSV import (shared/export/csvItems.ts), written beside each day's check-in inside
// the import's one transaction: an item the import adds is created the first time one of its values is
// written, so a refused or cancelled import (rolled back) leaves no item behind, and planning (write false)
// names the same items in the same order without creating them. An activity becomes the person's yes/no item
// of that name when they have one, else a new one; on the imported days an activity is not listed it is "no"
// (an activities list names what was done).
import { UserFacingError } from '$shared/contract/result';
import type { CsvDay } from '$shared/export/csvColumns';
import type { ParsedTrackableInput } from '$shared/domain/trackable';
import { sql } from '../db/statements';
import type { ServiceContext } from '../context';
import { addTrackable } from '../journal/trackables';

export type NewItemDrafts = readonly (ParsedTrackableInput | null)[];

interface Existing {
  id: number;
  name: string;
  kind: string;
  archived_on: string | null;
}

export class OwnItemImport {
  drafts: NewItemDrafts;
  private readonly ids = new Map<string, number>();
  private readonly fresh: string[] = [];
  private readonly activities: number[] = [];
  private readonly days: string[] = [];
  private planned = -1;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly write: boolean,
    drafts: NewItemDrafts,
  ) {
    this.drafts = drafts;
  }

  private named(name: string): Existing | undefined {
    return sql(this.ctx.db, 'SELECT id, name, kind, archived_on FROM trackables WHERE lower(name) = lower(?)').get(
      name,
    ) as Existing | undefined;
  }

  /** A new item, made now when writing (a placeholder id when planning). */
  private create(input: ParsedTrackableInput): number {
    this.fresh.push(input.name);
    return this.write ? addTrackable(this.ctx, input).trackable.id : this.planned--;
  }

  private idOf(key: string, name: string | undefined): number {
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    let id: number;
    if (key.startsWith('new:')) {
      const draft = this.drafts[Number(key.slice(4))];
      if (!draft) throw new Error(`no definition for ${key}`); // the row reader only emits defined columns
      const same = this.named(draft.name);
      if (same)
        throw new UserFacingError(
          'conflict',
          `Nothing was imported: you already have an item called "${same.name}". Map the column to it, or give the new item another name.`,
        );
      id = this.create(draft);
    } else if (key.startsWith('activity:')) {
      const label = name ?? key.slice('activity:'.length);
      const same = this.named(label);
      if (same && (same.kind !== 'yesno' || same.archived_on !== null))
        throw new UserFacingError(
          'conflict',
          `Nothing was imported: the activity "${label}" would go into your item "${same.name}", which is ${same.kind !== 'yesno' ? 'not a yes/no item' : 'archived'}. Rename that item first.`,
        );
      id = same
        ? same.id
        : this.create({ name: label, kind: 'yesno', group: 'lifestyle', direction: 'neither', question: '' });
      this.activities.push(id);
    } else {
      id = (sql(this.ctx.db, 'SELECT id FROM trackables WHERE slug = ?').get(key) as { id: number }).id;
    }
    this.ids.set(key, id);
    return id;
  }

  /** A day the import adds (its check-in row already written when writing). */
  add(d: CsvDay): void {
    this.days.push(d.day);
    if (!d.items) return;
    const insert = sql(this.ctx.db, 'INSERT INTO trackable_values (day, trackable_id, value) VALUES (?, ?, ?)');
    const done = new Set<number>();
    for (const v of d.items) {
      const id = this.idOf(v.key, v.name);
      if (done.has(id)) continue; // one activity listed twice on a day
      done.add(id);
      if (this.write) insert.run(d.day, id, v.value);
    }
  }

  /** Writes "no" for each activity on the added days it was not listed; the names of the items added. */
  finish(): string[] {
    if (this.write && this.activities.length > 0) {
      const no = sql(this.ctx.db, 'INSERT OR IGNORE INTO trackable_values (day, trackable_id, value) VALUES (?, ?, 0)');
      for (const id of this.activities) for (const day of this.days) no.run(day, id);
    }
    return [...this.fresh];
  }
}
