import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { StatusMessage } from '../../../components/feedback';
import { PageTitle } from '../../../components/layout';
import { OfferList } from '../../../features/hosts';
import { offerNoticeOf } from './offer-notice';

export function OffersPage() {
  const { t } = useTranslation();
  const notice = offerNoticeOf(useLocation().state);
  return (
    <div className="stack">
      <PageTitle>{t('myOffers.title')}</PageTitle>
      {notice && (
        <StatusMessage>
          {notice.status === 'AVAILABLE'
            ? t('myOffers.published', { title: notice.title })
            : t('myOffers.savedDraft', { title: notice.title })}
        </StatusMessage>
      )}
      <p>
        <Link to="/host/offers/new" className="button button--primary">
          {t('myOffers.offerRoom')}
        </Link>
      </p>
      <OfferList />
    </div>
  );
}
