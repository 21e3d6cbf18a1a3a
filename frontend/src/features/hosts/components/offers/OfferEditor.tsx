import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingMessage } from '../../../../components/feedback';
import { useOwnOfferQuery } from '../../api/hosts-queries';
import { isEditableOffer, type Offer, type OfferRequestStatus } from '../../types';
import { LoadProblem } from '../../../../components/feedback';
import { OfferWizard } from './OfferWizard';

type OfferEditorProps = { offerId: string; onSaved: (offer: Offer, status: OfferRequestStatus) => void };

/** The wizard filled in with an existing offer; an offer held by a placement cannot change. */
export function OfferEditor({ offerId, onSaved }: OfferEditorProps) {
  const { t } = useTranslation();
  const { data: offer, error, refetch } = useOwnOfferQuery(offerId);
  if (error && !offer) return <LoadProblem error={error} onRetry={() => void refetch()} />;
  if (!offer) return <LoadingMessage />;
  if (!isEditableOffer(offer.status)) {
    return (
      <div className="stack">
        <p>{t(`offerForm.notEditable.${offer.status === 'WITHDRAWN' ? 'withdrawn' : 'placement'}`)}</p>
        <p>
          <Link to="/host/offers">{t('offerForm.backToOffers')}</Link>
        </p>
      </div>
    );
  }
  return <OfferWizard offer={offer} onSaved={onSaved} />;
}
