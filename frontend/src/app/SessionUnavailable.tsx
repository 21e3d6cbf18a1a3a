import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/feedback';
import { useSession } from '../features/auth';

/** Shown instead of a signed-in page when the server could not tell who is signed in. */
export function SessionUnavailable() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [busy, setBusy] = useState(false);
  return (
    <ErrorAlert title={t('sessionError.title')}>
      <p>{t('sessionError.text')}</p>
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await refresh();
          setBusy(false);
        }}
      >
        {t('sessionError.retry')}
      </button>
    </ErrorAlert>
  );
}
