import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../../lib/i18n';
import { isApproximateLocation, type Offer } from '../../types';
import { AreaLabel } from '../offers/AreaLabel';

const FEATURES = [
  'wheelchairBathroom',
  'groundFloorBedroom',
  'childrenWelcome',
  'petsAllowed',
  'womenOnly',
  'lgbtqiAffirming',
  'smokingAllowed',
] as const;

/** One of a host's offers in full, the private address included (the server audits this read). */
export function OfferDetails({ offer }: { offer: Offer }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const features = FEATURES.filter((feature) => offer[feature]);
  const headingId = `offer-${offer.id}`;
  // A caseworker deciding a match must know when distances to this offer are unreliable.
  const approximate = isApproximateLocation(offer);
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <bdi>{offer.title}</bdi>
      </h3>
      <p className={`offer-status offer-status--${offer.status.toLowerCase()}`}>
        <span className="visually-hidden">{t('myOffers.statusLabel')}</span> {t(`offerStatuses.${offer.status}`)}
      </p>
      <dl className="details">
        <dt>{t('myOffers.type')}</dt>
        <dd>{t(`offerTypes.${offer.type}`)}</dd>
        <dt>{t('offerForm.address.label')}</dt>
        <dd className="preserve-lines">{offer.address}</dd>
        <dt>{offer.postcode ? t('offerForm.postcode.label') : t('offerForm.place.label')}</dt>
        <dd>
          <bdi>{offer.postcode ?? offer.place}</bdi>
        </dd>
        <dt>{t('hostDetail.area')}</dt>
        <dd>
          {offer.locationLabel ? <AreaLabel label={offer.locationLabel} approximate={approximate} /> : '–'}
          {approximate && (
            <>
              <br />
              <span className="form__note">{t('hostDetail.areaApproximateHelp')}</span>
            </>
          )}
        </dd>
        <dt>{t('offerForm.bedrooms.label')}</dt>
        <dd>{formatNumber(offer.bedrooms, language)}</dd>
        <dt>{t('offerForm.maxGuests.label')}</dt>
        <dd>{formatNumber(offer.maxGuests, language)}</dd>
        <dt>{t('offerForm.stepFree.label')}</dt>
        <dd>{t(`offerForm.stepFree.options.${offer.stepFree}`)}</dd>
        <dt>{t('hostDetail.features')}</dt>
        <dd>
          {features.length > 0 ? (
            <ul className="plain-list">
              {features.map((feature) => (
                <li key={feature}>{t(`offerForm.${feature}.label`)}</li>
              ))}
            </ul>
          ) : (
            t('hostDetail.noFeatures')
          )}
        </dd>
        <dt>{t('offerForm.availableFrom.label')}</dt>
        <dd>{formatDate(offer.availableFrom, language)}</dd>
        <dt>{t('offerForm.availableUntil.label')}</dt>
        <dd>{offer.availableUntil ? formatDate(offer.availableUntil, language) : t('offerForm.until.open')}</dd>
        <dt>{t('offerForm.minimumStay.label')}</dt>
        <dd>
          {offer.minimumStayMonths === 0
            ? t('offerForm.minimumStay.none')
            : t('offerForm.minimumStay.months', { count: offer.minimumStayMonths })}
        </dd>
      </dl>
    </section>
  );
}
