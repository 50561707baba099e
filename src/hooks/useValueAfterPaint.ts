import { startTransition, useEffect, useState } from 'react';

/** Runs `then` once the next frame has been painted; returns a function that cancels it. */
function afterNextPaint(then: () => void): () => void {
  if (typeof requestAnimationFrame === 'undefined') {
    const timer = setTimeout(then, 0);
    return () => clearTimeout(timer);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A task queued from a frame's callback runs after that frame's style, layout and paint.
  const frame = requestAnimationFrame(() => (timer = setTimeout(then, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * `value`, once the frame that shows the rest of the change has been painted: a view that takes a
 * while to follow a filter or a keystroke (the overview's marks, the topic counts) then follows it
 * a frame later instead of delaying that frame. A deferred value alone is often rendered before
 * the browser paints, which at 100,000 events put the overview's binning between the keystroke and
 * the filtered timeline on screen. The update is a transition, so a newer value interrupts it.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => startTransition(() => setShown(() => value)));
  }, [value, shown]);
  return shown;
}
