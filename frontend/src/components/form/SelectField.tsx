import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldError } from './FieldError';
import { useFieldIds } from './use-field-ids';

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> & {
  label: string;
  name: string;
  options: readonly { value: string; label: string }[];
  help?: ReactNode;
  error?: string | undefined;
};

export function SelectField({ label, name, options, help, error, className, ...selectProps }: SelectFieldProps) {
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
      <select
        {...selectProps}
        id={id}
        name={name}
        className={['field__input', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
