import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, changeLanguage, isLanguageCode } from '../../lib/i18n';

/**
 * Each language is named in itself (English, Українська, دری), so a reader finds their own
 * whatever language the page is in now. The label is in the current language.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id} className="language-switcher__label">
        <span aria-hidden="true" className="language-switcher__icon" />
        <span className="language-switcher__text">{t('language.label')}</span>
      </label>
      <select
        id={id}
        className="language-switcher__select"
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => {
          if (isLanguageCode(event.target.value)) void changeLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.nativeName}
          </option>
        ))}
      </select>
    </div>
  );
}
