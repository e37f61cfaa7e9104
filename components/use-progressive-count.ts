import { useEffect, useState } from 'react';

/**
 * How many of `items` to draw: `first` at once, then `batch` more per task until all are drawn.
 * Rendering and laying out hundreds of marked-up cards in one go is one long task that holds
 * the page (a paint, a keystroke); a batch per task keeps each short. A new list starts over; the
 * same list grown at its end (a "Show more") keeps what is drawn and continues from there.
 */
export function useProgressiveCount<T>(items: readonly T[], first: number, batch: number): number {
  const [drawn, setDrawn] = useState({ items, count: first });
  if (drawn.items !== items) {
    const grown = items.length > drawn.items.length && items[0] === drawn.items[0];
    // State adjusted while rendering, not in an effect, so no frame shows the old count.
    setDrawn({ items, count: grown ? drawn.count : first });
  }
  const count = drawn.items === items ? drawn.count : first;
  useEffect(() => {
    if (count >= items.length) return;
    const timer = setTimeout(() => setDrawn({ items, count: count + batch }), 0);
    return () => clearTimeout(timer);
  }, [items, count, batch]);
  return Math.min(count, items.length);
}
