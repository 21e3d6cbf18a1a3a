import type { ReactNode, SelectHTMLAttributes } from 'react';
import { LabelledField, controlClass } from './LabelledField';

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> & {
  label: string;
  name: string;
  options: readonly { value: string; label: string }[];
  help?: ReactNode;
  error?: string | undefined;
};

export function SelectField({ label, name, options, help, error, className, ...selectProps }: SelectFieldProps) {
  return (
    <LabelledField label={label} help={help} error={error}>
      {(control) => (
        <select {...selectProps} {...control} name={name} className={controlClass('field__input', className)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
