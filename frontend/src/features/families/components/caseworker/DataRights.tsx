import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, problemMessage } from '../../../../components/form';
import { isApiError } from '../../../../lib/api';
import { eraseFamily, exportFamily } from '../../api/families-api';
import type { FamilyCase } from '../../types';
import { IsolatedText, isolate } from '../../../../lib/i18n';

/** Offers the export as a file the browser saves, named after the case. */
function download(data: unknown, fileName: string) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type DataRightsProps = { family: FamilyCase; onErased: (family: FamilyCase) => void };

/** The family's data rights: a copy of everything held, and erasure (with a confirmation step). */
export function DataRights({ family, onErased }: DataRightsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'export' | 'erase' | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
  }, [confirming]);

  async function runExport() {
    setBusy('export');
    setAlert(null);
    try {
      download(await exportFamily(family.id), `haven-family-${family.reference}.json`);
    } catch (error) {
      setAlert(problemMessage(error, t));
    } finally {
      setBusy(null);
    }
  }

  async function runErase() {
    setBusy('erase');
    setAlert(null);
    try {
      onErased(await eraseFamily(family.id));
      setConfirming(false);
    } catch (error) {
      setAlert(isApiError(error) && error.is('conflict') ? t('dataRights.eraseInPlacement') : problemMessage(error, t));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card stack" aria-labelledby="family-data-title">
      <h2 id="family-data-title">{t('dataRights.title')}</h2>
      <p>{t('dataRights.intro')}</p>
      <FormAlert message={alert} />
      <p>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy !== null}
          onClick={() => void runExport()}
        >
          {busy === 'export' ? t('dataRights.exporting') : t('dataRights.export')}
        </button>
      </p>
      {confirming ? (
        <div className="confirm stack">
          <p ref={questionRef} tabIndex={-1} className="confirm__question">
            <IsolatedText>{t('dataRights.confirmQuestion', { reference: isolate(family.reference) })}</IsolatedText>
          </p>
          <p>{t('dataRights.whatGoes')}</p>
          <p>{t('dataRights.whatStays')}</p>
          <div className="wizard__actions">
            <button
              type="button"
              className="button button--danger"
              disabled={busy !== null}
              onClick={() => void runErase()}
            >
              {busy === 'erase' ? t('dataRights.erasing') : t('dataRights.confirmErase')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('dataRights.keep')}
            </button>
          </div>
        </div>
      ) : (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {t('dataRights.erase')}
          </button>
        </p>
      )}
    </section>
  );
}
