import type { ReactNode } from 'react';

type AlertProps = { title?: string; children: ReactNode };

/**
 * An error that needs the user's attention. role="alert" makes screen readers announce it as soon
 * as it appears; the icon and the border mean colour is never the only signal.
 */
export function ErrorAlert({ title, children }: AlertProps) {
  return (
    <div role="alert" className="alert alert--error">
      <span className="alert__icon" aria-hidden="true">!</span>
      <div className="alert__body">
        {title && <p className="alert__title">{title}</p>}
        <div>{children}</div>
      </div>
    </div>
  );
}

/** A confirmation or notice; role="status" is announced politely, without interrupting. */
export function StatusMessage({ title, children }: AlertProps) {
  return (
    <div role="status" className="alert alert--success">
      <span className="alert__icon" aria-hidden="true">✓</span>
      <div className="alert__body">
        {title && <p className="alert__title">{title}</p>}
        <div>{children}</div>
      </div>
    </div>
  );
}
