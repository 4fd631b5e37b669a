import { useLayoutEffect, useRef, useState } from 'react';

/**
 * Shrinks text to fit its box: returns a ref and a scale (1 … min) to multiply font sizes with.
 * Re-measures when `content` changes and when the box itself changes size (the window, or a panel
 * appearing beside it, such as the buzz order under the question).
 */
export function useFitText<T extends HTMLElement>(content: unknown, min = 0.5) {
  const ref = useRef<T>(null);
  const [scale, setScale] = useState(1);
  const [tick, setTick] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    let height = el.clientHeight;
    const observer = new ResizeObserver(() => {
      // Only a change of the box's height asks for a new fit (shrinking the text changes no box size).
      if (el.clientHeight !== height) {
        height = el.clientHeight;
        setTick((n) => n + 1);
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
    // Attached again when the content changes: the box may only exist while there is a question.
  }, [content]);
  useLayoutEffect(() => {
    setScale(1);
  }, [content, tick]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && el.scrollHeight > el.clientHeight + 1 && scale > min) setScale((s) => Math.max(min, Math.round((s - 0.05) * 100) / 100));
  }, [scale, min, content, tick]);
  return { ref, scale };
}
