import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import { LoadProblem, LoadingMessage } from '../../../components/feedback';
import { SelectField } from '../../../components/form';
import { Pagination } from '../../../components/layout';
import { LIST_PAGE_SIZE } from '../api/matching-api';
import { useProposalsQuery } from '../api/matching-queries';
import { PROPOSALS_ANCHOR, proposalPath } from '../paths';
import {
  DEFAULT_SORT,
  EMPTY_QUERY,
  PROPOSAL_SORTS,
  isFiltered,
  topReasons,
  type ProposalQuery,
} from '../proposal-view';
import type { Proposal } from '../types';
import { Disclosure } from './Disclosure';
import { ListFilters } from './ListFilters';
import { FamilySummary, RuleReason, UrgencyLabel } from './parts';
import { useDebounced } from './use-debounced';
import { useFormat } from './use-format';

type ProposalListProps = {
  runId: string;
  /** How many proposals the run made, whatever the filters. */
  runTotal: number;
  query: ProposalQuery;
  onQueryChange: (query: ProposalQuery) => void;
};

/**
 * A run's proposals, a page at a time: the server filters, sorts and pages (a run at 10,000
 * families makes thousands, each with its explanation).
 */
export function ProposalList({ runId, runTotal, query, onQueryChange }: ProposalListProps) {
  const { t } = useFormat();
  const titleId = useId();
  // Typing asks the server once the caseworker pauses, not at every key.
  const q = useDebounced(query.q.trim());
  const { sort, urgency, page } = query;
  const { data, isPending: loading, error, refetch } = useProposalsQuery(runId, { sort, urgency, q, page });
  const filtered = isFiltered(query);
  const totalPages = data ? Math.ceil(data.total / LIST_PAGE_SIZE) : 0;

  // Open at once when the reader came back to it (from a proposal, or to a filtered, sorted or later page).
  const location = useLocation();
  const inUse = filtered || page > 0 || sort !== DEFAULT_SORT || location.hash === `#${PROPOSALS_ANCHOR}`;
  return (
    <Disclosure
      id={PROPOSALS_ANCHOR}
      title={t('matching.proposals.title')}
      titleId={titleId}
      summary={t('matching.proposals.count', { count: runTotal })}
      initiallyOpen={inUse}
    >
      {error ? <LoadProblem error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <LoadingMessage /> : null}
      {data && data.total === 0 && !filtered ? <p>{t('matching.proposals.none')}</p> : null}
      {data && (data.total > 0 || filtered) ? (
        <>
          <ProposalFilters query={query} onChange={onQueryChange} />
          <p className="result-count" aria-live="polite">
            {filtered
              ? t('matching.proposals.shownOf', { shown: data.total, total: runTotal })
              : t('matching.proposals.count', { count: data.total })}
          </p>
          {data.items.length > 0 ? (
            <ol className="proposal-list" aria-labelledby={titleId} start={page * LIST_PAGE_SIZE + 1}>
              {data.items.map((proposal) => (
                <ProposalCard key={proposal.id} runId={runId} proposal={proposal} />
              ))}
            </ol>
          ) : (
            <p>{t('matching.proposals.noneMatch')}</p>
          )}
          <Pagination
            page={Math.min(page, Math.max(totalPages - 1, 0))}
            totalPages={totalPages}
            onPageChange={(next) => onQueryChange({ ...query, page: next })}
          />
        </>
      ) : null}
    </Disclosure>
  );
}

/** The proposals' order, then the filters both lists share. */
function ProposalFilters({ query, onChange }: { query: ProposalQuery; onChange: (query: ProposalQuery) => void }) {
  const { t } = useFormat();
  return (
    <ListFilters
      label={t('matching.proposals.filtersTitle')}
      namePrefix=""
      searchHelp={t('matching.proposals.searchHelp')}
      query={query}
      onChange={onChange}
      onClear={() => onChange(EMPTY_QUERY)}
    >
      <SelectField
        label={t('matching.proposals.sort')}
        name="sort"
        value={query.sort}
        onChange={(event) =>
          onChange({
            ...query,
            sort: PROPOSAL_SORTS.find((sort) => sort === event.target.value) ?? query.sort,
            page: 0,
          })
        }
        options={PROPOSAL_SORTS.map((sort) => ({ value: sort, label: t(`matching.sorts.${sort}`) }))}
      />
    </ListFilters>
  );
}

function ProposalCard({ runId, proposal }: { runId: string; proposal: Proposal }) {
  const { t, fit, distance } = useFormat();
  const location = useLocation();
  const headingId = useId();
  const reasons = topReasons(proposal.explanation);
  return (
    <li className="proposal-card">
      <h3 id={headingId} className="proposal-card__title">
        <Link to={proposalPath(runId, proposal.id)} state={{ from: `${location.pathname}${location.search}` }}>
          <bdi>{proposal.family.reference}</bdi>
          <span aria-hidden="true" className="proposal-card__arrow">
            {' → '}
          </span>
          <span className="visually-hidden"> {t('matching.proposals.to')} </span>
          <bdi>{proposal.offer.title}</bdi>
        </Link>
      </h3>
      <dl className="proposal-card__facts">
        <div>
          <dt>{t('matching.proposals.family')}</dt>
          <dd>
            <FamilySummary family={proposal.family} />
          </dd>
        </div>
        <div>
          <dt>{t('matching.proposals.urgency')}</dt>
          <dd>
            <UrgencyLabel urgency={proposal.family.urgency} />
          </dd>
        </div>
        <div>
          <dt>{t('matching.proposals.offer')}</dt>
          <dd>
            <bdi>{proposal.offer.place}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('matching.proposals.distance')}</dt>
          <dd>{distance(proposal.distanceKm)}</dd>
        </div>
        <div>
          <dt>{t('matching.proposals.score')}</dt>
          <dd>{fit(proposal.score)}</dd>
        </div>
        {proposal.status !== 'PROPOSED' ? (
          <div>
            <dt>{t('matching.proposals.status')}</dt>
            <dd>{t(`matching.proposalStatuses.${proposal.status}`)}</dd>
          </div>
        ) : null}
      </dl>
      {reasons.length > 0 ? (
        <div className="proposal-card__reasons">
          <p className="proposal-card__reasons-title">{t('matching.proposals.reasons')}</p>
          <ul>
            {reasons.map((term) => (
              <li key={term.rule}>
                <RuleReason line={term} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
