import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { holdErrorTitle } from './error-title';
import type { FormSubmission } from './use-form-submission';

/** What the summary shows: a form's useFormSubmission, or the same three things from elsewhere. */
type ErrorSummaryProps = { submission: Pick<FormSubmission, 'alert' | 'fieldErrors' | 'failures'> };

/**
 * One line of the summary: the field's label and its message, linked to the field when it is on
 * screen (`href` is the control's own id when it has one, like GOV.UK's; the click moves focus).
 */
type Entry = { field: string; label: string | null; href: string | null; message: string };

/**
 * The box at the top of a form after a failed submit (GOV.UK's error summary): it names every
 * problem, each linked to its field, takes focus so a keyboard or screen reader user starts there,
 * and puts "Error:" before the page's title while it shows. Both kinds of error feed it: those the
 * browser finds before sending and those the server answers with (problem+json `errors`).
 */
export function ErrorSummary({ submission: { alert, fieldErrors, failures } }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const shown = alert !== null || Object.keys(fieldErrors).length > 0;
  const [entries, setEntries] = useState<Entry[]>([]);
  const errorPrefix = t('form.errorPrefix');

  // Labels and ids are read from the form as rendered, so every form gets links without listing
  // its labels twice; list entries (a person's age) are found by name like any other field. Read
  // again when the form changes while errors show: a wizard may bring the fields on screen after
  // the errors (another step), a row may be added or removed.
  useLayoutEffect(() => {
    const scope = ref.current?.closest('form') ?? document.body;
    const read = () => {
      const next = entriesOf(scope, fieldErrors);
      // Unchanged entries keep the old list, so nothing renders again for nothing.
      setEntries((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
    };
    read();
    if (Object.keys(fieldErrors).length === 0) return undefined;
    const observer = new MutationObserver(read);
    observer.observe(scope, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [fieldErrors]);

  useEffect(() => (shown ? holdErrorTitle(errorPrefix) : undefined), [shown, errorPrefix]);

  useEffect(() => {
    if (failures > 0) ref.current?.focus();
  }, [failures]);

  if (!shown) return null;

  function goTo(event: MouseEvent<HTMLAnchorElement>, field: string) {
    const scope = ref.current?.closest('form') ?? document.body;
    const target = fieldTarget(scope, field);
    if (!target) return;
    event.preventDefault();
    target.control.focus({ preventScroll: true });
    // Scroll to the question, not only the box, so its label or legend shows above the field.
    (target.question ?? target.control).scrollIntoView?.({ block: 'start' });
  }

  return (
    // Focused from code after a failed attempt (tabIndex -1), never from the Tab key.
    <div className="alert alert--error error-summary" ref={ref} tabIndex={-1}>
      <span className="alert__icon" aria-hidden="true">
        !
      </span>
      <div className="alert__body" role="alert">
        <h2 className="error-summary__title">{t('form.errorSummaryTitle')}</h2>
        {alert && <p>{alert}</p>}
        {entries.length > 0 && (
          <ul className="error-summary__list">
            {entries.map(({ field, label, href, message }) => (
              <li key={field}>
                {href ? (
                  <a href={href} onClick={(event) => goTo(event, field)}>
                    {/* The same punctuation in English, Ukrainian and Dari. */}
                    {label ? `${label}: ${message}` : message}
                  </a>
                ) : (
                  message
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

const CONTROLS = 'input, select, textarea, button';

/** The summary's lines for these errors, in the order their fields come in the form. */
function entriesOf(scope: ParentNode, fieldErrors: Record<string, string>): Entry[] {
  const found = Object.entries(fieldErrors).map(([field, message]) => ({
    field,
    message,
    target: fieldTarget(scope, field),
  }));
  found.sort((a, b) => documentOrder(a.target?.control ?? null, b.target?.control ?? null));
  return found.map(({ field, message, target }) => ({
    field,
    message,
    label: target ? labelOf(target) : null,
    href: target ? `#${target.control.id || ''}` : null,
  }));
}

/**
 * The control that takes focus for a field, the question (label or legend) it answers, and the
 * row it is in when the form repeats rows ("Adult 1", from `data-error-context`).
 */
type Target = { control: HTMLElement; question: HTMLElement | null; row: string | null };

function rowOf(element: Element): string | null {
  return element.closest('[data-error-context]')?.getAttribute('data-error-context') ?? null;
}

/**
 * Where `field` is on screen: the control of that name (the first of a radio group), or the first
 * control inside an element marked `data-field` (a list such as the household's adults).
 */
export function fieldTarget(scope: ParentNode, field: string): Target | null {
  const control = [...scope.querySelectorAll<HTMLElement>(CONTROLS)].find(
    (element) => element.getAttribute('name') === field,
  );
  if (control) {
    const legend = control.closest('fieldset')?.querySelector('legend') ?? null;
    const isRadio = control instanceof HTMLInputElement && control.type === 'radio';
    const label = 'labels' in control ? ((control as HTMLInputElement).labels?.[0] ?? null) : null;
    return { control, question: isRadio ? legend : (label ?? legend), row: rowOf(control) };
  }
  const group = [...scope.querySelectorAll<HTMLElement>('[data-field]')].find(
    (element) => element.dataset.field === field,
  );
  const first = group?.querySelector<HTMLElement>(CONTROLS);
  return group && first
    ? { control: first, question: group.querySelector('legend') ?? group, row: rowOf(group) }
    : null;
}

/** "Adult 1: Age" for a field in a repeated row, else the question alone. */
function labelOf({ question, row }: Target): string | null {
  const text = question?.textContent?.trim() || null;
  return row && text ? `${row}: ${text}` : text;
}

function documentOrder(a: HTMLElement | null, b: HTMLElement | null): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
