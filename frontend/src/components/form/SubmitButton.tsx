import type { ReactNode } from 'react';

type SubmitButtonProps = { busy: boolean; busyLabel: string; children: ReactNode };

/** Disabled while the request is on its way, so a double click cannot send the form twice. */
export function SubmitButton({ busy, busyLabel, children }: SubmitButtonProps) {
  return (
    <button type="submit" className="button button--primary" disabled={busy}>
      {busy ? busyLabel : children}
    </button>
  );
}
