import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../../components/layout';
import { OfferWizard } from '../../../features/hosts';
import type { OfferNotice } from './offer-notice';

export function NewOfferPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="stack">
      <PageTitle>{t('offerForm.newTitle')}</PageTitle>
      <p className="lead">{t('offerForm.newIntro')}</p>
      <OfferWizard
        onSaved={(offer, status) =>
          navigate('/host/offers', { state: { offerNotice: { status, title: offer.title } satisfies OfferNotice } })
        }
      />
    </div>
  );
}
