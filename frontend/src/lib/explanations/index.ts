export { hasEnglishOnly, wordedSentence } from './explanation-words';
export { RuleSentence } from './RuleSentence';
