import { useEffect, useState } from 'react';
import { loadSteps, loadedSteps, type FirstSteps } from './search-steps';

/**
 * The cards' first steps, and whether asking for them has settled; asked for only once `wanted`
 * (a query to show results for). Results wait for them: a card that gained its step line after
 * it was drawn would push every card below it down.
 */
export function useFirstSteps(wanted: boolean): { steps: FirstSteps | null; settled: boolean } {
  const [state, setState] = useState(() => {
    const steps = loadedSteps();
    return { steps, settled: steps !== null };
  });
  useEffect(() => {
    if (state.settled || !wanted) return;
    let current = true;
    loadSteps().then(
      (steps) => current && setState({ steps, settled: true }),
      // Cards keep their fault and retry line; a later page life asks again.
      () => current && setState({ steps: null, settled: true }),
    );
    return () => {
      current = false;
    };
  }, [state.settled, wanted]);
  return state;
}
