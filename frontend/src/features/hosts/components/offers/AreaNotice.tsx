import type { Ref } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { InfoMessage } from '../../../../components/feedback';

type AreaNoticeProps = {
  /** What the lookup found, e.g. "SY (Shrewsbury)". */
  area: string;
  /** Switches the form to a town or village name; absent when the host already typed a name. */
  onUsePlaceName?: (() => void) | undefined;
  ref?: Ref<HTMLDivElement>;
};

/**
 * The postcode found only its postcode area's post town, which can be tens of kilometres from the
 * home (see docs/geo-data.md, "Known gaps"): say so, and ask for a town or village name instead.
 * It is advice, not an error; the host may go on with the postcode.
 */
export function AreaNotice({ area, onUsePlaceName, ref }: AreaNoticeProps) {
  const { t } = useTranslation();
  return (
    <InfoMessage title={t('offerForm.areaNotice.title')} ref={ref}>
      <div className="stack">
        <p>
          <Trans t={t} i18nKey="offerForm.areaNotice.body" values={{ area }} components={{ place: <bdi /> }} />
        </p>
        {onUsePlaceName && (
          <p>
            <button type="button" className="button button--secondary" onClick={onUsePlaceName}>
              {t('offerForm.areaNotice.usePlaceName')}
            </button>
          </p>
        )}
        <p>{t('offerForm.areaNotice.keep')}</p>
      </div>
    </InfoMessage>
  );
}
