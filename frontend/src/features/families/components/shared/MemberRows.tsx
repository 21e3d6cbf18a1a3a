import { useTranslation } from 'react-i18next';
import { CheckboxField, FieldError, SelectField, TextField } from '../../../../components/form';
import { RELATIONSHIPS, SEXES } from '../../types';
import { MAX_MEMBERS, FIRST_NAME_MAX, memberField, newMemberRow, type MemberRow } from './family-form-state';
import type { Voice } from './voice';

type MemberRowsProps = {
  voice: Voice;
  rows: MemberRow[];
  onChange: (rows: MemberRow[]) => void;
  fieldErrors: Record<string, string>;
  /** The row just added, whose first field takes focus. */
  focusKey: number | null;
  onAdded: (key: number) => void;
};

/** The people of the family: one small group of fields per person, added and removed freely. */
export function MemberRows({ voice, rows, onChange, fieldErrors, focusKey, onAdded }: MemberRowsProps) {
  const { t } = useTranslation();
  const groupError = fieldErrors.members;
  const sexOptions = [
    { value: '', label: voice === 'caseworker' ? t('family.notKnownYet') : t('family.choose') },
    ...SEXES.map((sex) => ({ value: sex, label: t(`family.sexes.${sex}`) })),
  ];
  const relationshipOptions = [
    { value: '', label: t('family.choose') },
    ...RELATIONSHIPS.map((relationship) => ({
      value: relationship,
      label: t(`family.relationships.${voice}.${relationship}`),
    })),
  ];

  function update(index: number, change: Partial<MemberRow>) {
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  }

  return (
    <fieldset
      className={groupError ? 'fieldset card stack field--invalid' : 'fieldset card stack'}
      data-field="members"
      aria-describedby={groupError ? 'members-error members-help' : 'members-help'}
    >
      <legend className="fieldset__legend">{t(`family.people.${voice}.title`)}</legend>
      <p id="members-help" className="field__help">
        {t(`family.people.${voice}.help`)}
      </p>
      {groupError && <FieldError id="members-error">{groupError}</FieldError>}
      <ol className="people">
        {rows.map((row, index) => {
          const name = t('family.member.person', { number: index + 1 });
          const field = (part: Parameters<typeof memberField>[1]) => memberField(index, part);
          return (
            <li key={row.key} className="people__row">
              <fieldset className="fieldset person" data-error-context={name}>
                <legend className="person__legend">{name}</legend>
                <div className="person__fields">
                  <TextField
                    label={t('family.member.firstName')}
                    name={field('firstName')}
                    autoComplete="off"
                    maxLength={FIRST_NAME_MAX}
                    value={row.firstName}
                    onChange={(event) => update(index, { firstName: event.target.value })}
                    error={fieldErrors[field('firstName')]}
                    // eslint-disable-next-line jsx-a11y/no-autofocus -- only the row the user has just added takes focus, so they type on where they clicked
                    autoFocus={row.key === focusKey}
                  />
                  <TextField
                    label={t('family.member.age')}
                    name={field('age')}
                    inputMode="numeric"
                    autoComplete="off"
                    className="field__input--short"
                    value={row.age}
                    onChange={(event) => update(index, { age: event.target.value })}
                    error={fieldErrors[field('age')]}
                  />
                  <SelectField
                    label={t('family.member.sex')}
                    name={field('sex')}
                    options={sexOptions}
                    value={row.sex}
                    onChange={(event) => update(index, { sex: event.target.value as MemberRow['sex'] })}
                    error={fieldErrors[field('sex')]}
                  />
                  <SelectField
                    label={t(`family.member.relationship.${voice}`)}
                    name={field('relationship')}
                    options={relationshipOptions}
                    value={row.relationship}
                    onChange={(event) =>
                      update(index, { relationship: event.target.value as MemberRow['relationship'] })
                    }
                    error={fieldErrors[field('relationship')]}
                  />
                </div>
                <CheckboxField
                  label={t('family.member.wheelchairUser')}
                  name={field('wheelchairUser')}
                  checked={row.wheelchairUser}
                  onChange={(event) => update(index, { wheelchairUser: event.target.checked })}
                  error={fieldErrors[field('wheelchairUser')]}
                />
                {rows.length > 1 && (
                  <button
                    type="button"
                    className="button button--secondary person__remove"
                    onClick={() => onChange(rows.filter((_, at) => at !== index))}
                  >
                    {t('family.member.remove')} <span className="visually-hidden">{name}</span>
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {rows.length < MAX_MEMBERS ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const row = newMemberRow();
              onChange([...rows, row]);
              onAdded(row.key);
            }}
          >
            {t('family.member.add')}
          </button>
        </p>
      ) : (
        <p>{t('family.member.max', { max: MAX_MEMBERS })}</p>
      )}
    </fieldset>
  );
}
