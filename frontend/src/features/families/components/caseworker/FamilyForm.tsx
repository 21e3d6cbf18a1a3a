import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  schemaErrorKeys,
  useFormSubmission,
} from '../../../../components/form';
import { isApiError } from '../../../../lib/api';
import { createFamily, updateFamily } from '../../api/families-api';
import { URGENCIES, type FamilyCase, type Urgency } from '../../types';
import {
  CASE_ONLY_FIELDS,
  FAMILY_ALIASES,
  NATIONALITY_MAX,
  NEEDS_FIELDS,
  NOTES_MAX,
  RELIGION_MAX,
  caseDraftOf,
  caseRequestOf,
  memberFieldNames,
  type CaseDraft,
} from '../shared/family-form-state';
import { familyCaseSchema } from '../shared/family-schema';
import { ContactFields, LanguagesField, NeedsFields, PlaceFields, WhenFields } from '../shared/FamilyFields';
import { MemberRows } from '../shared/MemberRows';
import { LinkedFamiliesField, type LinkedSummaries } from './LinkedFamilies';

function isStale(error: unknown): boolean {
  return isApiError(error) && error.is('conflict') && !error.hasFieldErrors;
}

/** A 409 on save means someone else saved first (or the case is closed): say so in our words. */
function alertFor(error: unknown, t: TFunction): string | null {
  if (!isApiError(error) || !error.is('conflict')) return null;
  if (error.hasFieldErrors) return t('families.form.missingForReady');
  return /closed/i.test(error.detail ?? '') ? t('families.form.closed') : t('families.form.stale');
}

type FamilyFormProps = {
  /** The case being changed; none for a new one. */
  family?: FamilyCase;
  onSaved: (family: FamilyCase) => void;
  onCancel?: () => void;
  /** Someone else changed the case: load it again (the form starts over from what is stored). */
  onReload?: () => void;
  /** A refusal to show at once, e.g. the details missing before the case can be READY. */
  initialProblem?: unknown;
  /** The reference and lead of the cases the family is linked to, as the case page found them. */
  linked?: LinkedSummaries;
};

/** A family case as a caseworker writes it: people, needs, place, dates, contact and notes. */
export function FamilyForm({ family, onSaved, onCancel, onReload, initialProblem, linked }: FamilyFormProps) {
  const { t } = useTranslation();
  // The form's values live in react-hook-form and are checked by the case schema on submit; the
  // shared field components (also used by the family's own intake form) take them as a draft.
  const form = useForm<CaseDraft>({
    defaultValues: caseDraftOf(family),
    resolver: zodResolver(familyCaseSchema(family)),
    mode: 'onSubmit',
  });
  const draft = useWatch({ control: form.control }) as CaseDraft;
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const [lastError, setLastError] = useState<unknown>(null);
  const fields = useMemo(
    () => [...memberFieldNames(draft.members), ...NEEDS_FIELDS, ...CASE_ONLY_FIELDS],
    [draft.members],
  );
  const submission = useFormSubmission({ fields, aliases: FAMILY_ALIASES, alertFor });
  const { fieldErrors } = submission;
  const shown = useRef(false);

  useEffect(() => {
    if (!initialProblem || shown.current) return;
    shown.current = true;
    const problem: unknown = initialProblem;
    void submission.run(() => Promise.reject(problem));
  }, [initialProblem, submission]);

  function change(next: Partial<CaseDraft>) {
    for (const [name, value] of Object.entries(next) as [keyof CaseDraft, CaseDraft[keyof CaseDraft]][]) {
      form.setValue(name, value, { shouldDirty: true });
    }
  }

  const handleSubmit = form.handleSubmit(
    async (valid) => {
      submission.showClientErrors({});
      await submission.run(async () => {
        try {
          const request = caseRequestOf(valid, family?.version);
          onSaved(family ? await updateFamily(family.id, request) : await createFamily(request));
        } catch (error) {
          setLastError(error);
          throw error;
        }
      });
    },
    (errors) => {
      submission.showClientErrors(schemaErrorKeys(errors));
    },
  );

  const section = { voice: 'caseworker' as const, draft, change, fieldErrors };
  // The server's "invalid-value" on the links means a case that does not exist or the case itself.
  const linkedError =
    fieldErrors.linkedFamilyIds &&
    isApiError(lastError) &&
    lastError.fieldErrorCodes.linkedFamilyIds === 'invalid-value'
      ? t('families.linked.invalid')
      : fieldErrors.linkedFamilyIds;

  return (
    <form
      className="form form--wide"
      noValidate
      onSubmit={(event) => {
        setLastError(null);
        void handleSubmit(event);
      }}
    >
      <ErrorSummary submission={submission} />
      {isStale(lastError) && onReload && (
        <p>
          <button type="button" className="button button--primary" onClick={onReload}>
            {t('families.form.reload')}
          </button>
        </p>
      )}
      <div className="card stack">
        <SelectField
          label={t('families.form.urgency')}
          name="urgency"
          help={t('families.form.urgencyHelp')}
          options={URGENCIES.map((urgency) => ({ value: urgency, label: t(`urgencies.${urgency}`) }))}
          value={draft.urgency}
          onChange={(event) => change({ urgency: event.target.value as Urgency })}
          error={fieldErrors.urgency}
        />
      </div>
      <MemberRows
        voice="caseworker"
        rows={draft.members}
        onChange={(members) => change({ members })}
        fieldErrors={fieldErrors}
        focusKey={focusKey}
        onAdded={setFocusKey}
      />
      <LanguagesField {...section} />
      <NeedsFields {...section} />
      <fieldset className="fieldset card stack">
        <legend className="fieldset__legend">{t('families.form.placeTitle')}</legend>
        <PlaceFields {...section} />
        <TextField
          label={t('families.form.maxDistanceKm')}
          name="maxDistanceKm"
          help={t('families.form.maxDistanceHelp')}
          inputMode="numeric"
          autoComplete="off"
          className="field__input--short"
          value={draft.maxDistanceKm}
          onChange={(event) => change({ maxDistanceKm: event.target.value })}
          error={fieldErrors.maxDistanceKm}
        />
      </fieldset>
      <LinkedFamiliesField
        selfId={family?.id}
        ids={draft.linkedFamilyIds}
        onChange={(linkedFamilyIds) => change({ linkedFamilyIds })}
        stored={linked}
        error={linkedError}
      />
      <fieldset className="fieldset card stack">
        <legend className="fieldset__legend">{t('families.form.whenTitle')}</legend>
        <WhenFields {...section} storedNeededFrom={family?.neededFrom ?? null} />
      </fieldset>
      <fieldset className="fieldset card stack">
        <legend className="fieldset__legend">{t('families.form.backgroundTitle')}</legend>
        <p className="field__help">{t('families.form.backgroundHelp')}</p>
        <TextField
          label={t('families.form.nationality')}
          name="nationality"
          autoComplete="off"
          maxLength={NATIONALITY_MAX}
          value={draft.nationality}
          onChange={(event) => change({ nationality: event.target.value })}
          error={fieldErrors.nationality}
        />
        <TextField
          label={t('families.form.religion')}
          name="religion"
          autoComplete="off"
          maxLength={RELIGION_MAX}
          value={draft.religion}
          onChange={(event) => change({ religion: event.target.value })}
          error={fieldErrors.religion}
        />
      </fieldset>
      <fieldset className="fieldset card stack">
        <legend className="fieldset__legend">{t('family.contact.caseworker.title')}</legend>
        <ContactFields {...section} />
      </fieldset>
      <div className="card stack">
        <TextAreaField
          label={t('families.form.notes')}
          name="notes"
          help={t('families.form.notesHelp')}
          rows={5}
          maxLength={NOTES_MAX}
          value={draft.notes}
          onChange={(event) => change({ notes: event.target.value })}
          error={fieldErrors.notes}
        />
      </div>
      <div className="wizard__actions">
        <SubmitButton busy={submission.busy} busyLabel={t('families.form.saving')}>
          {family ? t('families.form.saveChanges') : t('families.form.create')}
        </SubmitButton>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('families.form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
