import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  CheckboxField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  collectErrors,
  isIsoDate,
  todayIso,
  useFormSubmission,
  type ValidationKey,
} from '../../../../components/form';
import { StatusMessage } from '../../../../components/feedback';
import { isApiError } from '../../../../lib/api';
import { saveVetting } from '../../api/hosts-api';
import {
  DBS_LEVELS,
  HOME_VISIT_OUTCOMES,
  STATUSES_NEEDING_NOTE,
  VETTING_STATUSES,
  type DbsLevel,
  type HomeVisitOutcome,
  type HostDetail,
  type VettingStatus,
  type VettingUpdate,
} from '../../types';

const FIELDS = [
  'identityVerified',
  'homeVisitDate',
  'homeVisitBy',
  'homeVisitOutcome',
  'dbsLevel',
  'dbsDate',
  'referencesReceived',
  'trainingDone',
  'status',
  'note',
] as const;

const NOTE_MAX = 2000;

type Draft = {
  identityVerified: boolean;
  homeVisitDate: string;
  homeVisitBy: string;
  homeVisitOutcome: HomeVisitOutcome | '';
  dbsLevel: DbsLevel;
  dbsDate: string;
  referencesReceived: boolean;
  trainingDone: boolean;
  status: VettingStatus;
  note: string;
};

function draftOf(host: HostDetail): Draft {
  const { vetting } = host;
  return {
    identityVerified: vetting.identityVerified,
    homeVisitDate: vetting.homeVisitDate ?? '',
    homeVisitBy: vetting.homeVisitBy ?? '',
    homeVisitOutcome: vetting.homeVisitOutcome ?? '',
    dbsLevel: vetting.dbsLevel,
    dbsDate: vetting.dbsDate ?? '',
    referencesReceived: vetting.referencesReceived,
    trainingDone: vetting.trainingDone,
    status: host.status,
    note: '',
  };
}

function updateOf(draft: Draft): VettingUpdate {
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    status: draft.status,
    identityVerified: draft.identityVerified,
    homeVisitDate: orNull(draft.homeVisitDate),
    homeVisitBy: orNull(draft.homeVisitBy),
    homeVisitOutcome: draft.homeVisitOutcome === '' ? null : draft.homeVisitOutcome,
    dbsLevel: draft.dbsLevel,
    dbsDate: orNull(draft.dbsDate),
    referencesReceived: draft.referencesReceived,
    trainingDone: draft.trainingDone,
    note: orNull(draft.note),
  };
}

function pastDateError(value: string, today: string): ValidationKey | undefined {
  if (value === '') return undefined;
  if (!isIsoDate(value)) return 'validation.date';
  return value > today ? 'validation.dateNotFuture' : undefined;
}

function validate(draft: Draft, currentStatus: VettingStatus): Record<string, ValidationKey> {
  const today = todayIso();
  const changesTo = draft.status !== currentStatus ? draft.status : null;
  return collectErrors({
    homeVisitDate: pastDateError(draft.homeVisitDate, today),
    dbsDate: pastDateError(draft.dbsDate, today),
    note:
      changesTo && STATUSES_NEEDING_NOTE.includes(changesTo) && draft.note.trim() === ''
        ? 'validation.noteRequired'
        : [...draft.note.trim()].length > NOTE_MAX
          ? 'validation.tooLong'
          : undefined,
  });
}

/**
 * A refused status change (409) names what stands in the way, e.g. the checks still missing
 * before approval: the server's own words follow our translated lead-in.
 */
function conflictAlert(error: unknown, t: TFunction): string | null {
  if (!isApiError(error) || !error.is('conflict')) return null;
  return [t('vetting.conflict'), error.detail].filter(Boolean).join(' ');
}

type VettingFormProps = {
  host: HostDetail;
  /** The form shows what the last save stored: say so until the caseworker changes something. */
  justSaved: boolean;
  onSaved: (host: HostDetail) => void;
};

/**
 * The caseworker's checklist for one host, and the host's vetting status. The statuses offered
 * are those the server allows next (host.nextStatuses): a new host can be approved in one save
 * once every check is recorded.
 */
export function VettingForm({ host, justSaved, onSaved }: VettingFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(host));
  const [edited, setEdited] = useState(false);
  const submission = useFormSubmission({ fields: FIELDS, alertFor: conflictAlert });
  const { fieldErrors } = submission;
  const today = todayIso();
  const nextStatuses = host.nextStatuses;
  const noteRequired = draft.status !== host.status && STATUSES_NEEDING_NOTE.includes(draft.status);
  // "Saved" and "needs correcting" never show together: the confirmation is about the last save,
  // and goes as soon as the caseworker changes an answer or tries again.
  const showSaved = justSaved && !edited && !submission.alert && submission.failures === 0;

  function change(next: Partial<Draft>) {
    setEdited(true);
    setDraft((previous) => ({ ...previous, ...next }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submission.showClientErrors(validate(draft, host.status))) return;
    await submission.run(async () => {
      onSaved(await saveVetting(host.id, updateOf(draft)));
    });
  }

  const statusOptions = [
    { value: host.status, label: t('vetting.keepStatus', { status: t(`vettingStatuses.${host.status}`) }) },
    ...VETTING_STATUSES.filter((status) => nextStatuses.includes(status)).map((status) => ({
      value: status,
      label: t(`vettingStatuses.${status}`),
    })),
  ];

  return (
    <form className="form form--wide" noValidate onSubmit={handleSubmit}>
      <ErrorSummary submission={submission} />
      {showSaved && <StatusMessage>{t('vetting.saved')}</StatusMessage>}
      <fieldset className="fieldset card stack">
        <legend className="fieldset__legend">{t('vetting.identity.title')}</legend>
        <CheckboxField
          label={t('vetting.identity.label')}
          name="identityVerified"
          help={t('vetting.identity.help')}
          checked={draft.identityVerified}
          onChange={(event) => change({ identityVerified: event.target.checked })}
          error={fieldErrors.identityVerified}
        />
      </fieldset>
      <fieldset className="fieldset card stack">
        <legend className="fieldset__legend">{t('vetting.homeVisit.title')}</legend>
        <TextField
          label={t('vetting.homeVisit.date')}
          name="homeVisitDate"
          type="date"
          className="field__input--date"
          max={today}
          value={draft.homeVisitDate}
          onChange={(event) => change({ homeVisitDate: event.target.value })}
          error={fieldErrors.homeVisitDate}
        />
        <TextField
          label={t('vetting.homeVisit.by')}
          name="homeVisitBy"
          autoComplete="off"
          maxLength={100}
          value={draft.homeVisitBy}
          onChange={(event) => change({ homeVisitBy: event.target.value })}
          error={fieldErrors.homeVisitBy}
        />
        <SelectField
          label={t('vetting.homeVisit.outcome')}
          name="homeVisitOutcome"
          options={[
            { value: '', label: t('vetting.homeVisit.noOutcome') },
            ...HOME_VISIT_OUTCOMES.map((outcome) => ({
              value: outcome,
              label: t(`vetting.homeVisit.outcomes.${outcome}`),
            })),
          ]}
          value={draft.homeVisitOutcome}
          onChange={(event) => change({ homeVisitOutcome: event.target.value as Draft['homeVisitOutcome'] })}
          error={fieldErrors.homeVisitOutcome}
        />
      </fieldset>
      <fieldset className="fieldset card stack">
        <legend className="fieldset__legend">{t('vetting.dbs.title')}</legend>
        <p className="field__help">{t('vetting.dbs.help')}</p>
        <SelectField
          label={t('vetting.dbs.level')}
          name="dbsLevel"
          options={DBS_LEVELS.map((level) => ({ value: level, label: t(`vetting.dbs.levels.${level}`) }))}
          value={draft.dbsLevel}
          onChange={(event) => change({ dbsLevel: event.target.value as DbsLevel })}
          error={fieldErrors.dbsLevel}
        />
        <TextField
          label={t('vetting.dbs.date')}
          name="dbsDate"
          type="date"
          className="field__input--date"
          max={today}
          value={draft.dbsDate}
          onChange={(event) => change({ dbsDate: event.target.value })}
          error={fieldErrors.dbsDate}
        />
      </fieldset>
      <fieldset className="fieldset card stack">
        <legend className="fieldset__legend">{t('vetting.otherChecks')}</legend>
        <CheckboxField
          label={t('vetting.references')}
          name="referencesReceived"
          checked={draft.referencesReceived}
          onChange={(event) => change({ referencesReceived: event.target.checked })}
          error={fieldErrors.referencesReceived}
        />
        <CheckboxField
          label={t('vetting.training')}
          name="trainingDone"
          checked={draft.trainingDone}
          onChange={(event) => change({ trainingDone: event.target.checked })}
          error={fieldErrors.trainingDone}
        />
      </fieldset>
      <fieldset className="fieldset card stack">
        <legend className="fieldset__legend">{t('vetting.statusTitle')}</legend>
        <SelectField
          label={t('vetting.status')}
          name="status"
          help={nextStatuses.length > 0 ? t('vetting.statusHelp') : t('vetting.statusFinal')}
          options={statusOptions}
          value={draft.status}
          onChange={(event) => change({ status: event.target.value as VettingStatus })}
          error={fieldErrors.status}
        />
        <TextAreaField
          label={noteRequired ? t('vetting.noteRequired') : t('vetting.note')}
          name="note"
          help={t('vetting.noteHelp')}
          rows={4}
          maxLength={NOTE_MAX}
          value={draft.note}
          onChange={(event) => change({ note: event.target.value })}
          error={fieldErrors.note}
        />
      </fieldset>
      <SubmitButton busy={submission.busy} busyLabel={t('vetting.saving')}>
        {t('vetting.save')}
      </SubmitButton>
    </form>
  );
}
