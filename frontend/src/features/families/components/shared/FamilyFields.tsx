import { useTranslation } from 'react-i18next';
import { CheckboxField, LanguagePicker, TextAreaField, TextField, todayIso } from '../../../../components/form';
import {
  CONTACT_EMAIL_MAX,
  CONTACT_PHONE_MAX,
  LOCATION_MAX,
  LOCATION_TIES_MAX,
  NEED_FLAGS,
  type NeedsDraft,
} from './family-form-state';
import type { Voice } from './voice';

type SectionProps = {
  voice: Voice;
  draft: NeedsDraft;
  change: (next: Partial<NeedsDraft>) => void;
  fieldErrors: Record<string, string>;
};

export function LanguagesField({ voice, draft, change, fieldErrors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <LanguagePicker
      legend={t(`family.languages.${voice}.title`)}
      help={t(`family.languages.${voice}.help`)}
      languages={draft.languages}
      onChange={(languages) => change({ languages })}
      error={fieldErrors.languages}
    />
  );
}

/** Needs and safeguarding wishes; why we ask about an LGBTQI+ affirming home is said plainly. */
export function NeedsFields({ voice, draft, change, fieldErrors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset card stack">
      <legend className="fieldset__legend">{t(`family.needs.${voice}.title`)}</legend>
      <p className="field__help">{t(`family.needs.${voice}.help`)}</p>
      {NEED_FLAGS.map((flag) => (
        <CheckboxField
          key={flag}
          label={t(`family.needs.${voice}.${flag}`)}
          name={flag}
          help={flag === 'needsLgbtqiAffirming' ? t(`family.needs.${voice}.lgbtqiWhy`) : undefined}
          checked={draft[flag]}
          onChange={(event) => change({ [flag]: event.target.checked })}
          error={fieldErrors[flag]}
        />
      ))}
    </fieldset>
  );
}

export function PlaceFields({ voice, draft, change, fieldErrors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t(`family.place.${voice}.location`)}
        name="location"
        help={t(`family.place.${voice}.locationHelp`)}
        autoComplete="off"
        maxLength={LOCATION_MAX}
        value={draft.location}
        onChange={(event) => change({ location: event.target.value })}
        error={fieldErrors.location}
      />
      <TextAreaField
        label={t(`family.place.${voice}.ties`)}
        name="locationTies"
        help={t(`family.place.${voice}.tiesHelp`)}
        maxLength={LOCATION_TIES_MAX}
        value={draft.locationTies}
        onChange={(event) => change({ locationTies: event.target.value })}
        error={fieldErrors.locationTies}
      />
    </>
  );
}

export function WhenFields({
  voice,
  draft,
  change,
  fieldErrors,
  storedNeededFrom,
}: SectionProps & { storedNeededFrom?: string | null }) {
  const { t } = useTranslation();
  const today = todayIso();
  return (
    <>
      <TextField
        label={t(`family.when.${voice}.neededFrom`)}
        name="neededFrom"
        type="date"
        className="field__input--date"
        min={storedNeededFrom && storedNeededFrom < today ? storedNeededFrom : today}
        value={draft.neededFrom}
        onChange={(event) => change({ neededFrom: event.target.value })}
        error={fieldErrors.neededFrom}
      />
      <TextField
        label={t(`family.when.${voice}.expectedStayMonths`)}
        name="expectedStayMonths"
        help={t(`family.when.${voice}.expectedStayHelp`)}
        inputMode="numeric"
        autoComplete="off"
        className="field__input--short"
        value={draft.expectedStayMonths}
        onChange={(event) => change({ expectedStayMonths: event.target.value })}
        error={fieldErrors.expectedStayMonths}
      />
    </>
  );
}

export function ContactFields({ voice, draft, change, fieldErrors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="field__help">{t(`family.contact.${voice}.help`)}</p>
      <TextField
        label={t(`family.contact.${voice}.phone`)}
        name="contactPhone"
        type="tel"
        dir="ltr"
        autoComplete={voice === 'family' ? 'tel' : 'off'}
        maxLength={CONTACT_PHONE_MAX}
        value={draft.contactPhone}
        onChange={(event) => change({ contactPhone: event.target.value })}
        error={fieldErrors.contactPhone}
      />
      <TextField
        label={t(`family.contact.${voice}.email`)}
        name="contactEmail"
        type="email"
        dir="ltr"
        autoComplete={voice === 'family' ? 'email' : 'off'}
        maxLength={CONTACT_EMAIL_MAX}
        value={draft.contactEmail}
        onChange={(event) => change({ contactEmail: event.target.value })}
        error={fieldErrors.contactEmail}
      />
    </>
  );
}
