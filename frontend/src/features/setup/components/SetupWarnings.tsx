import { useTranslation } from 'react-i18next';
import { useSetupWarningsQuery } from '../api/setup-queries';

/** Warnings the server knows of; a code this page has no words for still shows, in general terms. */
const KNOWN = ['public-url-unset'] as const;
type KnownWarning = (typeof KNOWN)[number];

function isKnown(code: string): code is KnownWarning {
  return (KNOWN as readonly string[]).includes(code);
}

/** On the admin's home: what the installation needs from an administrator. Nothing when all is well. */
export function SetupWarnings() {
  const { t } = useTranslation();
  const { data } = useSetupWarningsQuery();
  const warnings = data?.warnings ?? [];
  if (warnings.length === 0) return null;
  return (
    <section className="notice setup-warnings" aria-labelledby="setup-warnings-title">
      <span className="notice__icon" aria-hidden="true">
        !
      </span>
      <div className="stack">
        <h2 id="setup-warnings-title">{t('setup.title')}</h2>
        {warnings.map((code) =>
          isKnown(code) ? (
            <div key={code} className="stack">
              <p>{t('setup.publicUrlUnset.problem')}</p>
              <p>
                {t('setup.publicUrlUnset.fix')}{' '}
                <code dir="ltr" className="setup-warnings__example">
                  HAVEN_PUBLIC_URL=https://haven.example.org
                </code>
              </p>
            </div>
          ) : (
            <p key={code}>{t('setup.unknown', { code })}</p>
          ),
        )}
      </div>
    </section>
  );
}
