import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, problemMessage } from '../../../../components/form';
import { isApiError } from '../../../../lib/api';
import { changeFamilyStatus } from '../../api/families-api';
import type { FamilyCase, FamilyStatus } from '../../types';

type StatusActionsProps = {
  family: FamilyCase;
  onChanged: (family: FamilyCase) => void;
  /** READY was refused for missing details: the caller shows them next to their fields. */
  onMissingDetails: (problem: unknown) => void;
};

/** The moves the server allows from here (`nextStatuses`), one button each. */
export function StatusActions({ family, onChanged, onMissingDetails }: StatusActionsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<FamilyStatus | null>(null);
  const [alert, setAlert] = useState<string | null>(null);

  async function move(status: FamilyStatus) {
    setBusy(status);
    setAlert(null);
    try {
      onChanged(await changeFamilyStatus(family.id, status));
    } catch (error) {
      if (isApiError(error) && error.is('conflict') && error.hasFieldErrors) onMissingDetails(error);
      else if (isApiError(error) && error.is('conflict')) setAlert(t('familyDetail.statusRefused'));
      else setAlert(problemMessage(error, t));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card stack" aria-labelledby="family-status-title">
      <h2 id="family-status-title">{t('familyDetail.statusTitle')}</h2>
      <p>{t('familyDetail.currentStatus', { status: t(`familyStatuses.${family.status}`) })}</p>
      <p className="field__help">{t(`familyDetail.statusHelp.${family.status}`)}</p>
      <FormAlert message={alert} />
      {family.nextStatuses.length > 0 ? (
        <div className="wizard__actions">
          {family.nextStatuses.map((status) => (
            <button
              key={status}
              type="button"
              className={status === 'CLOSED' ? 'button button--secondary' : 'button button--primary'}
              disabled={busy !== null}
              onClick={() => void move(status)}
            >
              {busy === status ? t('familyDetail.moving') : t(`familyDetail.moveTo.${status}`)}
            </button>
          ))}
        </div>
      ) : (
        <p>{t('familyDetail.noMoves')}</p>
      )}
    </section>
  );
}
