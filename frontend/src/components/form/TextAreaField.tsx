import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldError } from './FieldError';
import { useFieldIds } from './use-field-ids';

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> & {
  label: string;
  name: string;
  help?: ReactNode;
  error?: string | undefined;
};

/** Like TextField, for answers of more than one line (an address, a note). */
export function TextAreaField({ label, name, help, error, className, ...textareaProps }: TextAreaFieldProps) {
  const { id, helpId, errorId, describedBy } = useFieldIds({ hasHelp: Boolean(help), hasError: Boolean(error) });
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {help && (
        <p id={helpId} className="field__help">
          {help}
        </p>
      )}
      {error && errorId && <FieldError id={errorId}>{error}</FieldError>}
      <textarea
        rows={3}
        {...textareaProps}
        id={id}
        name={name}
        className={['field__input', 'field__input--multiline', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
