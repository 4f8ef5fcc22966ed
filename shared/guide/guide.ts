import { about } from './chapters/about';
import { axis } from './chapters/axis';
import { beyondFood } from './chapters/beyond-food';
import { foodsToAdd } from './chapters/foods-to-add';
import { foodsToReduce } from './chapters/foods-to-reduce';
import { supplements } from './chapters/supplements';
import { blockText } from './blocks';
import type { Action, Chapter, Guide, Section } from './types';

/** The whole guide, in reading order. */
export const GUIDE: Guide = {
  chapters: [about, axis, foodsToReduce, foodsToAdd, supplements, beyondFood],
};

/** Every section in reading order. */
export function allSections(guide: Guide = GUIDE): Section[] {
  return guide.chapters.flatMap((c) => [...c.sections]);
}

export function sectionById(id: string, guide: Guide = GUIDE): Section | undefined {
  for (const chapter of guide.chapters) {
    const found = chapter.sections.find((s) => s.id === id);
    if (found) return found;
  }
  return undefined;
}

export function chapterOfSection(sectionId: string, guide: Guide = GUIDE): Chapter | undefined {
  return guide.chapters.find((c) => c.sections.some((s) => s.id === sectionId));
}

/** Every action with the section it belongs to, e.g. to build a "things you can try" list. */
export function allActions(guide: Guide = GUIDE): { sectionId: string; action: Action }[] {
  return allSections(guide).flatMap((s) => s.actions.map((action) => ({ sectionId: s.id, action })));
}

/** A section's body as one plain string (what search snippets are cut from). */
export function sectionText(section: Section): string {
  return section.body.map(blockText).join(' ');
}
