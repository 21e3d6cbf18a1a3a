import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, problemMessage } from '../../../../components/form';
import { formatDateTime } from '../../../../lib/i18n';
import { createIntakeLink } from '../../api/families-api';
import type { IntakeLink } from '../../types';

type IntakeLinkPanelProps = { familyId: string; onCreated: () => void };

/**
 * Creates the family's private link and shows it once, with a Copy button and its expiry. The
 * link is not stored in readable form anywhere, so it cannot be shown again later: a new one
 * replaces it.
 */
export function IntakeLinkPanel({ familyId, onCreated }: IntakeLinkPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [link, setLink] = useState<IntakeLink | null>(null);
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    if (link) headingRef.current?.focus();
  }, [link]);

  async function create() {
    setBusy(true);
    setAlert(null);
    setCopied(null);
    try {
      setLink(await createIntakeLink(familyId));
      onCreated(); // the case now waits for the family
    } catch (error) {
      setAlert(problemMessage(error, t));
    } finally {
      setBusy(false);
    }
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      inputRef.current?.select();
      setCopied('failed');
    }
  }

  function close() {
    setLink(null);
  }

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('intakeLink.title')}</h2>
      <p>{t('intakeLink.intro')}</p>
      <FormAlert message={alert} />
      {link ? (
        <div className="intake-link stack" role="dialog" aria-labelledby={`${id}-ready`} aria-modal="false">
          <h3 id={`${id}-ready`} ref={headingRef} tabIndex={-1}>
            {t('intakeLink.ready')}
          </h3>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-url`}>
              {t('intakeLink.url')}
            </label>
            <input
              ref={inputRef}
              id={`${id}-url`}
              className="field__input intake-link__url"
              dir="ltr"
              readOnly
              value={link.url}
              onFocus={(event) => event.target.select()}
            />
          </div>
          <p>
            {t('intakeLink.expires', { date: formatDateTime(link.expiresAt, language) })} {t('intakeLink.once')}
          </p>
          <div className="wizard__actions">
            <button type="button" className="button button--primary" onClick={() => void copy(link.url)}>
              {t('intakeLink.copy')}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              {t('intakeLink.close')}
            </button>
          </div>
          <p role="status">
            {copied === 'copied' ? t('intakeLink.copied') : copied === 'failed' ? t('intakeLink.copyFailed') : ''}
          </p>
        </div>
      ) : (
        <p>
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void create()}>
            {busy ? t('intakeLink.creating') : t('intakeLink.create')}
          </button>
        </p>
      )}
    </section>
  );
}
