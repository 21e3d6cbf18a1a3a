import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../../components/feedback';
import { ErrorSummary, useFormSubmission } from '../../../../components/form';
import { PageTitle, WizardSteps } from '../../../../components/layout';
import { isApiError } from '../../../../lib/api';
import { formatDateTime } from '../../../../lib/i18n';
import { saveIntakeForm, submitIntakeForm } from '../../api/intake-api';
import type { IntakeForm } from '../../types';
import {
  FAMILY_ALIASES,
  NEEDS_FIELDS,
  memberFieldNames,
  needsDraftOf,
  needsOf,
  type NeedsDraft,
} from '../shared/family-form-state';
import { ContactFields, LanguagesField, NeedsFields, PlaceFields, WhenFields } from '../shared/FamilyFields';
import { MemberRows } from '../shared/MemberRows';
import { INTAKE_STEPS, goneReasonOf, stepOfField, validateIntakeStep, type GoneReason } from './intake-steps';
import { IntakeReview } from './IntakeReview';

const LAST_STEP = INTAKE_STEPS.length - 1;

type IntakeWizardProps = {
  token: string;
  form: IntakeForm;
  onSent: () => void;
  onGone: (reason: GoneReason) => void;
};

/**
 * The family's form, one topic per step, short enough for a phone. Answers can be saved and the
 * form finished later with the same link; the last step shows everything before it is sent.
 */
export function IntakeWizard({ token, form, onSent, onGone }: IntakeWizardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [draft, setDraft] = useState<NeedsDraft>(() => needsDraftOf(form));
  const [expiresAt, setExpiresAt] = useState(form.expiresAt);
  const [step, setStep] = useState(0);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const [action, setAction] = useState<'save' | 'send' | null>(null);
  const fields = useMemo(() => [...memberFieldNames(draft.members), ...NEEDS_FIELDS], [draft.members]);
  const submission = useFormSubmission({ fields, aliases: FAMILY_ALIASES });
  const { fieldErrors } = submission;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  // The step an error took the family to: the error summary has the focus there, not the heading.
  const stepOfErrors = useRef<number | null>(null);
  const current = INTAKE_STEPS[step]!;

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (stepOfErrors.current === step) {
      stepOfErrors.current = null;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  function showErrorsOn(index: number) {
    if (index !== step) stepOfErrors.current = index;
    setStep(index);
  }

  function change(next: Partial<NeedsDraft>) {
    setSaved(false);
    setDraft((previous) => ({ ...previous, ...next }));
  }

  function goTo(next: number) {
    submission.reset();
    setSaved(false);
    setStep(Math.max(0, Math.min(LAST_STEP, next)));
  }

  /** Checks every step; shows the first one with a problem. True when all is well. */
  function checkAll(complete: boolean): boolean {
    for (const [index, id] of INTAKE_STEPS.entries()) {
      const errors = validateIntakeStep(id, draft, complete);
      if (Object.keys(errors).length > 0) {
        showErrorsOn(index);
        submission.showClientErrors(errors);
        return false;
      }
    }
    return true;
  }

  async function send(kind: 'save' | 'send') {
    setSaved(false);
    if (!checkAll(kind === 'send')) return;
    setAction(kind);
    let failure: unknown = null;
    const ok = await submission.run(async () => {
      try {
        const stored = await saveIntakeForm(token, needsOf(draft));
        setExpiresAt(stored.expiresAt);
        if (kind === 'send') await submitIntakeForm(token);
      } catch (error) {
        failure = error;
        throw error;
      }
    });
    setAction(null);
    if (ok) {
      if (kind === 'send') onSent();
      else setSaved(true);
      return;
    }
    const gone = goneReasonOf(failure);
    if (gone) {
      onGone(gone);
      return;
    }
    if (isApiError(failure)) {
      const steps = Object.keys(failure.fieldErrors).map(stepOfField);
      if (steps.length > 0) showErrorsOn(Math.min(...steps));
    }
  }

  function handleNext(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (current === 'review') {
      void send('send');
      return;
    }
    if (submission.showClientErrors(validateIntakeStep(current, draft, true))) return;
    goTo(step + 1);
  }

  const section = { voice: 'family' as const, draft, change, fieldErrors };
  const busy = action !== null;

  return (
    <div className="stack intake">
      <PageTitle>{t('intake.title')}</PageTitle>
      <p className="lead">{t('intake.intro')}</p>
      <p className="form__note">
        {t('intake.linkValid', { date: formatDateTime(expiresAt, language) })}{' '}
        <span>
          {t('intake.reference')} <bdi className="reference">{form.reference}</bdi>
        </span>
      </p>
      <WizardSteps
        label={t('intake.progressLabel')}
        names={INTAKE_STEPS.map((id) => t(`intake.steps.${id}`))}
        current={step}
      />
      <form className="form wizard__form" noValidate onSubmit={handleNext}>
        <h2 className="wizard__title" ref={headingRef} tabIndex={-1}>
          <span className="wizard__count">{t('intake.stepOf', { step: step + 1, steps: INTAKE_STEPS.length })}</span>{' '}
          <span>{t(`intake.steps.${current}`)}</span>
        </h2>
        <ErrorSummary submission={submission} />
        {current === 'people' && (
          <MemberRows
            voice="family"
            rows={draft.members}
            onChange={(members) => change({ members })}
            fieldErrors={fieldErrors}
            focusKey={focusKey}
            onAdded={setFocusKey}
          />
        )}
        {current === 'languages' && <LanguagesField {...section} />}
        {current === 'needs' && <NeedsFields {...section} />}
        {current === 'place' && <PlaceFields {...section} />}
        {current === 'when' && <WhenFields {...section} />}
        {current === 'contact' && <ContactFields {...section} />}
        {current === 'review' && (
          <>
            <p>{t('intake.reviewIntro')}</p>
            <IntakeReview draft={draft} onChangeStep={goTo} />
          </>
        )}
        {saved && <StatusMessage>{t('intake.saved', { date: formatDateTime(expiresAt, language) })}</StatusMessage>}
        <div className="wizard__actions">
          {step > 0 && (
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => goTo(step - 1)}>
              {t('intake.back')}
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={busy}>
            {current === 'review' ? (action === 'send' ? t('intake.sending') : t('intake.send')) : t('intake.next')}
          </button>
        </div>
        <p>
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void send('save')}>
            {action === 'save' ? t('intake.saving') : t('intake.saveLater')}
          </button>
        </p>
      </form>
    </div>
  );
}
