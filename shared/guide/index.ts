// The guide: the project's own account of the gut-skin article, with evidence grades and action links.
// Pure data and pure functions; the renderer shows it, services store progress against section ids.
export * from './types';
export { GRADE_LABELS } from './grades';
export { ACTION_OPERATIONS } from './actions';
export { DISCLAIMER, SUPPLEMENT_AMOUNT_NOTE } from './disclaimer';
export { SOURCES, sourceText } from './sources';
export { GUIDE, allSections, sectionById, chapterOfSection, allActions, sectionText } from './guide';
export { blockText } from './blocks';
export {
  searchGuide,
  queryTerms,
  termPattern,
  rangesIn,
  cutSnippet,
  type SearchHit,
  type Range,
  type SnippetSize,
} from './search';
