import { useTranslation } from 'react-i18next';
import { isLive, type PlacementStatus } from '../types';

/**
 * A placement's status in words, in a badge whose border style also says whether it is still
 * going on (solid) or over (dashed), so colour is never the only signal.
 */
export function PlacementStatusLabel({ status }: { status: PlacementStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`placement-status placement-status--${isLive(status) ? 'live' : 'over'}`}>
      {t(`placements.statuses.${status}`)}
    </span>
  );
}
