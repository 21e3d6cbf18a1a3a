import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../../../components/feedback';
import { problemMessage } from '../../../../components/form';
import { isApiError } from '../../../../lib/api';
import { formatDate, IsolatedText, isolate } from '../../../../lib/i18n';
import { withdrawOffer } from '../../api/host-api';
import { useOwnOffersQuery, useOwnRecordsChanged } from '../../api/hosts-queries';
import { isApproximateLocation, isEditableOffer, type Offer } from '../../types';
import { AreaLabel } from './AreaLabel';
import { LoadProblem } from '../../../../components/feedback';

/** Why an offer is not being matched although it is published, in the host's terms. */
function MatchingNote({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  if (offer.status === 'WITHDRAWN' || offer.hostStatus === 'APPROVED') return null;
  const key =
    offer.hostStatus === 'APPLIED' || offer.hostStatus === 'CHECKS_IN_PROGRESS'
      ? 'waiting'
      : offer.hostStatus === 'PAUSED'
        ? 'paused'
        : 'notApproved';
  return (
    <p className="notice">
      <span className="notice__icon" aria-hidden="true">
        i
      </span>
      <span>{t(`myOffers.matching.${key}`)}</span>
    </p>
  );
}

function WithdrawConfirm({ offer, onDone, onCancel }: { offer: Offer; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);

  async function withdraw() {
    setBusy(true);
    setError(null);
    try {
      await withdrawOffer(offer.id);
      onDone();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <div className="confirm stack">
      <p ref={questionRef} tabIndex={-1} className="confirm__question">
        <IsolatedText>{t('myOffers.withdrawQuestion', { title: isolate(offer.title) })}</IsolatedText>
      </p>
      <p>{t('myOffers.withdrawExplanation')}</p>
      {error ? (
        <ErrorAlert>
          {isApiError(error) && error.is('conflict') ? t('myOffers.withdrawRefused') : problemMessage(error, t)}
        </ErrorAlert>
      ) : null}
      <div className="wizard__actions">
        <button type="button" className="button button--danger" disabled={busy} onClick={() => void withdraw()}>
          {busy ? t('myOffers.withdrawing') : t('myOffers.withdrawConfirm')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          {t('myOffers.keep')}
        </button>
      </div>
    </div>
  );
}

function OfferCard({ offer, onWithdrawn }: { offer: Offer; onWithdrawn: (offer: Offer) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [confirming, setConfirming] = useState(false);
  const withdrawRef = useRef<HTMLButtonElement>(null);
  const headingId = `offer-${offer.id}`;
  const where = offer.locationLabel ?? offer.postcode ?? offer.place ?? '–';
  // Only the server's area label can be approximate; what the host typed is shown as typed.
  const approximate = offer.locationLabel !== null && isApproximateLocation(offer);

  return (
    <li className="card stack offer-card">
      <h2 id={headingId} className="offer-card__title">
        <bdi>{offer.title}</bdi>
      </h2>
      <p className={`offer-status offer-status--${offer.status.toLowerCase()}`}>
        <span className="visually-hidden">{t('myOffers.statusLabel')}</span> {t(`offerStatuses.${offer.status}`)}
      </p>
      <MatchingNote offer={offer} />
      <dl className="details">
        <dt>{t('myOffers.where')}</dt>
        <dd>
          <AreaLabel label={where} approximate={approximate} />
        </dd>
        <dt>{t('myOffers.type')}</dt>
        <dd>{t(`offerTypes.${offer.type}`)}</dd>
        <dt>{t('myOffers.availableFrom')}</dt>
        <dd>{formatDate(offer.availableFrom, language)}</dd>
      </dl>
      {isEditableOffer(offer.status) &&
        (confirming ? (
          <WithdrawConfirm
            offer={offer}
            onDone={() => onWithdrawn(offer)}
            onCancel={() => {
              setConfirming(false);
              // Back to the button that opened the question.
              setTimeout(() => withdrawRef.current?.focus(), 0);
            }}
          />
        ) : (
          <div className="wizard__actions">
            <Link to={`/host/offers/${offer.id}/edit`} className="button button--secondary">
              {t('myOffers.edit')} <span className="visually-hidden">{offer.title}</span>
            </Link>
            <button
              ref={withdrawRef}
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(true)}
            >
              {t('myOffers.withdraw')} <span className="visually-hidden">{offer.title}</span>
            </button>
          </div>
        ))}
    </li>
  );
}

/** The host's offers, newest first, with their status and what they can do with each. */
export function OfferList() {
  const { t } = useTranslation();
  const { data: offers, error, refetch } = useOwnOffersQuery();
  const { offersChanged } = useOwnRecordsChanged();
  const [withdrawn, setWithdrawn] = useState<string | null>(null);

  if (error && !offers) return <LoadProblem error={error} onRetry={() => void refetch()} />;
  if (!offers) return <LoadingMessage />;

  return (
    <div className="stack">
      {withdrawn && (
        <StatusMessage>
          <IsolatedText>{t('myOffers.withdrawn', { title: isolate(withdrawn) })}</IsolatedText>
        </StatusMessage>
      )}
      {offers.length === 0 ? (
        <p>{t('myOffers.empty')}</p>
      ) : (
        <ul className="offer-list">
          {offers.map((offer) => (
            <OfferCard
              key={offer.id}
              offer={offer}
              onWithdrawn={(gone) => {
                setWithdrawn(gone.title);
                void offersChanged();
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
