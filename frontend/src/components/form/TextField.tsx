import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldError } from './FieldError';
import { useFieldIds } from './use-field-ids';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> & {
  label: string;
  name: string;
  help?: ReactNode;
  error?: string | undefined;
};

/** A labelled input with optional help text and an error message that screen readers tie to it. */
export function TextField({ label, name, help, error, className, ...inputProps }: TextFieldProps) {
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
      <input
        {...inputProps}
        id={id}
        name={name}
        className={['field__input', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
