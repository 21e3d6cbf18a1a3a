import { useId, useState } from 'react';
import { Link } from 'react-router';
import { LoadProblem, LoadingMessage } from '../../../components/feedback';
import { Pagination } from '../../../components/layout';
import { isApiError } from '../../../lib/api';
import { LIST_PAGE_SIZE } from '../api/matching-api';
import { useUnassignedQuery, useWhyUnassignedQuery } from '../api/matching-queries';
import { familyPath } from '../paths';
import type { UnassignedFamily } from '../types';
import { Disclosure } from './Disclosure';
import { ListFilters, type UrgencyAndText } from './ListFilters';
import { RuleReason, UrgencyLabel, WaitingTime } from './parts';
import { useDebounced } from './use-debounced';
import { useFormat } from './use-format';

type UnassignedQuery = UrgencyAndText;
const ANY: UnassignedQuery = { urgency: '', q: '', page: 0 };

/**
 * The families a run left without an offer, a page at a time (a run at 10,000 families may leave
 * thousands), each with a "Why?" that asks the server.
 */
export function UnassignedList({ runId }: { runId: string }) {
  const { t } = useFormat();
  const titleId = useId();
  const [query, setQuery] = useState<UnassignedQuery>(ANY);
  const q = useDebounced(query.q.trim());
  const { urgency, page } = query;
  const { data, isPending: loading, error, refetch } = useUnassignedQuery(runId, { urgency, q, page });
  const filtered = urgency !== '' || query.q.trim() !== '';
  const totalPages = data ? Math.ceil(data.total / LIST_PAGE_SIZE) : 0;

  return (
    <Disclosure
      title={t('matching.unassigned.title')}
      titleId={titleId}
      summary={data && !filtered ? t('matching.unassigned.count', { count: data.total }) : undefined}
    >
      {error ? <LoadProblem error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <LoadingMessage /> : null}
      {data && data.total === 0 && !filtered ? <p>{t('matching.unassigned.none')}</p> : null}
      {data && (data.total > 0 || filtered) ? (
        <>
          <ListFilters
            label={t('matching.unassigned.filtersTitle')}
            namePrefix="unassigned-"
            searchHelp={t('matching.unassigned.searchHelp')}
            query={query}
            onChange={setQuery}
            onClear={() => setQuery(ANY)}
          />
          <p className="result-count" aria-live="polite">
            {filtered
              ? t('matching.unassigned.matching', { count: data.total })
              : t('matching.unassigned.intro', { count: data.total })}
          </p>
          {data.items.length > 0 ? (
            <ul className="unassigned-list" aria-labelledby={titleId}>
              {data.items.map((family) => (
                <UnassignedItem key={family.familyId} runId={runId} family={family} />
              ))}
            </ul>
          ) : (
            <p>{t('matching.unassigned.noneMatch')}</p>
          )}
          <Pagination
            page={Math.min(page, Math.max(totalPages - 1, 0))}
            totalPages={totalPages}
            onPageChange={(next) => setQuery({ ...query, page: next })}
          />
        </>
      ) : null}
    </Disclosure>
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

/**
 * Why the run left the family out, checked against today's families and offers (the server says
 * so: a run keeps no copy of what it read), labelled as such; "given to another family" is the run's.
 */
function WhyUnassignedPanel({ runId, familyId }: { runId: string; familyId: string }) {
  const { t, distance, dateTime } = useFormat();
  const { data, isFetching: loading, error, refetch } = useWhyUnassignedQuery(runId, familyId);
  // The server explains only families still waiting for matching (READY).
  if (isApiError(error) && error.status === 404) return <p>{t('matching.unassigned.notWaiting')}</p>;
  if (error) return <LoadProblem error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <LoadingMessage />;
  return (
    <div className="why stack">
      <p className="data-used">
        <strong>{t('matching.dataUsed.label')}</strong>{' '}
        {t('matching.dataUsed.today', { when: dateTime(data.checkedAt) })}
      </p>
      <p>{data.offers.length === 0 ? t('matching.unassigned.noOffers') : t('matching.unassigned.nearest')}</p>
      <ul className="why__offers" hidden={data.offers.length === 0}>
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
                  <RuleReason line={reason} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
