import { useTranslation } from 'react-i18next';
import { Fragment, type ReactNode } from 'react';
import { formatDate, formatNumber } from '../../../../lib/i18n';
import { parseWholeNumber } from '../../../../components/form';
import { STEPS, locationQuery, type OfferDraft } from './offer-form-state';
import { SUITS_FIELDS } from './OfferSteps';

type ReviewStepProps = {
  draft: OfferDraft;
  /**
   * The area the server will show instead of the address, when the lookup found it; approximate
   * when only the postcode area was found.
   */
  area: { label: string; approximate: boolean } | null;
  onChangeStep: (step: number) => void;
};

function Section({
  step,
  onChangeStep,
  children,
}: {
  step: number;
  onChangeStep: (step: number) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = STEPS[step]!.id;
  const title = t(`offerForm.steps.${id}`);
  return (
    <section className="review__section" aria-labelledby={`review-${id}`}>
      <div className="review__heading">
        <h3 id={`review-${id}`}>{title}</h3>
        <button type="button" className="button button--link" onClick={() => onChangeStep(step)}>
          {t('offerForm.change')} <span className="visually-hidden">{title}</span>
        </button>
      </div>
      <dl className="details">{children}</dl>
    </section>
  );
}

/** Step 5: every answer on one page, each section with a way back to change it. */
export function ReviewStep({ draft, area, onChangeStep }: ReviewStepProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const months = parseWholeNumber(draft.minimumStayMonths) ?? 0;
  return (
    <div className="review stack">
      <p>{t('offerForm.reviewIntro')}</p>
      <Section step={0} onChangeStep={onChangeStep}>
        <dt>{t('offerForm.type.label')}</dt>
        <dd>{draft.type ? t(`offerTypes.${draft.type}`) : '–'}</dd>
        <dt>{t('offerForm.title.label')}</dt>
        <dd>{draft.title}</dd>
        <dt>{t('offerForm.address.label')}</dt>
        <dd className="preserve-lines">{draft.address}</dd>
        <dt>{draft.locationKind === 'postcode' ? t('offerForm.postcode.label') : t('offerForm.place.label')}</dt>
        <dd>
          <bdi>{locationQuery(draft)}</bdi>
          {area && (
            <>
              <br />
              {t('offerForm.areaShown', { area: area.label })}
              {area.approximate && ` ${t('offerForm.areaApproximate')}`}
            </>
          )}
        </dd>
      </Section>
      <Section step={1} onChangeStep={onChangeStep}>
        <dt>{t('offerForm.bedrooms.label')}</dt>
        <dd>{formatNumber(parseWholeNumber(draft.bedrooms) ?? 0, language)}</dd>
        <dt>{t('offerForm.maxGuests.label')}</dt>
        <dd>{formatNumber(parseWholeNumber(draft.maxGuests) ?? 0, language)}</dd>
        <dt>{t('offerForm.stepFree.label')}</dt>
        <dd>{draft.stepFree ? t(`offerForm.stepFree.options.${draft.stepFree}`) : '–'}</dd>
        <dt>{t('offerForm.wheelchairBathroom.label')}</dt>
        <dd>{yesNo(draft.wheelchairBathroom)}</dd>
        <dt>{t('offerForm.groundFloorBedroom.label')}</dt>
        <dd>{yesNo(draft.groundFloorBedroom)}</dd>
      </Section>
      <Section step={2} onChangeStep={onChangeStep}>
        {SUITS_FIELDS.map((field) => (
          <Fragment key={field}>
            <dt>{t(`offerForm.${field}.label`)}</dt>
            <dd>{yesNo(draft[field])}</dd>
          </Fragment>
        ))}
      </Section>
      <Section step={3} onChangeStep={onChangeStep}>
        <dt>{t('offerForm.availableFrom.label')}</dt>
        <dd>{draft.availableFrom ? formatDate(draft.availableFrom, language) : '–'}</dd>
        <dt>{t('offerForm.availableUntil.label')}</dt>
        <dd>{draft.openEnded ? t('offerForm.until.open') : formatDate(draft.availableUntil, language)}</dd>
        <dt>{t('offerForm.minimumStay.label')}</dt>
        <dd>{months === 0 ? t('offerForm.minimumStay.none') : t('offerForm.minimumStay.months', { count: months })}</dd>
      </Section>
    </div>
  );
}
