import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, RadioGroup, TextAreaField, TextField } from '../../../../components/form';
import { OFFER_TYPES, STEP_FREE_LEVELS } from '../../types';
import { LIMITS, type OfferDraft } from './offer-form-state';

export type StepProps = {
  draft: OfferDraft;
  change: (next: Partial<OfferDraft>) => void;
  fieldErrors: Record<string, string>;
};

/** Step 1: what kind of place, and where it is; `locationNotice` is advice about the location found. */
export function PlaceStep({ draft, change, fieldErrors, locationNotice }: StepProps & { locationNotice?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <RadioGroup
        legend={t('offerForm.type.label')}
        name="type"
        value={draft.type}
        onChange={(type) => change({ type: type as OfferDraft['type'] })}
        options={OFFER_TYPES.map((type) => ({
          value: type,
          label: t(`offerTypes.${type}`),
          help: t(`offerForm.type.help.${type}`),
        }))}
        error={fieldErrors.type}
      />
      <TextField
        label={t('offerForm.title.label')}
        name="title"
        help={t('offerForm.title.help')}
        maxLength={LIMITS.title}
        value={draft.title}
        onChange={(event) => change({ title: event.target.value })}
        error={fieldErrors.title}
      />
      <TextAreaField
        label={t('offerForm.address.label')}
        name="address"
        autoComplete="street-address"
        help={t('offerForm.address.help')}
        maxLength={LIMITS.address}
        value={draft.address}
        onChange={(event) => change({ address: event.target.value })}
        error={fieldErrors.address}
      />
      <RadioGroup
        legend={t('offerForm.location.label')}
        name="locationKind"
        help={t('offerForm.location.help')}
        value={draft.locationKind}
        onChange={(kind) => change({ locationKind: kind === 'place' ? 'place' : 'postcode' })}
        options={[
          { value: 'postcode', label: t('offerForm.location.postcodeOption') },
          { value: 'place', label: t('offerForm.location.placeOption') },
        ]}
      />
      {draft.locationKind === 'postcode' ? (
        <TextField
          label={t('offerForm.postcode.label')}
          name="postcode"
          autoComplete="postal-code"
          dir="ltr"
          className="field__input--short"
          help={t('offerForm.postcode.help')}
          maxLength={LIMITS.postcode}
          value={draft.postcode}
          onChange={(event) => change({ postcode: event.target.value })}
          error={fieldErrors.postcode}
        />
      ) : (
        <TextField
          label={t('offerForm.place.label')}
          name="place"
          autoComplete="address-level2"
          help={t('offerForm.place.help')}
          maxLength={LIMITS.place}
          value={draft.place}
          onChange={(event) => change({ place: event.target.value })}
          error={fieldErrors.place}
        />
      )}
      {locationNotice}
    </>
  );
}

/** Step 2: rooms, guests and access. */
export function SpaceStep({ draft, change, fieldErrors }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('offerForm.bedrooms.label')}
        name="bedrooms"
        inputMode="numeric"
        className="field__input--short"
        help={t('offerForm.bedrooms.help')}
        value={draft.bedrooms}
        onChange={(event) => change({ bedrooms: event.target.value })}
        error={fieldErrors.bedrooms}
      />
      <TextField
        label={t('offerForm.maxGuests.label')}
        name="maxGuests"
        inputMode="numeric"
        className="field__input--short"
        help={t('offerForm.maxGuests.help')}
        value={draft.maxGuests}
        onChange={(event) => change({ maxGuests: event.target.value })}
        error={fieldErrors.maxGuests}
      />
      <RadioGroup
        legend={t('offerForm.stepFree.label')}
        name="stepFree"
        help={t('offerForm.stepFree.help')}
        value={draft.stepFree}
        onChange={(stepFree) => change({ stepFree: stepFree as OfferDraft['stepFree'] })}
        options={STEP_FREE_LEVELS.map((level) => ({ value: level, label: t(`offerForm.stepFree.options.${level}`) }))}
        error={fieldErrors.stepFree}
      />
      <CheckboxField
        label={t('offerForm.wheelchairBathroom.label')}
        name="wheelchairBathroom"
        help={t('offerForm.wheelchairBathroom.help')}
        checked={draft.wheelchairBathroom}
        onChange={(event) => change({ wheelchairBathroom: event.target.checked })}
        error={fieldErrors.wheelchairBathroom}
      />
      <CheckboxField
        label={t('offerForm.groundFloorBedroom.label')}
        name="groundFloorBedroom"
        help={t('offerForm.groundFloorBedroom.help')}
        checked={draft.groundFloorBedroom}
        onChange={(event) => change({ groundFloorBedroom: event.target.checked })}
        error={fieldErrors.groundFloorBedroom}
      />
    </>
  );
}

export const SUITS_FIELDS = [
  'childrenWelcome',
  'petsAllowed',
  'womenOnly',
  'lgbtqiAffirming',
  'smokingAllowed',
] as const;

/** Step 3: who the home suits. Each question says why we ask it. */
export function SuitsStep({ draft, change, fieldErrors }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('offerForm.suitsIntro')}</p>
      {SUITS_FIELDS.map((field) => (
        <CheckboxField
          key={field}
          label={t(`offerForm.${field}.label`)}
          name={field}
          help={t(`offerForm.${field}.help`)}
          checked={draft[field]}
          onChange={(event) => change({ [field]: event.target.checked })}
          error={fieldErrors[field]}
        />
      ))}
    </>
  );
}

/** Step 4: when the home is free, and for how long at least. */
export function DatesStep({ draft, change, fieldErrors, minDate }: StepProps & { minDate: string | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('offerForm.availableFrom.label')}
        name="availableFrom"
        type="date"
        className="field__input--date"
        help={t('offerForm.availableFrom.help')}
        min={minDate}
        value={draft.availableFrom}
        onChange={(event) => change({ availableFrom: event.target.value })}
        error={fieldErrors.availableFrom}
      />
      <RadioGroup
        legend={t('offerForm.until.label')}
        name="openEnded"
        value={draft.openEnded ? 'open' : 'until'}
        onChange={(value) => change({ openEnded: value === 'open' })}
        options={[
          { value: 'open', label: t('offerForm.until.open') },
          { value: 'until', label: t('offerForm.until.date') },
        ]}
      />
      {!draft.openEnded && (
        <TextField
          label={t('offerForm.availableUntil.label')}
          name="availableUntil"
          type="date"
          className="field__input--date"
          help={t('offerForm.availableUntil.help')}
          min={draft.availableFrom || minDate}
          value={draft.availableUntil}
          onChange={(event) => change({ availableUntil: event.target.value })}
          error={fieldErrors.availableUntil}
        />
      )}
      <TextField
        label={t('offerForm.minimumStay.label')}
        name="minimumStayMonths"
        inputMode="numeric"
        className="field__input--short"
        help={t('offerForm.minimumStay.help')}
        value={draft.minimumStayMonths}
        onChange={(event) => change({ minimumStayMonths: event.target.value })}
        error={fieldErrors.minimumStayMonths}
      />
    </>
  );
}
