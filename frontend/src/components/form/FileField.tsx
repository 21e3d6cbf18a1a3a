import type { InputHTMLAttributes, ReactNode } from 'react';
import { LabelledField, controlClass } from './LabelledField';

type FileFieldProps = {
  label: string;
  help?: ReactNode;
  error?: string | undefined;
  /** The file chosen, or null when the choice was cleared. */
  onFileChange: (file: File | null) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id' | 'onChange' | 'value'>;

/** A file picker with its label, help and error, like every other field. */
export function FileField({ label, help, error, onFileChange, className, ...inputProps }: FileFieldProps) {
  return (
    <LabelledField label={label} help={help} error={error}>
      {(control) => (
        <input
          {...inputProps}
          {...control}
          type="file"
          className={controlClass('field__input', className)}
          onChange={(event) => onFileChange(event.currentTarget.files?.[0] ?? null)}
        />
      )}
    </LabelledField>
  );
}
