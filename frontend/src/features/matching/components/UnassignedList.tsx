import { useId, useState } from 'react';
import { Link } from 'react-router';
import { LoadProblem, LoadingMessage } from '../../../components/feedback';
import { isApiError } from '../../../lib/api';
import { useUnassignedQuery, useWhyUnassignedQuery } from '../api/matching-queries';
import { familyPath } from '../paths';
import type { UnassignedFamily } from '../types';
import { RuleReason, UrgencyLabel, WaitingTime } from './parts';
import { useFormat } from './use-format';

/** The families a run left without an offer, each with a "Why?" that asks the server. */
export function UnassignedList({ runId }: { runId: string }) {
  const { t } = useFormat();
  const titleId = useId();
  const { data, isPending: loading, error, refetch } = useUnassignedQuery(runId);

  return (
    <section className="stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('matching.unassigned.title')}</h2>
      {error ? <LoadProblem error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <LoadingMessage /> : null}
      {data ? (
        data.length === 0 ? (
          <p>{t('matching.unassigned.none')}</p>
        ) : (
          <>
            <p>{t('matching.unassigned.intro', { count: data.length })}</p>
            <ul className="unassigned-list" aria-labelledby={titleId}>
              {data.map((family) => (
                <UnassignedItem key={family.familyId} runId={runId} family={family} />
              ))}
            </ul>
          </>
        )
      ) : null}
    </section>
  );
}

function UnassignedItem({ runId, family }: { runId: string; family: UnassignedFamily }) {
  const { t } = useFormat();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <li className="unassigned">
      <p className="unassigned__summary">
        <Link to={familyPath(family.familyId)}>
          <bdi>{family.reference}</bdi>
        </Link>
        <span>{t('matching.family.people', { count: family.size })}</span>
        <UrgencyLabel urgency={family.urgency} />
        {family.waitingDays === null ? null : (
          <span>
            <WaitingTime days={family.waitingDays} />
          </span>
        )}
      </p>
      <p>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={() => setOpen((wasOpen) => !wasOpen)}
        >
          {t('matching.unassigned.why')} <span className="visually-hidden">({family.reference})</span>
        </button>
      </p>
      {open ? (
        <div id={panelId}>
          <WhyUnassignedPanel runId={runId} familyId={family.familyId} />
        </div>
      ) : null}
    </li>
  );
}

function WhyUnassignedPanel({ runId, familyId }: { runId: string; familyId: string }) {
  const { t, distance } = useFormat();
  const { data, isFetching: loading, error, refetch } = useWhyUnassignedQuery(runId, familyId);
  // The server explains only families still waiting for matching (READY).
  if (isApiError(error) && error.status === 404) return <p>{t('matching.unassigned.notWaiting')}</p>;
  if (error) return <LoadProblem error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <LoadingMessage />;
  if (data.offers.length === 0) return <p>{t('matching.unassigned.noOffers')}</p>;
  return (
    <div className="why stack">
      <p>{t('matching.unassigned.nearest')}</p>
      <ul className="why__offers">
        {data.offers.map((offer) => (
          <li key={offer.offerId} className="why__offer">
            <p className="why__offer-title">
              <bdi>{offer.title}</bdi>
              {' · '}
              <bdi>{offer.place}</bdi>
              {' · '}
              {distance(offer.distanceKm)}
            </p>
            <ul>
              {offer.reasons.map((reason, index) => (
                <li key={`${reason.rule}-${index}`}>
                  <RuleReason rule={reason.rule} text={reason.text} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
