import type { ValidationKey } from '../../../../components/form';
import { isApiError } from '../../../../lib/api';
import {
  NEED_FLAGS,
  validateContact,
  validateMembers,
  validatePlace,
  validateWhen,
  type NeedsDraft,
} from '../shared/family-form-state';

export const INTAKE_STEPS = ['people', 'languages', 'needs', 'place', 'when', 'contact', 'review'] as const;
export type IntakeStep = (typeof INTAKE_STEPS)[number];

/**
 * What a step asks before Next. `complete` also wants every age, sex, date and length of stay:
 * sending needs them, saving for later does not.
 */
export function validateIntakeStep(
  step: IntakeStep,
  draft: NeedsDraft,
  complete: boolean,
): Record<string, ValidationKey> {
  switch (step) {
    case 'people':
      return validateMembers(draft.members, { complete });
    case 'place':
      return validatePlace(draft);
    case 'when':
      return validateWhen(draft, { complete, storedNeededFrom: null });
    case 'contact':
      return validateContact(draft);
    default:
      return {};
  }
}

/** The step where a field is asked, for taking the family back to an answer the server refused. */
export function stepOfField(field: string): number {
  const at = (step: IntakeStep) => INTAKE_STEPS.indexOf(step);
  if (field.startsWith('members')) return at('people');
  if (field.startsWith('languages')) return at('languages');
  if ((NEED_FLAGS as readonly string[]).includes(field)) return at('needs');
  if (['location', 'locationTies', 'preferredPostcode', 'preferredPlace'].includes(field)) return at('place');
  if (['neededFrom', 'expectedStayMonths'].includes(field)) return at('when');
  if (field.startsWith('contact')) return at('contact');
  return at('review');
}

export type GoneReason = 'used' | 'expired' | 'unknown';

/** A link that can no longer be used is a page of its own, not an error message. */
export function goneReasonOf(error: unknown, { opening = false } = {}): GoneReason | null {
  if (!isApiError(error)) return null;
  if (error.is('intake-link-used')) return 'used';
  if (error.is('intake-link-expired')) return 'expired';
  // Opening a link that is not a token at all (cut short when copied) is refused as a bad request.
  if (error.is('not-found') || (opening && error.status === 400)) return 'unknown';
  return null;
}
