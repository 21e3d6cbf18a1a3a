import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, LoadProblem, LoadingMessage, StatusMessage } from '../../../components/feedback';
import { ErrorSummary, useFormSubmission } from '../../../components/form';
import { isApiError } from '../../../lib/api';
import { formatDate, formatDateTime, formatNumber, spokenLanguageName } from '../../../lib/i18n';
import { acceptPlacement, declinePlacement } from '../api/placements-api';
import { useHostPlacementChanged, useHostPlacementsQuery } from '../api/placements-queries';
import { formatList } from '../format-list';
import { HOST_PLACEMENTS_PATH } from '../paths';
import type { HostFamilySummary, HostPlacement } from '../types';
import { ReasonForm } from './ReasonForm';

/**
 * The families proposed to a host, newest first; one when `placementId` is given (a notification's
 * link). An offer waiting for the host's answer shows the family's minimal summary (all the API
 * gives a host) and Accept / Decline; the others say where they stand in plain words.
 */
export function HostPlacementList({ placementId }: { placementId?: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useHostPlacementsQuery();
  const hostPlacementChanged = useHostPlacementChanged();

  if (!data) return error ? <LoadProblem error={error} onRetry={() => void refetch()} /> : <LoadingMessage />;

  const shown = placementId ? data.filter((placement) => placement.id === placementId) : data;
  const replace = (next: HostPlacement) => void hostPlacementChanged(next);

  return (
    <div className="stack">
      {placementId && (
        <p>
          <Link to={HOST_PLACEMENTS_PATH}>{t('placements.host.all')}</Link>
        </p>
      )}
      {shown.length === 0 ? (
        <p>{placementId ? t('placements.host.notFound') : t('placements.host.empty')}</p>
      ) : (
        <ul className="plain-list stack">
          {shown.map((placement) => (
            <HostPlacementCard
              key={placement.id}
              placement={placement}
              onAnswered={replace}
              onRefused={() => void hostPlacementChanged()}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

type CardProps = {
  placement: HostPlacement;
  onAnswered: (placement: HostPlacement) => void;
  /** The answer came too late (already answered, or lapsed): show the list as it is now. */
  onRefused: () => void;
};

function HostPlacementCard({ placement, onAnswered, onRefused }: CardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const headingId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const [tooLate, setTooLate] = useState(false);
  const awaiting = placement.status === 'AWAITING_HOST';

  function answered(next: HostPlacement, text: string) {
    setNotice(text);
    onAnswered(next);
  }

  return (
    <li className="card stack host-placement" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <bdi>{placement.offerTitle}</bdi>
      </h2>
      {notice && <StatusMessage>{notice}</StatusMessage>}
      {tooLate && <ErrorAlert>{t('placements.host.tooLate')}</ErrorAlert>}
      <p className="host-placement__status">
        {t(`placements.host.status.${placement.status}`, {
          date: dateOf(placement, language),
        })}
      </p>
      {awaiting && (
        <>
          {placement.answerDueAt && (
            <p className="host-placement__due">
              {t('placements.host.answerBy', { date: formatDateTime(placement.answerDueAt, language) })}
            </p>
          )}
          <FamilySummary family={placement.family} />
          <HostAnswer
            placement={placement}
            onAccepted={(next) => answered(next, t('placements.host.accepted'))}
            onDeclined={(next) => answered(next, t('placements.host.declined'))}
            onRefused={() => {
              setTooLate(true);
              onRefused();
            }}
          />
        </>
      )}
      <p className="field__help">
        {t('placements.host.offeredAt', { date: formatDateTime(placement.offeredAt, language) })}
      </p>
    </li>
  );
}

/** The day the status sentence names: the move-in, or the end. */
function dateOf(placement: HostPlacement, language: string): string {
  const day = placement.status === 'ENDED' ? placement.endedOn : placement.moveInDate;
  return day ? formatDate(day, language) : '';
}

/** Only what product.md lets a host see: no names, nationality, religion, health or notes. */
function FamilySummary({ family }: { family: HostFamilySummary }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const titleId = useId();
  const languages = family.languages.map((code) => spokenLanguageName(code, language));
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{t('placements.host.summaryTitle')}</h3>
      <dl className="details">
        <dt>{t('placements.host.size')}</dt>
        <dd>{t('placements.host.people', { count: family.size })}</dd>
        <dt>{t('placements.host.members')}</dt>
        <dd>
          <ul className="plain-list">
            {family.members.map((member, index) => (
              <li key={index}>
                {t('placements.host.member', {
                  sex: member.sex ? t(`family.sexes.${member.sex}`) : t('placements.host.sexUnknown'),
                  age:
                    member.age === null
                      ? t('placements.host.ageUnknown')
                      : t('placements.host.age', { count: member.age, age: formatNumber(member.age, language) }),
                })}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('placements.host.languages')}</dt>
        <dd>{languages.length > 0 ? formatList(languages, language) : t('placements.host.noLanguages')}</dd>
        <dt>{t('placements.host.stepFree')}</dt>
        <dd>{family.needsStepFree ? t('common.yes') : t('common.no')}</dd>
        <dt>{t('placements.host.pets')}</dt>
        <dd>{family.hasPets ? t('common.yes') : t('common.no')}</dd>
        <dt>{t('placements.host.arrival')}</dt>
        <dd>{family.neededFrom ? formatDate(family.neededFrom, language) : t('placements.host.arrivalUnknown')}</dd>
      </dl>
    </section>
  );
}

type AnswerProps = {
  placement: HostPlacement;
  onAccepted: (placement: HostPlacement) => void;
  onDeclined: (placement: HostPlacement) => void;
  onRefused: () => void;
};

function lateAnswer(error: unknown, t: TFunction): string | null {
  return isApiError(error) && error.is('conflict') ? t('placements.host.tooLate') : null;
}

function HostAnswer({ placement, onAccepted, onDeclined, onRefused }: AnswerProps) {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState(false);
  const accept = useFormSubmission({ fields: [], alertFor: lateAnswer });
  const decline = useFormSubmission({ fields: ['reason'], alertFor: lateAnswer });

  async function answer(form: typeof accept, send: () => Promise<HostPlacement>, then: (next: HostPlacement) => void) {
    const result: { next?: HostPlacement } = {};
    const ok = await form.run(async () => {
      try {
        result.next = await send();
      } catch (error) {
        if (isApiError(error) && error.is('conflict')) onRefused();
        throw error;
      }
    });
    if (ok && result.next) then(result.next);
  }

  if (declining) {
    return (
      <ReasonForm
        form={decline}
        label={t('placements.host.declineReason')}
        help={t('placements.host.declineHelp')}
        submitLabel={t('placements.host.confirmDecline')}
        busyLabel={t('placements.saving')}
        onSubmit={(reason) => void answer(decline, () => declinePlacement(placement.id, reason), onDeclined)}
        onCancel={() => setDeclining(false)}
      />
    );
  }

  return (
    <div className="stack">
      <ErrorSummary submission={accept} />
      <p className="field__help">{t('placements.host.answerHelp')}</p>
      <div className="wizard__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={accept.busy}
          onClick={() => void answer(accept, () => acceptPlacement(placement.id), onAccepted)}
        >
          {accept.busy ? t('placements.saving') : t('placements.host.accept')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={accept.busy}
          onClick={() => setDeclining(true)}
        >
          {t('placements.host.decline')}
        </button>
      </div>
    </div>
  );
}
