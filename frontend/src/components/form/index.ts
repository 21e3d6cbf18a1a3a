export { FormAlert } from './FormAlert';
export { problemMessage } from './problem-message';
export { SelectField } from './SelectField';
export { SubmitButton } from './SubmitButton';
export { TextField } from './TextField';
export { useFormSubmission } from './use-form-submission';
export type { FormSubmission } from './use-form-submission';
export {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  collectErrors,
  emailError,
  passwordLengthError,
  requiredError,
} from './validation';
export type { ValidationKey } from './validation';
export { textValue } from './form-data';
