import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';

/**
 * Ends the session. Where the user goes next is the route guards' job: once the session says
 * "logged out", every signed-in page sends them to the login page with a notice.
 */
export function LogoutButton() {
  const { t } = useTranslation();
  const { logOut } = useSession();
  const [busy, setBusy] = useState(false);

  async function handleClick() {
    setBusy(true);
    try {
      await logOut();
    } catch {
      // The session state already tells what is true (signed in, signed out or unreachable).
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className="button button--secondary" onClick={handleClick} disabled={busy}>
      {busy ? t('header.loggingOut') : t('header.logOut')}
    </button>
  );
}
