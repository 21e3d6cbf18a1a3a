import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, LoadProblem, LoadingMessage, StatusMessage } from '../../../components/feedback';
import { PageTitle } from '../../../components/layout';
import { formatDate, formatDateTime, isolate } from '../../../lib/i18n';
import { usePlacementChanged, usePlacementQuery } from '../api/placements-queries';
import { formatList } from '../format-list';
import { CASEWORKER_PLACEMENTS_PATH, familyPath, hostPath } from '../paths';
import type { Placement } from '../types';
import { OverdueLabel } from './OverdueLabel';
import { PlacementActions } from './PlacementActions';
import { PlacementStatusLabel } from './PlacementStatusLabel';
import { PlacementTimeline } from './PlacementTimeline';

type Notice = { kind: 'done' | 'refused'; text: string } | null;

/** One placement for a caseworker: where it stands, the override if any, what to do next, what happened. */
export function PlacementDetailView({ placementId, approved = false }: { placementId: string; approved?: boolean }) {
  const { t } = useTranslation();
  const { data: placement, error, refetch } = usePlacementQuery(placementId);
  const placementChanged = usePlacementChanged();
  const [notice, setNotice] = useState<Notice>(() =>
    approved ? { kind: 'done', text: t('placements.detail.approved') } : null,
  );

  const backLink = (
    <p>
      <Link to={CASEWORKER_PLACEMENTS_PATH}>{t('placements.detail.backToList')}</Link>
    </p>
  );

  if (!placement) {
    return (
      <div className="stack">
        {backLink}
        <PageTitle>{t('placements.detail.title')}</PageTitle>
        {error ? <LoadProblem error={error} onRetry={() => void refetch()} /> : <LoadingMessage />}
      </div>
    );
  }

  return (
    <div className="stack">
      {backLink}
      <PageTitle>
        {t('placements.detail.heading', {
          reference: isolate(placement.familyReference),
          title: isolate(placement.offerTitle),
        })}
      </PageTitle>
      {notice?.kind === 'done' && <StatusMessage>{notice.text}</StatusMessage>}
      {notice?.kind === 'refused' && <ErrorAlert>{notice.text}</ErrorAlert>}
      <PlacementSummary placement={placement} />
      {placement.override && <OverrideBox placement={placement} />}
      <PlacementActions
        key={`${placement.status}-${placement.updatedAt}`}
        placement={placement}
        onDone={({ placement: next, notice: text }) => {
          void placementChanged(next.id, next);
          setNotice({ kind: 'done', text });
        }}
        onRefused={() => {
          setNotice({ kind: 'refused', text: t('placements.actions.refused') });
          void placementChanged(placementId);
        }}
      />
      <PlacementTimeline placement={placement} />
    </div>
  );
}

function PlacementSummary({ placement }: { placement: Placement }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <section className="card" aria-labelledby="placement-summary-title">
      <h2 id="placement-summary-title">{t('placements.detail.summaryTitle')}</h2>
      <dl className="details">
        <dt>{t('placements.detail.status')}</dt>
        <dd>
          <PlacementStatusLabel status={placement.status} />
        </dd>
        <dt>{t('placements.detail.family')}</dt>
        <dd>
          <Link to={familyPath(placement.familyId)}>
            <bdi className="reference">{placement.familyReference}</bdi>
          </Link>
        </dd>
        <dt>{t('placements.detail.offer')}</dt>
        <dd>
          <bdi>{placement.offerTitle}</bdi>
          {placement.offerPlace ? (
            <>
              {' '}
              (<bdi>{placement.offerPlace}</bdi>)
            </>
          ) : null}{' '}
          <Link to={hostPath(placement.hostId)}>{t('placements.detail.hostLink')}</Link>
        </dd>
        <dt>{t('placements.detail.approvedAt')}</dt>
        <dd>{formatDateTime(placement.approvedAt, language)}</dd>
        {placement.answerDueAt && (
          <>
            <dt>{t('placements.detail.answerDue')}</dt>
            <dd>
              {formatDateTime(placement.answerDueAt, language)}
              {placement.remindedAt ? <> {t('placements.detail.reminded')}</> : null}
            </dd>
          </>
        )}
        {placement.moveInDate && (
          <>
            <dt>{t('placements.detail.moveIn')}</dt>
            <dd>{formatDate(placement.moveInDate, language)}</dd>
          </>
        )}
        {placement.nextCheckInDue && (
          <>
            <dt>{t('placements.detail.nextCheckIn')}</dt>
            <dd className={placement.checkInOverdue ? 'overdue' : undefined}>
              {formatDate(placement.nextCheckInDue, language)}
              {placement.checkInOverdue ? (
                <>
                  {' '}
                  <OverdueLabel />
                </>
              ) : null}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** An approval that broke H10–H12 on purpose: in red, and said in words as well. */
function OverrideBox({ placement }: { placement: Placement }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const override = placement.override;
  if (!override) return null;
  return (
    <section className="override-box" aria-labelledby="placement-override-title">
      <h2 id="placement-override-title" className="override-box__label">
        <span className="alert__icon" aria-hidden="true">
          !
        </span>
        {t('placements.detail.override')}
      </h2>
      <p>{t('placements.detail.overrideRules', { rules: formatList(override.rules, language) })}</p>
      {override.reason && (
        <>
          <p className="override-box__reason-label">{t('placements.detail.overrideReason')}</p>
          <p className="preserve-lines">{override.reason}</p>
        </>
      )}
    </section>
  );
}
