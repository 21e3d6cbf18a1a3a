import type { ReactNode, Ref } from 'react';

type AlertProps = { title?: string; children: ReactNode };

type AlertBoxProps = AlertProps & {
  role: 'alert' | 'status';
  variant: 'error' | 'success' | 'info' | 'warning';
  icon: string;
  ref?: Ref<HTMLDivElement> | undefined;
};

/** The shared frame: an icon and a border as well as colour, so colour is never the only signal. */
function AlertBox({ role, variant, icon, title, children, ref }: AlertBoxProps) {
  return (
    // A box given a ref can take focus from code (tabIndex -1), never from the Tab key.
    <div role={role} className={`alert alert--${variant}`} ref={ref} tabIndex={ref ? -1 : undefined}>
      <span className="alert__icon" aria-hidden="true">
        {icon}
      </span>
      <div className="alert__body">
        {title && <p className="alert__title">{title}</p>}
        <div>{children}</div>
      </div>
    </div>
  );
}

/**
 * An error that needs the user's attention. role="alert" makes screen readers announce it as soon
 * as it appears.
 */
export function ErrorAlert(props: AlertProps) {
  return <AlertBox role="alert" variant="error" icon="!" {...props} />;
}

/** A confirmation; role="status" is announced politely, without interrupting. */
export function StatusMessage(props: AlertProps) {
  return <AlertBox role="status" variant="success" icon="✓" {...props} />;
}

/**
 * Something worth knowing that is neither an error nor a success (an answer that is only
 * approximate, say): announced politely, and it never stops the user going on. Pass a ref to move
 * focus to it when it appears in answer to a button.
 */
export function InfoMessage(props: AlertProps & { ref?: Ref<HTMLDivElement> }) {
  return <AlertBox role="status" variant="info" icon="i" {...props} />;
}

/**
 * Done, but not all of it: some of what was asked for was refused (rows of an import, say). Never
 * green: a success style over refused work would contradict what it says. Announced politely.
 */
export function WarningMessage(props: AlertProps) {
  return <AlertBox role="status" variant="warning" icon="!" {...props} />;
}
