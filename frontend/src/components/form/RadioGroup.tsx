import { useId, type ReactNode } from 'react';
import { FieldError } from './FieldError';

type RadioOption = { value: string; label: string; help?: ReactNode };

type RadioGroupProps = {
  legend: string;
  name: string;
  options: readonly RadioOption[];
  value: string;
  onChange: (value: string) => void;
  help?: ReactNode;
  error?: string | undefined;
};

/**
 * One choice out of a few, as a fieldset: the legend names the question for screen readers,
 * each option may carry its own short explanation.
 */
export function RadioGroup({ legend, name, options, value, onChange, help, error }: RadioGroupProps) {
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, helpId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={error ? 'field fieldset field--invalid' : 'field fieldset'} aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      {help && (
        <p id={helpId} className="field__help">
          {help}
        </p>
      )}
      {error && errorId && <FieldError id={errorId}>{error}</FieldError>}
      <div className="radios">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          const optionHelpId = option.help ? `${optionId}-help` : undefined;
          return (
            <div key={option.value} className="radio">
              <input
                type="radio"
                className="radio__input"
                id={optionId}
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-describedby={optionHelpId}
              />
              <label className="radio__label" htmlFor={optionId}>
                {option.label}
              </label>
              {option.help && (
                <p id={optionHelpId} className="field__help radio__help">
                  {option.help}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
