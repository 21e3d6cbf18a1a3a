export { changeLanguage, i18next, i18nReady, resources } from './i18n';
export { LANGUAGES, directionOf, isLanguageCode } from './languages';
export type { LanguageCode } from './languages';
export { formatDateTime } from './format';
