// Moving through the check-in by keyboard. Every question's root carries `data-question`; answering a
// question with one key (a digit on a score, Y or N) moves to the next one, so a whole day is a run of
// keystrokes without a Tab between answers. Focus goes to the answer already picked, else the first choice.

export function focusQuestion(question: Element | null | undefined): boolean {
  if (!question) return false;
  const target =
    question.querySelector<HTMLElement>('input:checked') ??
    question.querySelector<HTMLElement>('input:not([tabindex="-1"]), select, textarea, button:not([tabindex="-1"])');
  target?.focus();
  return !!target;
}

/** Focuses the question after the one holding `from` (document order); nothing when it was the last. */
export function focusNextQuestion(from: Element): void {
  const all = [...document.querySelectorAll('[data-question]')];
  const current = from.closest('[data-question]');
  const next = current ? all[all.indexOf(current) + 1] : undefined;
  focusQuestion(next);
}

/** The first question inside `root` (Today's first question when the screen opens). */
export function focusFirstQuestion(root: ParentNode): boolean {
  return focusQuestion(root.querySelector('[data-question]'));
}
