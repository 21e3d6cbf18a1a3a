import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { InfoMessage } from '../../../../components/feedback';
import { ErrorSummary, todayIso, useFormSubmission } from '../../../../components/form';
import { isApiError } from '../../../../lib/api';
import { readDraft, removeDraft, writeDraft } from '../../../../lib/drafts';
import { WizardSteps } from '../../../../components/layout';
import { createOffer, lookUpLocation, updateOffer } from '../../api/host-api';
import { useOwnRecordsChanged } from '../../api/hosts-queries';
import type { LocationPrecision, Offer, OfferRequestStatus } from '../../types';
import { AreaNotice } from './AreaNotice';
import { DatesStep, PlaceStep, SpaceStep, SuitsStep } from './OfferSteps';
import {
  EMPTY_DRAFT,
  OFFER_FIELDS,
  STEPS,
  draftOfOffer,
  isOfferDraft,
  locationQuery,
  requestOf,
  stepOfField,
  validateStep,
  type OfferDraft,
} from './offer-form-state';
import { ReviewStep } from './ReviewStep';

type OfferWizardProps = {
  /** The offer being changed; none for a new one. */
  offer?: Offer;
  onSaved: (offer: Offer, status: OfferRequestStatus) => void;
};

/**
 * What the lookup found for `query`. For a saved offer it is what the server stored (precision null
 * for offers saved before it was recorded) and `saved` is true: its host already chose to keep it,
 * so the area notice waits until the location is looked up again.
 */
type FoundArea = { query: string; label: string; precision: LocationPrecision | null; saved: boolean };

const LAST_STEP = STEPS.length - 1;

/**
 * The unsaved answers kept for this tab (see lib/drafts): the host's own offer, no family's data.
 * `base` is when the offer being changed was last saved, so answers kept for an older version of
 * it are not laid over a newer one.
 */
type KeptOffer = { draft: OfferDraft; base: string | null; found: FoundArea | null };

function isFoundArea(value: unknown): value is FoundArea {
  if (!value || typeof value !== 'object') return false;
  const { query, label, saved } = value as Partial<FoundArea>;
  return typeof query === 'string' && typeof label === 'string' && typeof saved === 'boolean';
}

function isKeptOffer(value: unknown): value is KeptOffer {
  if (!value || typeof value !== 'object') return false;
  const { draft, base, found } = value as Partial<KeptOffer>;
  return isOfferDraft(draft) && (base === null || typeof base === 'string') && (found === null || isFoundArea(found));
}

/** The step the address asks for (?step=space); the first step has none, as the wizard opens. */
function stepOfSearch(search: URLSearchParams): number {
  const index = STEPS.findIndex(({ id }) => id === search.get('step'));
  return Math.max(0, index);
}

/**
 * "Offer a room" as five short steps, so a first-time host on a phone can finish it in a few
 * minutes: each step is checked before Next, the last one shows every answer, and the host
 * publishes or keeps a draft. An error the server finds takes the host back to its step.
 *
 * Each step is its own address (?step=…), so the browser's Back and Forward move between steps
 * rather than out of the wizard; the answers not yet saved are kept for this tab and come back
 * after a reload, until the host saves or discards them.
 */
export function OfferWizard({ offer, onSaved }: OfferWizardProps) {
  const { offersChanged } = useOwnRecordsChanged();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isNew = !offer;
  const keptKey = offer ? `offer.${offer.id}` : 'offer.new';
  const base = offer?.updatedAt ?? null;
  // What was kept, with the location as it was looked up (the review names its area).
  const [keptOffer] = useState(() => {
    const stored = readDraft(keptKey, isKeptOffer);
    return stored && stored.base === base ? stored : null;
  });
  const kept = keptOffer?.draft ?? null;
  // The answers live in react-hook-form; each step is checked against the offer's one schema
  // (offerSchema, through validateStep) before Next, and every step again before saving.
  const form = useForm<OfferDraft>({ defaultValues: kept ?? (offer ? draftOfOffer(offer) : EMPTY_DRAFT) });
  const draft = useWatch({ control: form.control }) as OfferDraft;
  const { isDirty } = form.formState;
  const [searchParams, setSearchParams] = useSearchParams();
  const step = stepOfSearch(searchParams);
  const [checkingLocation, setCheckingLocation] = useState(false);
  const [found, setFound] = useState<FoundArea | null>(() =>
    keptOffer
      ? keptOffer.found
      : offer?.locationLabel
        ? {
            query: locationQuery(draftOfOffer(offer)),
            label: offer.locationLabel,
            precision: offer.locationPrecision,
            saved: true,
          }
        : null,
  );
  const [saving, setSaving] = useState<OfferRequestStatus | null>(null);
  const submission = useFormSubmission({ fields: OFFER_FIELDS });
  const { fieldErrors } = submission;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const areaNoticeRef = useRef<HTMLDivElement>(null);
  // Focus moves once the next render shows what it should move to.
  const focusAreaNotice = useRef(false);
  const focusPlaceField = useRef(false);
  const firstRender = useRef(true);
  // The step an error took the host to: the error summary has the focus there, not the heading.
  const stepOfErrors = useRef<number | null>(null);
  // Saved or discarded: nothing is kept any more, even if the page renders once more on its way out.
  const finished = useRef(false);
  const current = STEPS[step]!;
  const foundNow = found?.query === locationQuery(draft) ? found : null;
  const approximate = foundNow?.precision === 'AREA';
  const { reset: clearErrors } = submission;

  // A new step (Next, Back, a "Change" link or the browser's own buttons) is announced by moving
  // focus to its heading, and the last step's errors go with it (not on first load).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (stepOfErrors.current === step) {
      stepOfErrors.current = null;
      return;
    }
    clearErrors();
    headingRef.current?.focus();
  }, [step, clearErrors]);

  // Answers the host has changed are kept for this tab until they are saved or discarded.
  useEffect(() => {
    if (finished.current || !(isDirty || kept)) return;
    writeDraft(keptKey, { draft, base, found } satisfies KeptOffer);
  }, [base, draft, found, isDirty, kept, keptKey]);

  // Next stayed on this step to show the notice: take the host (and a screen reader) to it.
  useEffect(() => {
    if (!focusAreaNotice.current || !areaNoticeRef.current) return;
    focusAreaNotice.current = false;
    areaNoticeRef.current.focus();
  }, [found]);

  // The notice's button replaced the postcode field with the place field: continue there.
  useEffect(() => {
    if (!focusPlaceField.current) return;
    focusPlaceField.current = false;
    const field = formRef.current?.elements.namedItem('place');
    if (field instanceof HTMLInputElement) field.focus();
  }, [draft.locationKind]);

  function change(next: Partial<OfferDraft>) {
    for (const [name, value] of Object.entries(next) as [keyof OfferDraft, OfferDraft[keyof OfferDraft]][]) {
      form.setValue(name, value, { shouldDirty: true });
    }
  }

  /** Moves to a step as a new entry of the browser's history, so Back returns to this one. */
  function goTo(next: number) {
    const index = Math.max(0, Math.min(LAST_STEP, next));
    if (index === step) return;
    setSearchParams(
      (previous) => {
        const search = new URLSearchParams(previous);
        if (index === 0) search.delete('step');
        else search.set('step', STEPS[index]!.id);
        return search;
      },
      { preventScrollReset: true },
    );
  }

  /** Shows the step with errors found on saving; the error summary keeps the focus. */
  function showErrorsOn(index: number) {
    if (index !== step) stepOfErrors.current = index;
    goTo(index);
  }

  function discard() {
    finished.current = true;
    removeDraft(keptKey);
    void navigate('/host/offers');
  }

  function switchToPlaceName() {
    focusPlaceField.current = true;
    change({ locationKind: 'place' });
  }

  /**
   * Finds the postcode or place before leaving step 1, so a typo is caught where it was made.
   * Returns false when it is not found, and the first time it is found only roughly (AREA), so the
   * host sees the notice; Next again goes on with it. Any other failure lets the host go on: the
   * server checks the location again when the offer is saved.
   */
  async function checkLocation(): Promise<boolean> {
    const query = locationQuery(draft);
    if (found?.query === query) return true;
    setCheckingLocation(true);
    try {
      const result = await lookUpLocation(query);
      setFound({ query, label: result.label, precision: result.precision, saved: false });
      if (result.precision === 'AREA') {
        focusAreaNotice.current = true;
        return false;
      }
      return true;
    } catch (error) {
      setFound(null);
      if (isApiError(error) && (error.is('not-found') || error.is('validation-failed'))) {
        submission.showClientErrors({ [draft.locationKind]: 'validation.locationNotFound' });
        return false;
      }
      return true;
    } finally {
      setCheckingLocation(false);
    }
  }

  async function handleNext(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step === LAST_STEP) return; // the review step saves with its own two buttons
    if (submission.showClientErrors(validateStep(current.id, draft, { isNew }))) return;
    if (current.id === 'place' && !(await checkLocation())) return;
    goTo(step + 1);
  }

  async function save(status: OfferRequestStatus) {
    // Every step again: the host may have come straight here with "Change" links.
    for (const [index, { id }] of STEPS.entries()) {
      const errors = validateStep(id, draft, { isNew });
      if (Object.keys(errors).length > 0) {
        showErrorsOn(index);
        submission.showClientErrors(errors);
        return;
      }
    }
    setSaving(status);
    let failure: unknown = null;
    const ok = await submission.run(async () => {
      try {
        const request = requestOf(draft, status);
        const stored = offer ? await updateOffer(offer.id, request) : await createOffer(request);
        finished.current = true;
        removeDraft(keptKey);
        void offersChanged(stored);
        onSaved(stored, status);
      } catch (error) {
        failure = error;
        throw error;
      }
    });
    setSaving(null);
    if (!ok && isApiError(failure)) {
      const steps = Object.keys(failure.fieldErrors)
        .map(stepOfField)
        .filter((index): index is number => index !== null);
      if (steps.length > 0) showErrorsOn(Math.min(...steps));
    }
  }

  const stepTitle = t(`offerForm.steps.${current.id}`);
  const busy = submission.busy || checkingLocation;

  return (
    <div className="wizard stack">
      <WizardSteps
        label={t('offerForm.progressLabel')}
        names={STEPS.map(({ id }) => t(`offerForm.steps.${id}`))}
        current={step}
      />
      <form className="form wizard__form" noValidate onSubmit={handleNext} ref={formRef}>
        <h2 className="wizard__title" ref={headingRef} tabIndex={-1}>
          <span className="wizard__count">{t('offerForm.stepOf', { step: step + 1, steps: STEPS.length })}</span>{' '}
          <span>{stepTitle}</span>
        </h2>
        <ErrorSummary submission={submission} />
        {kept && !isDirty && <InfoMessage>{t('offerForm.restored')}</InfoMessage>}
        {current.id === 'place' && (
          <PlaceStep
            draft={draft}
            change={change}
            fieldErrors={fieldErrors}
            locationNotice={
              foundNow && approximate && !foundNow.saved ? (
                <AreaNotice
                  ref={areaNoticeRef}
                  area={foundNow.label}
                  onUsePlaceName={draft.locationKind === 'postcode' ? switchToPlaceName : undefined}
                />
              ) : null
            }
          />
        )}
        {current.id === 'space' && <SpaceStep draft={draft} change={change} fieldErrors={fieldErrors} />}
        {current.id === 'suits' && <SuitsStep draft={draft} change={change} fieldErrors={fieldErrors} />}
        {current.id === 'dates' && (
          <DatesStep draft={draft} change={change} fieldErrors={fieldErrors} minDate={isNew ? todayIso() : undefined} />
        )}
        {current.id === 'review' && (
          <ReviewStep draft={draft} area={foundNow && { label: foundNow.label, approximate }} onChangeStep={goTo} />
        )}
        {current.id === 'review' ? (
          <div className="stack">
            <p className="form__note">{t('offerForm.publishHelp')}</p>
            <div className="wizard__actions">
              <button type="button" className="button button--secondary" onClick={() => goTo(step - 1)} disabled={busy}>
                {t('offerForm.back')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => void save('DRAFT')}
              >
                {saving === 'DRAFT' ? t('offerForm.saving') : t('offerForm.saveDraft')}
              </button>
              <button
                type="button"
                className="button button--primary"
                disabled={busy}
                onClick={() => void save('AVAILABLE')}
              >
                {saving === 'AVAILABLE' ? t('offerForm.publishing') : t('offerForm.publish')}
              </button>
            </div>
          </div>
        ) : (
          <div className="wizard__actions">
            {step > 0 && (
              <button type="button" className="button button--secondary" onClick={() => goTo(step - 1)} disabled={busy}>
                {t('offerForm.back')}
              </button>
            )}
            <button type="submit" className="button button--primary" disabled={busy}>
              {checkingLocation ? t('offerForm.checkingLocation') : t('offerForm.next')}
            </button>
          </div>
        )}
      </form>
      <p>
        <button type="button" className="button button--link" onClick={discard} disabled={busy}>
          {isNew ? t('offerForm.discardNew') : t('offerForm.discardChanges')}
        </button>
      </p>
    </div>
  );
}
