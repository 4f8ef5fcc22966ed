// Runs work after the browser has had the chance to paint what is on the page now, so that heavy work that
// follows (another chart, a calendar of ten years) does not hold back what the person is waiting to see.

/** A hidden window gets no animation frames; past this the work runs anyway. */
const HIDDEN_FALLBACK_MS = 100;

/**
 * Calls `fn` in a task after the next frame (a frame's callbacks run just before it paints, so a task queued
 * from one runs after the paint), or after HIDDEN_FALLBACK_MS if no frame comes. Returns a cancel function.
 */
export function afterPaint(fn: () => void): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  const fallback = setTimeout(run, HIDDEN_FALLBACK_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  };
}
