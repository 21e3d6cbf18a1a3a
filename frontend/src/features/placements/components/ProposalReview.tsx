import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadProblem, LoadingMessage } from '../../../components/feedback';
import { PageTitle, ScrollingTable } from '../../../components/layout';
import { RuleSentence } from '../../../lib/explanations';
import { formatNumber, isolate } from '../../../lib/i18n';
import { useProposalChanged, useProposalQuery } from '../api/placements-queries';
import { familyPath, hostPath } from '../paths';
import type { ExplanationLine, Proposal } from '../types';
import { ProposalDecision } from './ProposalDecision';

/** One proposal: who and where, every rule as checked, and the decision panel. */
export function ProposalReview({ proposalId }: { proposalId: string }) {
  const { t } = useTranslation();
  const { data: proposal, error, refetch } = useProposalQuery(proposalId);
  const proposalChanged = useProposalChanged();

  if (!proposal) {
    return (
      <div className="stack">
        <PageTitle>{t('placements.proposal.title')}</PageTitle>
        {error ? <LoadProblem error={error} onRetry={() => void refetch()} /> : <LoadingMessage />}
      </div>
    );
  }

  return (
    <div className="stack">
      <PageTitle>
        {t('placements.proposal.heading', {
          reference: isolate(proposal.family.reference),
          title: isolate(proposal.offer.title),
        })}
      </PageTitle>
      <ProposalSummary proposal={proposal} />
      <Explanation lines={proposal.explanation} />
      <ProposalDecision proposal={proposal} onRejected={() => void proposalChanged(proposalId)} />
    </div>
  );
}

function ProposalSummary({ proposal }: { proposal: Proposal }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const number = (value: number) => formatNumber(value, language);
  const { family, offer } = proposal;
  return (
    <section className="card" aria-labelledby="proposal-summary-title">
      <h2 id="proposal-summary-title">{t('placements.proposal.summaryTitle')}</h2>
      <dl className="details">
        <dt>{t('placements.proposal.family')}</dt>
        <dd>
          <Link to={familyPath(proposal.familyId)}>
            <bdi className="reference">{family.reference}</bdi>
          </Link>{' '}
          {t('placements.proposal.people', {
            count: family.size,
            adults: number(family.adults),
            children: number(family.children),
          })}
        </dd>
        <dt>{t('placements.proposal.urgency')}</dt>
        <dd>{urgencyText(family.urgency, t)}</dd>
        {family.waitingDays !== null && (
          <>
            <dt>{t('placements.proposal.waiting')}</dt>
            <dd>{t('placements.days', { count: family.waitingDays })}</dd>
          </>
        )}
        <dt>{t('placements.proposal.offer')}</dt>
        <dd>
          <bdi>{offer.title}</bdi>
          {offer.place ? (
            <>
              {' '}
              (<bdi>{offer.place}</bdi>)
            </>
          ) : null}{' '}
          <Link to={hostPath(offer.hostId)}>{t('placements.proposal.hostLink')}</Link>
        </dd>
        <dt>{t('placements.proposal.space')}</dt>
        <dd>
          {t('placements.proposal.spaceText', { bedrooms: number(offer.bedrooms), guests: number(offer.maxGuests) })}
        </dd>
        {proposal.distanceKm !== null && (
          <>
            <dt>{t('placements.proposal.distance')}</dt>
            <dd>{t('placements.proposal.km', { km: number(proposal.distanceKm) })}</dd>
          </>
        )}
        <dt>{t('placements.proposal.score')}</dt>
        <dd>
          <bdi dir="ltr">{number(proposal.score)}</bdi>
        </dd>
      </dl>
    </section>
  );
}

function urgencyText(urgency: string, t: TFunction): string {
  return urgency === 'CRITICAL' || urgency === 'HIGH' || urgency === 'NORMAL' ? t(`urgencies.${urgency}`) : urgency;
}

/** Soft rules with their penalties, then the hard rules as met or broken (in words, not colour). */
function Explanation({ lines }: { lines: ExplanationLine[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <section className="stack" aria-labelledby="proposal-explanation-title">
      <h2 id="proposal-explanation-title">{t('placements.proposal.explanationTitle')}</h2>
      <ScrollingTable
        caption={t('placements.proposal.explanationCaption')}
        columns={[t('placements.proposal.rule'), t('placements.proposal.found'), t('placements.proposal.result')]}
      >
        {lines.map((line) => (
          <tr key={line.rule} className={line.passed ? undefined : 'explanation--broken'}>
            <th scope="row">{line.rule}</th>
            <td>
              <RuleSentence line={line} />
            </td>
            <td>
              {!line.passed
                ? t('placements.proposal.broken')
                : line.rule.startsWith('S')
                  ? t('placements.proposal.penalty', { penalty: formatNumber(line.penalty, language) })
                  : t('placements.proposal.met')}
            </td>
          </tr>
        ))}
      </ScrollingTable>
    </section>
  );
}
