/**
 * Unsaved answers kept for this browser tab (sessionStorage), so a reload or a slip of the Back
 * button does not throw away a long form. Only a person's own, not yet sent answers belong here;
 * they go when saved or discarded, when the tab closes, and when another person (or nobody) is
 * signed in (see forgetDrafts).
 */
const PREFIX = 'haven.draft.';

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Storage refused (a privacy setting): the form still works, it just is not kept.
    return null;
  }
}

/** The kept value, or null when there is none or it is not what `isValid` expects. */
export function readDraft<T>(key: string, isValid: (value: unknown) => value is T): T | null {
  const text = storage()?.getItem(PREFIX + key);
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isValid(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Full or refused: keeping the draft is a convenience, never a reason to fail.
  }
}

export function removeDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

/** Forgets every kept draft of this tab: the person who typed them is no longer signed in here. */
export function forgetDrafts(): void {
  const kept = storage();
  if (!kept) return;
  for (const key of Object.keys(kept)) if (key.startsWith(PREFIX)) kept.removeItem(key);
}
