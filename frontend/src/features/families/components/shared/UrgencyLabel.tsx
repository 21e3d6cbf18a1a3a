import { useTranslation } from 'react-i18next';
import type { Urgency } from '../../types';

/** Urgency in words, with a mark that differs in shape too, so colour is never the only signal. */
export function UrgencyLabel({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  return (
    <span className={`urgency urgency--${urgency.toLowerCase()}`}>
      <span className="urgency__mark" aria-hidden="true">
        {urgency === 'CRITICAL' ? '!!' : urgency === 'HIGH' ? '!' : ''}
      </span>
      {t(`urgencies.${urgency}`)}
    </span>
  );
}
