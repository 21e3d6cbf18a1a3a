import { useId, useState, type ReactNode } from 'react';

type DisclosureProps = {
  /** For a link to the section (#id). */
  id?: string;
  /** The section's heading, shown in the summary a reader opens and closes. */
  title: ReactNode;
  titleId?: string;
  /** What the section holds in a few words ("12 proposals"), beside the heading. */
  summary?: ReactNode;
  /** Closed unless the reader was already using it (a filter or a page in the address). */
  initiallyOpen?: boolean;
  className?: string;
  children: ReactNode;
};

/**
 * A section of the matching pages that starts closed, so a run's page opens as a short overview:
 * a native <details>, which keyboards, screen readers and find-in-page already know. The content
 * is rendered while closed too, so an open section shows its data at once.
 */
export function Disclosure({
  id,
  title,
  titleId,
  summary,
  initiallyOpen = false,
  className,
  children,
}: DisclosureProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const ownTitleId = useId();
  const headingId = titleId ?? ownTitleId;
  return (
    <details
      id={id}
      aria-labelledby={headingId}
      className={className ? `disclosure ${className}` : 'disclosure'}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="disclosure__summary">
        <h2 id={headingId} className="disclosure__title">
          {title}
        </h2>
        {summary ? <span className="disclosure__count">{summary}</span> : null}
      </summary>
      <div className="stack disclosure__body">{children}</div>
    </details>
  );
}
