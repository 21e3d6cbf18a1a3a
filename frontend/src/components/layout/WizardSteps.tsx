import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/i18n';

type WizardStepsProps = {
  /** The accessible name of the list, e.g. "Steps of the form". */
  label: string;
  /** The steps' names, in order, already in the reader's language. */
  names: readonly string[];
  /** The index of the step shown now. */
  current: number;
};

/** The numbered step indicator of a multi-step form: done, current (aria-current) and still to come. */
export function WizardSteps({ label, names, current }: WizardStepsProps) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <ol className="wizard__steps" aria-label={label}>
      {names.map((name, index) => (
        <li
          key={name}
          className={`wizard__step${index === current ? ' wizard__step--current' : ''}${index < current ? ' wizard__step--done' : ''}`}
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="wizard__step-number" aria-hidden="true">
            {formatNumber(index + 1, language)}
          </span>
          <span className="wizard__step-name">{name}</span>
        </li>
      ))}
    </ol>
  );
}
