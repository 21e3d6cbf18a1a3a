import type { ReactNode } from 'react';

/** FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: plain text's own <bdi dir="auto">. */
const FSI = '\u2068';
const PDI = '\u2069';
const ISOLATED = new RegExp(`${FSI}([^${FSI}${PDI}]*)${PDI}`, 'g');

/**
 * Marks what a person typed (a name, an offer's title, a case reference) before it goes into a
 * translated sentence, so it keeps its own direction: a Latin name in a Dari sentence no longer
 * carries the sentence's punctuation to the wrong side, nor an Arabic-script name an English one's.
 * The marks are Unicode isolates, right as they are in a browser tab's title or an aria-label; on
 * the page, IsolatedText turns them into <bdi> elements.
 */
export function isolate(value: string): string {
  return `${FSI}${value}${PDI}`;
}

/** A sentence with isolate()d values, each shown as a <bdi> (its text without the marks). */
export function IsolatedText({ children }: { children: string }): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of children.matchAll(ISOLATED)) {
    if (match.index > last) parts.push(children.slice(last, match.index));
    parts.push(<bdi key={match.index}>{match[1]}</bdi>);
    last = match.index + match[0].length;
  }
  if (last === 0) return children;
  if (last < children.length) parts.push(children.slice(last));
  return <>{parts}</>;
}
