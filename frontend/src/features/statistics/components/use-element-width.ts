import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width of an element, kept up to date as the window (or a phone's orientation) changes, so a
 * chart can lay out its labels for the space it really has. `fallback` serves before the first
 * measurement and where nothing can be measured (tests in happy-dom, where clientWidth is 0).
 */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => {
      if (element.clientWidth > 0) setWidth(element.clientWidth);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return { ref, width };
}
