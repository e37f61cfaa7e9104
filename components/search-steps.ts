/** Entry URL → its first step in plain text (`/search-steps.json`, lib/entry-summary.ts `firstSteps`). */
export type FirstSteps = Readonly<Record<string, string>>;

export const SEARCH_STEPS_URL = '/search-steps.json';

let pending: Promise<FirstSteps> | null = null;
let loaded: FirstSteps | null = null;

/** The steps if they have arrived, so cards drawn later show them at once. */
export function loadedSteps(): FirstSteps | null {
  return loaded;
}

/**
 * Fetches the first steps once per page life; only /search/ asks, when it has a query. A failure
 * is not cached: the next results drawn try again, and cards keep their fault and retry line.
 */
export function loadSteps(): Promise<FirstSteps> {
  pending ??= fetch(SEARCH_STEPS_URL)
    .then(async (response) => {
      if (!response.ok) throw new Error(`search steps: HTTP ${response.status}`);
      loaded = (await response.json()) as FirstSteps;
      return loaded;
    })
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}
