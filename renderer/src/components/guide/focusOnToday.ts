// "Log last night's sleep" and the like: open Today and put the cursor in that one field. The Today view is
// mounted by the router after navigation and loads the day before its form exists, so this waits for the
// field to appear instead of asking Today to know about the guide. The check-in form names each input by
// its measure key (`#sleepHours`), and each 0-10 scale's radio buttons `#stress-0` … `#stress-10`.
import { router } from '$lib/router.svelte';

const GIVE_UP_AFTER_MS = 5_000;

function fieldElement(field: string): HTMLElement | null {
  return (
    document.getElementById(field) ??
    document.querySelector<HTMLElement>(`input[type="radio"][name="${CSS.escape(field)}"]:checked`) ??
    document.getElementById(`${field}-0`)
  );
}

/** Resolves with the element once it is in the page, or null if it never comes (e.g. a hidden measure). */
export function whenPresent(find: () => HTMLElement | null, timeoutMs = GIVE_UP_AFTER_MS): Promise<HTMLElement | null> {
  return new Promise((resolve) => {
    const found = find();
    if (found) return resolve(found);
    const observer = new MutationObserver(() => {
      const el = find();
      if (el) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(el);
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, timeoutMs);
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

export async function openTodayAt(field: string): Promise<void> {
  router.go('today');
  const el = await whenPresent(() => fieldElement(field));
  if (!el) return;
  // After the shell has moved focus to the new screen's heading, so this focus is the one that stays.
  requestAnimationFrame(() => {
    el.scrollIntoView({ block: 'center' });
    el.focus();
  });
}
