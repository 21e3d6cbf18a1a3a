import { useState, type ReactNode } from 'react';

type RevealedProps = {
  /** The button that opens the form. */
  label: string;
  /** The form; `close` puts the button back (its Cancel). */
  children: (close: () => void) => ReactNode;
};

/** A step that needs a form of its own (end a placement, reject a proposal): a button first, then the form. */
export function Revealed({ label, children }: RevealedProps) {
  const [open, setOpen] = useState(false);
  if (open) return children(() => setOpen(false));
  return (
    <p>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {label}
      </button>
    </p>
  );
}
