import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageTitle } from '../../../components/layout';
import { OfferEditor } from '../../../features/hosts';
import type { OfferNotice } from './offer-notice';

export function EditOfferPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { offerId = '' } = useParams();
  return (
    <div className="stack">
      <PageTitle>{t('offerForm.editTitle')}</PageTitle>
      <OfferEditor
        // A different offer in the address is a different form.
        key={offerId}
        offerId={offerId}
        onSaved={(offer, status) =>
          navigate('/host/offers', { state: { offerNotice: { status, title: offer.title } satisfies OfferNotice } })
        }
      />
    </div>
  );
}
