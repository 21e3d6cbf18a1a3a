export { CheckboxField } from './CheckboxField';
export { ErrorSummary } from './ErrorSummary';
export { FieldError } from './FieldError';
export { FilterActions } from './FilterActions';
export { FileField } from './FileField';
export { FormAlert } from './FormAlert';
export { LanguagePicker, MAX_LANGUAGES } from './LanguagePicker';
export { problemMessage } from './problem-message';
export { RadioGroup } from './RadioGroup';
export { SelectField } from './SelectField';
export { SubmitButton } from './SubmitButton';
export { TextAreaField } from './TextAreaField';
export { TextField } from './TextField';
export { useFormSubmission } from './use-form-submission';
export type { FormSubmission } from './use-form-submission';
export {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  collectErrors,
  emailError,
  isIsoDate,
  numberError,
  parseWholeNumber,
  passwordLengthError,
  requiredError,
  textError,
  todayIso,
} from './validation';
export type { ValidationKey } from './validation';
export { textValue } from './form-data';
export { checkedChoice, checkedText, issueKeys, schemaErrorKeys } from './schema';
