import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, problemMessage } from '../../../components/form';
import { verifyEmail } from '../api/auth-api';
import { linkProblem } from './link-problems';

/**
 * Confirms the address with one press rather than on opening the page, so a mail scanner that
 * opens every link cannot confirm an address on its owner's behalf.
 */
export function VerifyEmailButton({ token, onVerified }: { token: string; onVerified: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setAlert(null);
    try {
      await verifyEmail(token);
      onVerified();
    } catch (error) {
      setAlert(linkProblem(error, t) ?? problemMessage(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <FormAlert message={alert} />
      <p>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void confirm()}>
          {busy ? t('links.verifying') : t('links.verifySubmit')}
        </button>
      </p>
    </div>
  );
}
