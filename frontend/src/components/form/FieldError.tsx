import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The message under a field's label; the hidden "Error:" prefix tells screen reader users what it is. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="field__error">
      <span className="field__error-icon" aria-hidden="true">
        !
      </span>
      <span>
        <span className="visually-hidden">{t('form.errorPrefix')}</span> {children}
      </span>
    </p>
  );
}
