// The renderer's only door to the journal: the typed client built from the contract over `window.axis`,
// which the preload provides in the app and a Playwright binding provides in the end-to-end tests.
import { buildClient, type Invoke } from '$shared/contract/client';

const bridge: Invoke =
  typeof window !== 'undefined' && window.axis
    ? (name, input) => window.axis.invoke(name, input)
    : () =>
        Promise.resolve({
          ok: false,
          error: { code: 'internal', message: 'Axis is not connected to its journal. Restart the app.' },
        });

export const api = buildClient(bridge);

/** A sentence for any failure, for showing beside the control that failed (an AxisError is an Error). */
export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
