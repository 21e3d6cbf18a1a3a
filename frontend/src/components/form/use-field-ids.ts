import { useId } from 'react';

/**
 * Ids that tie a field to its help text and error message (aria-describedby). useId keeps them
 * unique even when two forms on one page have a field with the same name.
 */
export function useFieldIds({ hasHelp, hasError }: { hasHelp: boolean; hasError: boolean }) {
  const id = useId();
  const helpId = hasHelp ? `${id}-help` : undefined;
  const errorId = hasError ? `${id}-error` : undefined;
  const describedBy = [errorId, helpId].filter(Boolean).join(' ') || undefined;
  return { id, helpId, errorId, describedBy };
}
