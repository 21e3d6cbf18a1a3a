/**
 * A text matcher for a sentence part of which is in an element of its own (a name in a <bdi>,
 * see lib/i18n/isolate.tsx), which Testing Library's plain text match would not find: the
 * innermost element that reads the whole text.
 */
export function wholeText(text: string) {
  return (_content: string, element: Element | null): boolean =>
    element?.textContent === text && Array.from(element.children).every((child) => child.textContent !== text);
}
