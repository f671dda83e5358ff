import {useEffect, useState} from 'react';

/**
 * The value as it was when the page last painted: a change reaches the caller only after the frame that shows
 * everything else it changed. A filter tap repaints the panel's counts at once, and the map (whose redraw after
 * `setFilter` takes a phone's software WebGL most of a second) takes the new filters in the frame after; the map
 * drawn in the same frame held the counts back until it was done. Changes that come faster than frames (taps in a
 * row) reach the caller once, as the latest.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs before that frame paints; a task queued from it runs after. Not in a transition: React
    // would cut that render into slices, and the map, drawing between them, would redraw and reload its tiles once
    // per layer instead of once for all of them.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, painted]);
  return painted;
}
