import type { TFunction } from 'i18next';
import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CheckboxField,
  ErrorSummary,
  RadioGroup,
  SubmitButton,
  TextAreaField,
  TextField,
  collectErrors,
  isIsoDate,
  textValue,
  todayIso,
  useFormSubmission,
  type FormSubmission,
  type ValidationKey,
} from '../../../components/form';
import { isApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/i18n';
import { confirmPlacement, endPlacement, recordCheckIn, recordMoveIn } from '../api/placements-api';
import { Revealed } from './Revealed';
import { END_REASONS, WELLBEINGS, isLive, type EndReason, type Placement, type Wellbeing } from '../types';

const NOTE_MAX = 2000;
const CHECK_IN_NOTE_MAX = 8000;

export type ActionResult = { placement: Placement; notice: string };

type ActionProps = {
  placement: Placement;
  onDone: (result: ActionResult) => void;
  /** The server refused the step (409): the placement moved on meanwhile; the page reloads it. */
  onRefused: () => void;
};

/**
 * What a caseworker can do next, for this placement's status only: confirm (HOST_ACCEPTED),
 * record the move-in (CONFIRMED), record a check-in (MOVED_IN), and end it (any live status).
 */
export function PlacementActions(props: ActionProps) {
  const { t } = useTranslation();
  const { status } = props.placement;
  return (
    <section className="card stack" aria-labelledby="placement-actions-title">
      <h2 id="placement-actions-title">{t('placements.actions.title')}</h2>
      <p>{t(`placements.actions.next.${status}`)}</p>
      {status === 'HOST_ACCEPTED' && <ConfirmAction {...props} />}
      {status === 'CONFIRMED' && <MoveInForm {...props} />}
      {status === 'MOVED_IN' && <CheckInForm {...props} />}
      {isLive(status) && <EndAction {...props} />}
    </section>
  );
}

/**
 * The date rules of these forms, worded for them: the server says `date-not-past` for a date
 * after today and `date-before-start` for one before the move-in.
 */
function useDateWording(moveInDate: string | null) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useCallback(
    (code: string | undefined, t: TFunction): string | null => {
      if (code === 'date-not-past') return t('placements.actions.dateNotFuture');
      if (code === 'date-before-start') {
        return moveInDate
          ? t('placements.actions.dateBeforeMoveIn', { date: formatDate(moveInDate, language) })
          : t('placements.actions.dateBeforeStart');
      }
      return null;
    },
    [language, moveInDate],
  );
}

function refusedAlert(error: unknown, t: TFunction): string | null {
  return isApiError(error) && error.is('conflict') ? t('placements.actions.refused') : null;
}

/**
 * Runs a step through the form (busy, errors) and resolves to the placement it returned, or null
 * when it failed. A 409 also tells the page, which reloads the placement to show where it stands.
 */
async function runStep(form: FormSubmission, step: () => Promise<Placement>, onRefused: () => void) {
  const result: { placement?: Placement } = {};
  const ok = await form.run(async () => {
    try {
      result.placement = await step();
    } catch (error) {
      if (isApiError(error) && error.is('conflict')) onRefused();
      throw error;
    }
  });
  return ok ? (result.placement ?? null) : null;
}

/**
 * A past or present date: required, real, and not after today. A date before the move-in is left
 * to the server (the date input's `min` already steers the picker away from it).
 */
function pastDateError(value: string): ValidationKey | undefined {
  if (value.trim() === '') return 'validation.required';
  if (!isIsoDate(value)) return 'validation.date';
  return value > todayIso() ? 'validation.dateNotFuture' : undefined;
}

function DateField({ label, error, min }: { label: string; error: string | undefined; min?: string | null }) {
  return (
    <TextField
      label={label}
      name="date"
      type="date"
      className="field__input--date"
      defaultValue={todayIso()}
      max={todayIso()}
      {...(min ? { min } : {})}
      error={error}
      required
    />
  );
}

function ConfirmAction({ placement, onDone, onRefused }: ActionProps) {
  const { t } = useTranslation();
  const form = useFormSubmission({ fields: [], alertFor: refusedAlert });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = await runStep(form, () => confirmPlacement(placement.id), onRefused);
    if (next) onDone({ placement: next, notice: t('placements.actions.confirmed') });
  }

  return (
    <form className="form stack" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <ErrorSummary submission={form} />
      <p className="field__help">{t('placements.actions.confirmHelp')}</p>
      <p>
        <SubmitButton busy={form.busy} busyLabel={t('placements.saving')}>
          {t('placements.actions.confirm')}
        </SubmitButton>
      </p>
    </form>
  );
}

function MoveInForm({ placement, onDone, onRefused }: ActionProps) {
  const { t } = useTranslation();
  const form = useFormSubmission({ fields: ['date'], alertFor: refusedAlert, codeWording: useDateWording(null) });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const date = textValue(event.currentTarget, 'date');
    if (form.showClientErrors(collectErrors({ date: pastDateError(date) }))) return;
    const next = await runStep(form, () => recordMoveIn(placement.id, { date }), onRefused);
    if (next) onDone({ placement: next, notice: t('placements.actions.movedIn') });
  }

  return (
    <form
      className="form stack"
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
      aria-labelledby="move-in-title"
    >
      <h3 id="move-in-title">{t('placements.actions.moveInTitle')}</h3>
      <ErrorSummary submission={form} />
      <DateField label={t('placements.actions.moveInDate')} error={form.fieldErrors.date} />
      <p>
        <SubmitButton busy={form.busy} busyLabel={t('placements.saving')}>
          {t('placements.actions.recordMoveIn')}
        </SubmitButton>
      </p>
    </form>
  );
}

function CheckInForm({ placement, onDone, onRefused }: ActionProps) {
  const { t } = useTranslation();
  const [wellbeing, setWellbeing] = useState<Wellbeing | ''>('');
  const [formKey, setFormKey] = useState(0);
  const form = useFormSubmission({
    fields: ['date', 'wellbeing', 'note'],
    alertFor: refusedAlert,
    codeWording: useDateWording(placement.moveInDate),
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const date = textValue(event.currentTarget, 'date');
    const note = textValue(event.currentTarget, 'note').trim();
    const errors = collectErrors({
      date: pastDateError(date),
      wellbeing: wellbeing ? undefined : 'validation.choose',
    });
    if (form.showClientErrors(errors) || !wellbeing) return;
    const next = await runStep(
      form,
      () => recordCheckIn(placement.id, { date, wellbeing, note: note || null }),
      onRefused,
    );
    if (next) {
      setWellbeing('');
      setFormKey((key) => key + 1); // an empty form for the next check-in
      onDone({ placement: next, notice: t('placements.actions.checkedIn') });
    }
  }

  return (
    <form
      key={formKey}
      className="form stack"
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
      aria-labelledby="check-in-title"
    >
      <h3 id="check-in-title">{t('placements.actions.checkInTitle')}</h3>
      <ErrorSummary submission={form} />
      <DateField label={t('placements.actions.checkInDate')} error={form.fieldErrors.date} min={placement.moveInDate} />
      <RadioGroup
        legend={t('placements.actions.wellbeing')}
        name="wellbeing"
        options={WELLBEINGS.map((value) => ({ value, label: t(`placements.wellbeing.${value}`) }))}
        value={wellbeing}
        onChange={(value) => setWellbeing(WELLBEINGS.find((candidate) => candidate === value) ?? '')}
        error={form.fieldErrors.wellbeing}
      />
      <TextAreaField
        label={t('placements.actions.checkInNote')}
        name="note"
        help={t('placements.actions.checkInNoteHelp')}
        error={form.fieldErrors.note}
        maxLength={CHECK_IN_NOTE_MAX}
      />
      <p>
        <SubmitButton busy={form.busy} busyLabel={t('placements.saving')}>
          {t('placements.actions.recordCheckIn')}
        </SubmitButton>
      </p>
    </form>
  );
}

function EndAction(props: ActionProps) {
  const { t } = useTranslation();
  return (
    <Revealed label={t('placements.actions.endOpen')}>{(close) => <EndForm {...props} onCancel={close} />}</Revealed>
  );
}

function EndForm({ placement, onDone, onRefused, onCancel }: ActionProps & { onCancel: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [reason, setReason] = useState<EndReason | ''>('');
  const form = useFormSubmission({
    fields: ['date', 'reason', 'note'],
    alertFor: refusedAlert,
    codeWording: useDateWording(placement.moveInDate),
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const date = textValue(data, 'date');
    const note = textValue(data, 'note').trim();
    const rematch = data.get('rematch') === 'on';
    const errors = collectErrors({
      date: pastDateError(date),
      reason: reason ? undefined : 'validation.choose',
    });
    if (form.showClientErrors(errors) || !reason) return;
    const next = await runStep(
      form,
      () => endPlacement(placement.id, { date, reason, note: note || null, rematch }),
      onRefused,
    );
    if (next) {
      onDone({
        placement: next,
        notice: t(rematch ? 'placements.actions.endedRematch' : 'placements.actions.endedClosed'),
      });
    }
  }

  return (
    <form
      className="form stack confirm"
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
      aria-labelledby={titleId}
    >
      <h3 id={titleId}>{t('placements.actions.endTitle')}</h3>
      <ErrorSummary submission={form} />
      <DateField label={t('placements.actions.endDate')} error={form.fieldErrors.date} min={placement.moveInDate} />
      <RadioGroup
        legend={t('placements.actions.endReason')}
        name="reason"
        options={END_REASONS.map((value) => ({
          value,
          label: t(`placements.endReasons.${value}`),
          ...(value === 'SAFEGUARDING' ? { help: t('placements.actions.safeguardingHelp') } : {}),
        }))}
        value={reason}
        onChange={(value) => setReason(END_REASONS.find((candidate) => candidate === value) ?? '')}
        error={form.fieldErrors.reason}
      />
      <TextAreaField
        label={t('placements.actions.endNote')}
        name="note"
        help={t('placements.actions.endNoteHelp')}
        error={form.fieldErrors.note}
        maxLength={NOTE_MAX}
      />
      <CheckboxField
        label={t('placements.actions.rematch')}
        name="rematch"
        help={t('placements.actions.rematchHelp')}
        defaultChecked
      />
      <div className="wizard__actions">
        <button type="submit" className="button button--danger" disabled={form.busy}>
          {form.busy ? t('placements.saving') : t('placements.actions.end')}
        </button>
        <button type="button" className="button button--secondary" disabled={form.busy} onClick={onCancel}>
          {t('placements.cancel')}
        </button>
      </div>
    </form>
  );
}
