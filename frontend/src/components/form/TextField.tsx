import type { InputHTMLAttributes, ReactNode } from 'react';
import { LabelledField, controlClass } from './LabelledField';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> & {
  label: string;
  name: string;
  help?: ReactNode;
  error?: string | undefined;
};

/** A labelled input with optional help text and an error message that screen readers tie to it. */
export function TextField({ label, name, help, error, className, ...inputProps }: TextFieldProps) {
  return (
    <LabelledField label={label} help={help} error={error}>
      {(control) => (
        <input {...inputProps} {...control} name={name} className={controlClass('field__input', className)} />
      )}
    </LabelledField>
  );
}
