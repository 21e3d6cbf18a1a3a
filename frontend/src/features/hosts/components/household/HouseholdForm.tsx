import type { TFunction } from 'i18next';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../../components/feedback';
import {
  ErrorSummary,
  LanguagePicker,
  RadioGroup,
  SubmitButton,
  TextField,
  useFormSubmission,
} from '../../../../components/form';
import { saveHousehold } from '../../api/host-api';
import { useOwnRecordsChanged } from '../../api/hosts-queries';
import type { Household } from '../../types';
import { PeopleRows } from './PeopleRows';
import {
  HOUSEHOLD_ALIASES,
  draftOf,
  fieldNamesOf,
  householdOf,
  validateHousehold,
  type HouseholdDraft,
} from './household-form-state';

type HouseholdFormProps = { household: Household; onSaved?: (household: Household) => void };

/** No radio is checked until the host has answered. */
function yesNoValue(answer: boolean | null): string {
  if (answer === null) return '';
  return answer ? 'yes' : 'no';
}

/** The server's no-adult rule in the words this form uses for it (to the host, not about them). */
function hostWording(code: string | undefined, t: TFunction): string | null {
  return code === 'household-no-adult' ? t('validation.householdAdult') : null;
}

/** Who lives in the host's home: people, languages, pets and smoking. Saved with one PUT. */
export function HouseholdForm({ household, onSaved }: HouseholdFormProps) {
  const { householdSaved } = useOwnRecordsChanged();
  const { t } = useTranslation();
  const [draft, setDraft] = useState<HouseholdDraft>(() => draftOf(household));
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const fields = useMemo(() => fieldNamesOf(draft), [draft]);
  const submission = useFormSubmission({ fields, aliases: HOUSEHOLD_ALIASES, codeWording: hostWording });
  const { fieldErrors } = submission;

  function change(next: Partial<HouseholdDraft>) {
    setSaved(false);
    setDraft((previous) => ({ ...previous, ...next }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    if (submission.showClientErrors(validateHousehold(draft))) return;
    await submission.run(async () => {
      const stored = await saveHousehold(householdOf(draft));
      householdSaved(stored);
      setDraft(draftOf(stored));
      setFocusKey(null);
      setSaved(true);
      onSaved?.(stored);
    });
  }

  const yesNo = [
    { value: 'yes', label: t('common.yes') },
    { value: 'no', label: t('common.no') },
  ];

  return (
    <form className="form form--wide" noValidate onSubmit={handleSubmit}>
      <ErrorSummary submission={submission} />
      <PeopleRows
        group="adults"
        rows={draft.adults}
        onChange={(adults) => change({ adults })}
        fieldErrors={fieldErrors}
        focusKey={focusKey}
        onAdded={setFocusKey}
      />
      <PeopleRows
        group="children"
        rows={draft.children}
        onChange={(children) => change({ children })}
        fieldErrors={fieldErrors}
        focusKey={focusKey}
        onAdded={setFocusKey}
      />
      <LanguagePicker
        legend={t('household.languages.title')}
        help={t('household.languages.help')}
        languages={draft.languages}
        onChange={(languages) => change({ languages })}
        error={fieldErrors.languages}
      />
      <div className="card stack">
        <RadioGroup
          legend={t('household.pets.question')}
          name="hasPets"
          options={yesNo}
          value={yesNoValue(draft.hasPets)}
          onChange={(value) => change({ hasPets: value === 'yes' })}
          help={t('household.pets.help')}
          error={fieldErrors.hasPets}
        />
        {draft.hasPets && (
          <TextField
            label={t('household.pets.kinds')}
            name="petKinds"
            help={t('household.pets.kindsHelp')}
            value={draft.petKinds}
            onChange={(event) => change({ petKinds: event.target.value })}
            error={fieldErrors.petKinds}
          />
        )}
      </div>
      <div className="card stack">
        <RadioGroup
          legend={t('household.smokers.question')}
          name="smokers"
          options={yesNo}
          value={yesNoValue(draft.smokers)}
          onChange={(value) => change({ smokers: value === 'yes' })}
          help={t('household.smokers.help')}
          error={fieldErrors.smokers}
        />
      </div>
      {saved && <StatusMessage>{t('household.saved')}</StatusMessage>}
      <SubmitButton busy={submission.busy} busyLabel={t('household.saving')}>
        {t('household.save')}
      </SubmitButton>
    </form>
  );
}
