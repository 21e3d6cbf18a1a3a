import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../../components/form/FieldError';
import { SelectField, TextField } from '../../../../components/form';
import { SEXES } from '../../types';
import { MAX_PEOPLE, newRow, personField, type PersonGroup, type PersonRow } from './household-form-state';

type PeopleRowsProps = {
  group: PersonGroup;
  rows: PersonRow[];
  onChange: (rows: PersonRow[]) => void;
  fieldErrors: Record<string, string>;
  /** The row just added, whose first field takes focus. */
  focusKey: number | null;
  onAdded: (key: number) => void;
};

/** The adults or the children of the household: one small group of fields per person. */
export function PeopleRows({ group, rows, onChange, fieldErrors, focusKey, onAdded }: PeopleRowsProps) {
  const { t } = useTranslation();
  const groupError = fieldErrors[group];
  const sexOptions = [
    { value: '', label: t('household.choose') },
    ...SEXES.map((sex) => ({ value: sex, label: t(`household.sexes.${sex}`) })),
  ];

  function update(index: number, change: Partial<PersonRow>) {
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  }

  return (
    <fieldset
      className="fieldset card stack"
      data-field={group}
      aria-describedby={groupError ? `${group}-error` : `${group}-help`}
    >
      <legend className="fieldset__legend">{t(`household.${group}.title`)}</legend>
      <p id={`${group}-help`} className="field__help">
        {t(`household.${group}.help`)}
      </p>
      {groupError && <FieldError id={`${group}-error`}>{groupError}</FieldError>}
      {rows.length === 0 && <p>{t(`household.${group}.none`)}</p>}
      <ol className="people">
        {rows.map((row, index) => {
          const name = t(`household.${group}.person`, { number: index + 1 });
          return (
            <li key={row.key} className="people__row">
              <fieldset className="fieldset person" data-error-context={name}>
                <legend className="person__legend">{name}</legend>
                <div className="person__fields">
                  <SelectField
                    label={t('household.sex')}
                    name={personField(group, index, 'sex')}
                    options={sexOptions}
                    value={row.sex}
                    onChange={(event) => update(index, { sex: event.target.value as PersonRow['sex'] })}
                    error={fieldErrors[personField(group, index, 'sex')]}
                    // eslint-disable-next-line jsx-a11y/no-autofocus -- only the row the user has just added takes focus, so they type on where they clicked
                    autoFocus={row.key === focusKey}
                  />
                  <TextField
                    label={t('household.age')}
                    name={personField(group, index, 'age')}
                    inputMode="numeric"
                    autoComplete="off"
                    className="field__input--short"
                    value={row.age}
                    onChange={(event) => update(index, { age: event.target.value })}
                    error={fieldErrors[personField(group, index, 'age')]}
                  />
                </div>
                <button
                  type="button"
                  className="button button--secondary person__remove"
                  onClick={() => onChange(rows.filter((_, at) => at !== index))}
                >
                  {t('household.remove')} <span className="visually-hidden">{name}</span>
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {rows.length < MAX_PEOPLE ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const row = newRow();
              onChange([...rows, row]);
              onAdded(row.key);
            }}
          >
            {t(`household.${group}.add`)}
          </button>
        </p>
      ) : (
        <p>{t('household.maxPeople', { max: MAX_PEOPLE })}</p>
      )}
    </fieldset>
  );
}
