import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorAlert, LoadProblem, LoadingMessage } from '../../../components/feedback';
import { PageTitle } from '../../../components/layout';
import { useMatchingProposalQuery, useProposalDecided, useRunQuery } from '../api/matching-queries';
import { RuleSentence, hasEnglishOnly } from '../../../lib/explanations';
import { PROPOSALS_ANCHOR, familyPath, hostPath, runPath } from '../paths';
import { splitExplanation } from '../proposal-view';
import type { ExplanationLine, Proposal } from '../types';
import { FamilySummary, RuleName, RuleReason, UrgencyLabel } from './parts';
import { useFormat } from './use-format';

type ProposalDetailViewProps = {
  runId: string;
  proposalId: string;
  /** Where "Back" goes: the list as the caseworker left it (sorted, filtered), when known. */
  backTo?: string | null;
  /** What may be done with the proposal (the placements feature's decision panel), below the explanation. */
  decision?: (proposal: Proposal, reload: () => void) => ReactNode;
};

/** Back to the list with the proposals open: the reader came from there. */
function withProposalsOpen(path: string): string {
  return path.includes('#') ? path : `${path}#${PROPOSALS_ANCHOR}`;
}

/**
 * Why the solver proposed this family for this offer: each soft rule's penalty with its sentence,
 * and the hard rules it was checked against; links to the family's case and the host.
 */
export function ProposalDetailView({ runId, proposalId, backTo, decision }: ProposalDetailViewProps) {
  const { t } = useFormat();
  const { data, error, refetch } = useMatchingProposalQuery(proposalId);
  const proposalDecided = useProposalDecided();
  const reload = () => void proposalDecided(proposalId, runId);
  // The address names the run too; a proposal of another run is not this page's to show.
  const proposal = data?.runId === runId ? data : null;

  const back = (
    <p>
      <Link to={withProposalsOpen(backTo ?? runPath(runId))}>{t('matching.detail.back')}</Link>
    </p>
  );
  if (error && !data) {
    return (
      <div className="stack">
        {back}
        <PageTitle>{t('matching.detail.titleUnknown')}</PageTitle>
        <LoadProblem error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  if (!data) return <LoadingMessage />;
  if (!proposal) {
    return (
      <div className="stack">
        {back}
        <PageTitle>{t('matching.detail.titleUnknown')}</PageTitle>
        <ErrorAlert>{t('matching.detail.notFound')}</ErrorAlert>
      </div>
    );
  }
  return (
    <div className="stack">
      {back}
      <PageTitle>{t('matching.detail.title', { reference: proposal.family.reference })}</PageTitle>
      <ProposalFacts proposal={proposal} />
      <DataUsed runId={runId} />
      <Explanation proposal={proposal} />
      {decision?.(proposal, reload)}
    </div>
  );
}

function ProposalFacts({ proposal }: { proposal: Proposal }) {
  const { t, fit, distance, list } = useFormat();
  const familyId = useId();
  const offerId = useId();
  const matchId = useId();
  const { family, offer } = proposal;
  return (
    <div className="proposal-facts">
      <section className="card" aria-labelledby={familyId}>
        <h2 id={familyId}>{t('matching.detail.familyTitle')}</h2>
        <dl className="details">
          <dt>{t('matching.detail.reference')}</dt>
          <dd>
            <Link to={familyPath(proposal.familyId)}>
              <bdi>{family.reference}</bdi>
            </Link>
          </dd>
          <dt>{t('matching.detail.people')}</dt>
          <dd>
            <FamilySummary family={family} />
          </dd>
          <dt>{t('matching.proposals.urgency')}</dt>
          <dd>
            <UrgencyLabel urgency={family.urgency} />
          </dd>
          <dt>{t('matching.detail.preferredPlace')}</dt>
          <dd>{family.preferredPlace ? <bdi>{family.preferredPlace}</bdi> : t('matching.detail.noPreference')}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby={offerId}>
        <h2 id={offerId}>{t('matching.detail.offerTitle')}</h2>
        <dl className="details">
          <dt>{t('matching.detail.offerName')}</dt>
          <dd>
            <bdi>{offer.title}</bdi>
          </dd>
          <dt>{t('matching.detail.type')}</dt>
          <dd>{t(`matching.offerTypes.${offer.type}`)}</dd>
          <dt>{t('matching.detail.place')}</dt>
          <dd>
            <bdi>{offer.place}</bdi>
          </dd>
          <dt>{t('matching.detail.space')}</dt>
          <dd>
            {list([
              t('matching.detail.bedrooms', { count: offer.bedrooms }),
              t('matching.detail.maxGuests', { count: offer.maxGuests }),
            ])}
          </dd>
          <dt>{t('matching.detail.host')}</dt>
          <dd>
            <Link to={hostPath(offer.hostId)}>{t('matching.detail.hostLink')}</Link>
          </dd>
        </dl>
      </section>
      <section className="card" aria-labelledby={matchId}>
        <h2 id={matchId}>{t('matching.detail.matchTitle')}</h2>
        <dl className="details">
          <dt>{t('matching.proposals.distance')}</dt>
          <dd>{distance(proposal.distanceKm)}</dd>
          <dt>{t('matching.proposals.score')}</dt>
          <dd>{fit(proposal.score)}</dd>
          <dt>{t('matching.proposals.status')}</dt>
          <dd>{t(`matching.proposalStatuses.${proposal.status}`)}</dd>
        </dl>
      </section>
    </div>
  );
}

/**
 * Which data the explanation was checked against: always the run's, stored with the proposal when
 * the run made it, so it reads the same however the family or the offer has changed since.
 */
function DataUsed({ runId }: { runId: string }) {
  const { t, dateTime } = useFormat();
  const run = useRunQuery(runId);
  return (
    <p className="data-used">
      <strong>{t('matching.dataUsed.label')}</strong>{' '}
      {run.data
        ? t('matching.dataUsed.run', { when: dateTime(run.data.startedAt) })
        : t('matching.dataUsed.runUndated')}
    </p>
  );
}

function Explanation({ proposal }: { proposal: Proposal }) {
  const { t, number, language } = useFormat();
  const softId = useId();
  const hardId = useId();
  const { soft, hard } = splitExplanation(proposal.explanation);
  const allPassed = hard.every((term) => term.passed !== false);
  const englishOnly = language !== 'en' && hasEnglishOnly(proposal.explanation, t, language);
  return (
    <>
      <section className="stack" aria-labelledby={softId}>
        <h2 id={softId}>{t('matching.detail.softTitle')}</h2>
        <p>{t('matching.detail.softIntro')}</p>
        {englishOnly ? <p className="data-used">{t('matching.explain.englishOnly')}</p> : null}
        <div className="table-scroll" role="region" aria-labelledby={softId} tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('matching.detail.rule')}</th>
                <th scope="col">{t('matching.detail.why')}</th>
                <th scope="col">{t('matching.detail.penalty')}</th>
              </tr>
            </thead>
            <tbody>
              {soft.map((term) => (
                <tr key={term.rule}>
                  <th scope="row">
                    <RuleName rule={term.rule} />
                  </th>
                  <td>
                    <RuleSentence line={term} />
                  </td>
                  <td className="table__number">{number(term.penalty)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('matching.detail.total')}
                </th>
                <td className="table__number">{number(Math.abs(proposal.score))}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
      <section className="stack" aria-labelledby={hardId}>
        <h2 id={hardId}>{t('matching.detail.hardTitle')}</h2>
        <details className="hard-rules">
          <summary>
            {allPassed
              ? t('matching.detail.hardSummary', { count: hard.length })
              : t('matching.detail.hardSummaryBroken', { count: hard.length })}
          </summary>
          <ul className="hard-rules__list">
            {hard.map((term) => (
              <HardRule key={term.rule} term={term} />
            ))}
          </ul>
        </details>
      </section>
    </>
  );
}

function HardRule({ term }: { term: ExplanationLine }) {
  const { t } = useFormat();
  const passed = term.passed !== false;
  return (
    <li className={passed ? 'hard-rule hard-rule--passed' : 'hard-rule hard-rule--broken'}>
      <span className="hard-rule__mark" aria-hidden="true">
        {passed ? '✓' : '✗'}
      </span>
      <span>
        <strong>{passed ? t('matching.detail.passed') : t('matching.detail.broken')}</strong> <RuleReason line={term} />
      </span>
    </li>
  );
}
