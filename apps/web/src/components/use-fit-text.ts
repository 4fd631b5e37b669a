import { useLayoutEffect, useRef, useState } from 'react';

/**
 * Shrinks text to fit its box: returns a ref and a scale (1 … min) to multiply font sizes with.
 * Re-measures when `content` or the window size changes.
 */
export function useFitText<T extends HTMLElement>(content: unknown, min = 0.5) {
  const ref = useRef<T>(null);
  const [scale, setScale] = useState(1);
  const [tick, setTick] = useState(0);
  useLayoutEffect(() => {
    const onResize = () => setTick((n) => n + 1);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useLayoutEffect(() => {
    setScale(1);
  }, [content, tick]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && el.scrollHeight > el.clientHeight + 1 && scale > min) setScale((s) => Math.max(min, Math.round((s - 0.05) * 100) / 100));
  }, [scale, min, content, tick]);
  return { ref, scale };
}
