import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { LabelledField, controlClass } from './LabelledField';

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> & {
  label: string;
  name: string;
  help?: ReactNode;
  error?: string | undefined;
};

/** Like TextField, for answers of more than one line (an address, a note). */
export function TextAreaField({ label, name, help, error, className, ...textareaProps }: TextAreaFieldProps) {
  return (
    <LabelledField label={label} help={help} error={error}>
      {(control) => (
        <textarea
          rows={3}
          {...textareaProps}
          {...control}
          name={name}
          className={controlClass('field__input', 'field__input--multiline', className)}
        />
      )}
    </LabelledField>
  );
}
