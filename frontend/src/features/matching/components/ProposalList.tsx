import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import { LoadProblem, LoadingMessage } from '../../../components/feedback';
import { SelectField, TextField } from '../../../components/form';
import { useProposalsQuery } from '../api/matching-queries';
import { proposalPath } from '../paths';
import { EMPTY_QUERY, PROPOSAL_SORTS, topReasons, viewProposals, type ProposalQuery } from '../proposal-view';
import { URGENCIES, type Proposal } from '../types';
import { FamilySummary, RuleReason, UrgencyLabel } from './parts';
import { useFormat } from './use-format';

type ProposalListProps = {
  runId: string;
  query: ProposalQuery;
  onQueryChange: (query: ProposalQuery) => void;
};

/** A run's proposals, sorted and filtered on the page (a run has at most a few thousand). */
export function ProposalList({ runId, query, onQueryChange }: ProposalListProps) {
  const { t } = useFormat();
  const titleId = useId();
  const { data, isPending: loading, error, refetch } = useProposalsQuery(runId);
  const shown = data ? viewProposals(data, query) : [];

  return (
    <section className="stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('matching.proposals.title')}</h2>
      {error ? <LoadProblem error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <LoadingMessage /> : null}
      {data && data.length === 0 ? <p>{t('matching.proposals.none')}</p> : null}
      {data && data.length > 0 ? (
        <>
          <ProposalFilters query={query} onChange={onQueryChange} />
          <p className="result-count" aria-live="polite">
            {shown.length === data.length
              ? t('matching.proposals.count', { count: data.length })
              : t('matching.proposals.shownOf', { shown: shown.length, total: data.length })}
          </p>
          {shown.length > 0 ? (
            <ol className="proposal-list" aria-labelledby={titleId}>
              {shown.map((proposal) => (
                <ProposalCard key={proposal.id} runId={runId} proposal={proposal} />
              ))}
            </ol>
          ) : (
            <p>{t('matching.proposals.noneMatch')}</p>
          )}
        </>
      ) : null}
    </section>
  );
}

/** Applies as the caseworker types or chooses: the list is already on the page. */
function ProposalFilters({ query, onChange }: { query: ProposalQuery; onChange: (query: ProposalQuery) => void }) {
  const { t } = useFormat();
  return (
    <form
      className="filters"
      role="search"
      aria-label={t('matching.proposals.filtersTitle')}
      onSubmit={(event) => event.preventDefault()}
    >
      <SelectField
        label={t('matching.proposals.sort')}
        name="sort"
        value={query.sort}
        onChange={(event) =>
          onChange({ ...query, sort: PROPOSAL_SORTS.find((sort) => sort === event.target.value) ?? query.sort })
        }
        options={PROPOSAL_SORTS.map((sort) => ({ value: sort, label: t(`matching.sorts.${sort}`) }))}
      />
      <SelectField
        label={t('matching.proposals.urgency')}
        name="urgency"
        value={query.urgency}
        onChange={(event) =>
          onChange({ ...query, urgency: URGENCIES.find((urgency) => urgency === event.target.value) ?? '' })
        }
        options={[
          { value: '', label: t('matching.proposals.anyUrgency') },
          ...URGENCIES.map((urgency) => ({ value: urgency, label: t(`urgencies.${urgency}`) })),
        ]}
      />
      <TextField
        label={t('matching.proposals.search')}
        help={t('matching.proposals.searchHelp')}
        name="q"
        type="search"
        maxLength={100}
        value={query.q}
        onChange={(event) => onChange({ ...query, q: event.target.value })}
      />
      <div className="filters__actions">
        <button type="button" className="button button--secondary" onClick={() => onChange(EMPTY_QUERY)}>
          {t('matching.proposals.clear')}
        </button>
      </div>
    </form>
  );
}

function ProposalCard({ runId, proposal }: { runId: string; proposal: Proposal }) {
  const { t, number, distance } = useFormat();
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
          <dd>{number(proposal.score)}</dd>
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
                <RuleReason rule={term.rule} text={term.text} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
