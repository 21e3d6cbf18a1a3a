import type { ReactNode } from 'react';
import { FieldError } from './FieldError';
import { useFieldIds } from './use-field-ids';

/** What a control needs to be tied to its label, help and error for screen readers. */
export type ControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

type LabelledFieldProps = {
  label: string;
  help?: ReactNode;
  error?: string | undefined;
  children: (control: ControlProps) => ReactNode;
};

/**
 * The frame every single-control field shares: the label, optional help, the error message, and
 * the ids that connect them to the control the caller renders.
 */
export function LabelledField({ label, help, error, children }: LabelledFieldProps) {
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
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
    </div>
  );
}

export function controlClass(...names: (string | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
