// Guide text blocks as plain strings. Apart from guide.ts so that the report, which prints the disclaimer,
// does not load every chapter of the guide to do it.
import type { Block } from './types';

/** A block as plain text: list items joined by spaces. */
export function blockText(block: Block): string {
  if (typeof block === 'string') return block;
  return block.kind === 'list' ? block.items.join(' ') : block.text;
}
