import { useEffect, useState } from 'react';

/** How long typing pauses before a search goes to the server. */
export const TYPING_PAUSE_MS = 300;

/** The value once it has stayed the same for `delay` ms (at once when it starts out). */
export function useDebounced<T>(value: T, delay = TYPING_PAUSE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
