import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldError } from './FieldError';
import { useFieldIds } from './use-field-ids';

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'type'> & {
  label: string;
  name: string;
  help?: ReactNode;
  error?: string | undefined;
};

/** A single yes/no question as a checkbox: the box before its label, help and error below it. */
export function CheckboxField({ label, name, help, error, className, ...inputProps }: CheckboxFieldProps) {
  const { id, helpId, errorId, describedBy } = useFieldIds({ hasHelp: Boolean(help), hasError: Boolean(error) });
  return (
    <div className={['field', 'field--checkbox', error ? 'field--invalid' : '', className].filter(Boolean).join(' ')}>
      {error && errorId && <FieldError id={errorId}>{error}</FieldError>}
      <div className="checkbox">
        <input
          {...inputProps}
          type="checkbox"
          id={id}
          name={name}
          className="checkbox__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        <label className="checkbox__label" htmlFor={id}>
          {label}
        </label>
      </div>
      {help && (
        <p id={helpId} className="field__help checkbox__help">
          {help}
        </p>
      )}
    </div>
  );
}
