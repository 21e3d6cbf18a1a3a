/**
 * The "Error: " before the page's title while a form shows errors (GOV.UK's error summary
 * pattern): a screen reader user hears at once that the page came back with a problem. Several
 * forms of one page may hold it; it goes when the last lets go. The page's own title is set by
 * PageTitle, which may set it again while errors show (a language switch): the prefix is put back.
 */
const holders = new Set<symbol>();
let prefix = '';
let observer: MutationObserver | null = null;

function prefixed(title: string): boolean {
  return title.startsWith(`${prefix} `);
}

function applyPrefix() {
  if (holders.size > 0 && prefix && !prefixed(document.title)) document.title = `${prefix} ${document.title}`;
}

function watchTitle() {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(applyPrefix);
  observer.observe(document.head, { childList: true, characterData: true, subtree: true });
}

/** Prefixes the title with `text` (the translated "Error:"); call the returned function to take it off. */
export function holdErrorTitle(text: string): () => void {
  const token = Symbol('error-title');
  if (prefix && prefix !== text && prefixed(document.title)) document.title = document.title.slice(prefix.length + 1);
  prefix = text;
  holders.add(token);
  applyPrefix();
  watchTitle();
  return () => {
    holders.delete(token);
    if (holders.size > 0) return;
    observer?.disconnect();
    observer = null;
    if (prefixed(document.title)) document.title = document.title.slice(prefix.length + 1);
  };
}
