import { useCallback, useState } from 'react';

/**
 * How many of `items` a long list shows: `page` at first, `page` more each time its "Show more"
 * control (give it the returned ref) comes within `margin` of the viewport or is pressed. Cards a
 * reader never scrolls to are never drawn: a results page does the work its first screens need.
 * A new list starts over.
 */
export function useShownLimit<T>(items: readonly T[], page: number, margin = '600px') {
  const [state, setState] = useState({ items, limit: page });
  if (state.items !== items) setState({ items, limit: page });
  const limit = state.items === items ? state.limit : page;
  const more = useCallback(
    () => setState((s) => (s.items === items ? { items, limit: s.limit + page } : s)),
    [items, page],
  );
  // A ref callback: the control appears only once the shown cards are drawn.
  const control = useCallback(
    (target: HTMLElement | null) => {
      if (!target || typeof IntersectionObserver === 'undefined') return;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) more();
        },
        { rootMargin: `0px 0px ${margin} 0px` },
      );
      observer.observe(target);
      return () => observer.disconnect();
    },
    [more, margin],
  );
  return { limit: Math.min(limit, items.length), more, control };
}
