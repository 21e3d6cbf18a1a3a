export { changeLanguage, i18next, i18nReady, loadAllResources } from './i18n';
export { LANGUAGES, directionOf, isLanguageCode } from './languages';
export type { LanguageCode } from './languages';
export { formatDate, formatDateTime, formatLocale, formatNumber } from './format';
export { SPOKEN_LANGUAGE_CODES, spokenLanguageName, spokenLanguageOptions } from './spoken-languages';
export { isolate, IsolatedText } from './isolate';
