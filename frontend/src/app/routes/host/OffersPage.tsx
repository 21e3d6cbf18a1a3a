import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { StatusMessage } from '../../../components/feedback';
import { PageTitle } from '../../../components/layout';
import { OfferList } from '../../../features/hosts';
import { offerNoticeOf } from './offer-notice';
import { IsolatedText, isolate } from '../../../lib/i18n';

export function OffersPage() {
  const { t } = useTranslation();
  const notice = offerNoticeOf(useLocation().state);
  return (
    <div className="stack">
      <PageTitle>{t('myOffers.title')}</PageTitle>
      {notice && (
        <StatusMessage>
          <IsolatedText>
            {notice.status === 'AVAILABLE'
              ? t('myOffers.published', { title: isolate(notice.title) })
              : t('myOffers.savedDraft', { title: isolate(notice.title) })}
          </IsolatedText>
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
