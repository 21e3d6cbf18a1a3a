import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingMessage } from '../../../../components/feedback';
import { PageTitle } from '../../../../components/layout';
import { formatDateTime, isolate } from '../../../../lib/i18n';
import { useHostChanged, useHostQuery } from '../../api/hosts-queries';
import { LoadProblem } from '../../../../components/feedback';
import { HouseholdSummary } from './HouseholdSummary';
import { OfferDetails } from './OfferDetails';
import { VettingForm } from './VettingForm';
import { VettingHistory } from './VettingHistory';

/** One host for a caseworker: who they are, their household and offers, the checks and history. */
export function HostDetailView({ hostId }: { hostId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data: host, error, refetch } = useHostQuery(hostId);
  const hostChanged = useHostChanged();
  const [saved, setSaved] = useState(0);

  if (error && !host) {
    return (
      <div className="stack">
        <PageTitle>{t('hostDetail.title')}</PageTitle>
        <LoadProblem error={error} onRetry={() => void refetch()} />
        <p>
          <Link to="/caseworker/hosts">{t('hostDetail.backToList')}</Link>
        </p>
      </div>
    );
  }
  if (!host) return <LoadingMessage />;

  return (
    <div className="stack">
      <p>
        <Link to="/caseworker/hosts">{t('hostDetail.backToList')}</Link>
      </p>
      <PageTitle>{isolate(host.displayName)}</PageTitle>
      <section className="card" aria-labelledby="host-summary-title">
        <h2 id="host-summary-title">{t('hostDetail.summaryTitle')}</h2>
        <dl className="details">
          <dt>{t('hosts.columns.email')}</dt>
          <dd>
            <span dir="ltr">{host.email}</span>
          </dd>
          <dt>{t('hosts.columns.status')}</dt>
          <dd>{t(`vettingStatuses.${host.status}`)}</dd>
          <dt>{t('hosts.columns.appliedAt')}</dt>
          <dd>{formatDateTime(host.appliedAt, language)}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="host-household-title">
        <h2 id="host-household-title">{t('hostDetail.householdTitle')}</h2>
        <HouseholdSummary household={host.household} />
      </section>
      <section className="stack" aria-labelledby="host-offers-title">
        <h2 id="host-offers-title">{t('hostDetail.offersTitle')}</h2>
        <p className="form__note">{t('hostDetail.addressAudited')}</p>
        {host.offers.length === 0 ? (
          <p>{t('hostDetail.noOffers')}</p>
        ) : (
          host.offers.map((offer) => <OfferDetails key={offer.id} offer={offer} />)
        )}
      </section>
      <section className="stack" aria-labelledby="host-vetting-title">
        <h2 id="host-vetting-title">{t('vetting.title')}</h2>
        <VettingForm
          // A fresh form after each save, so it shows what the server stored.
          key={`${host.status}-${host.history.length}-${saved}`}
          host={host}
          justSaved={saved > 0}
          onSaved={(stored) => {
            void hostChanged(stored);
            setSaved((count) => count + 1);
          }}
        />
      </section>
      <section className="stack" aria-labelledby="host-history-title">
        <h2 id="host-history-title">{t('vetting.history.title')}</h2>
        <VettingHistory history={host.history} />
      </section>
    </div>
  );
}
