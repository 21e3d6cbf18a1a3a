import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { spokenLanguageName, spokenLanguageOptions } from '../../lib/i18n';
import { FieldError } from './FieldError';

/** The API takes at most ten languages for a household or a family. */
export const MAX_LANGUAGES = 10;

type LanguagePickerProps = {
  /** The question, e.g. "Languages spoken at home". */
  legend: string;
  help: string;
  languages: string[];
  onChange: (languages: string[]) => void;
  error?: string | undefined;
  /** The field's name in the form's errors, so the error summary can link to the picker. */
  name?: string;
};

/**
 * Languages chosen from a list named in the reader's language; each chosen one can be removed.
 * A select and an Add button rather than forty checkboxes: short on a phone, plain for a keyboard.
 */
export function LanguagePicker({ legend, help, languages, onChange, error, name = 'languages' }: LanguagePickerProps) {
  const { t, i18n } = useTranslation();
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const [choice, setChoice] = useState('');
  const id = useId();
  const selectId = `${id}-select`;
  const errorId = `${id}-error`;
  const available = spokenLanguageOptions(uiLanguage).filter((option) => !languages.includes(option.code));
  const full = languages.length >= MAX_LANGUAGES;

  return (
    <fieldset
      data-field={name}
      className={error ? 'fieldset card stack field--invalid' : 'fieldset card stack'}
      aria-describedby={error ? `${errorId} ${id}-help` : `${id}-help`}
    >
      <legend className="fieldset__legend">{legend}</legend>
      <p id={`${id}-help`} className="field__help">
        {help}
      </p>
      {error && <FieldError id={errorId}>{error}</FieldError>}
      {languages.length === 0 ? (
        <p>{t('languagePicker.none')}</p>
      ) : (
        <ul className="chosen-list" aria-label={t('languagePicker.chosen')}>
          {languages.map((code) => {
            const name = spokenLanguageName(code, uiLanguage);
            return (
              <li key={code} className="chosen-list__item">
                <span>{name}</span>
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => onChange(languages.filter((chosen) => chosen !== code))}
                >
                  {t('languagePicker.remove')} <span className="visually-hidden">{name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {full ? (
        <p>{t('languagePicker.max', { max: MAX_LANGUAGES })}</p>
      ) : (
        <div className="inline-add">
          <div className="field">
            <label className="field__label" htmlFor={selectId}>
              {t('languagePicker.add')}
            </label>
            <select
              id={selectId}
              className="field__input"
              value={choice}
              onChange={(event) => setChoice(event.target.value)}
            >
              <option value="">{t('languagePicker.choose')}</option>
              {available.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button--secondary"
            disabled={!choice}
            onClick={() => {
              if (choice && !languages.includes(choice)) onChange([...languages, choice]);
              setChoice('');
            }}
          >
            {t('languagePicker.addButton')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
