import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadProblem, LoadingMessage } from '../../../components/feedback';
import {
  ErrorSummary,
  SubmitButton,
  TextField,
  collectErrors,
  requiredError,
  textValue,
  useFormSubmission,
} from '../../../components/form';
import { confirmEnrolment, startEnrolment } from '../api/auth-api';
import type { Enrolment } from '../types';

const FIELDS = ['code'] as const;

/**
 * The QR code as an image: the SVG the server drew goes into a data: URL, so it is never markup
 * of this page (no script in it could run, and the page's CSP allows data: images).
 */
export function qrImageSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * Setting up the second factor: scan the QR code (or type the secret), confirm with the first
 * code, then keep the ten recovery codes, shown only here and only once. `onDone` runs when the
 * person says they have saved them.
 */
export function EnrolmentSteps({ onDone }: { onDone: () => void | Promise<void> }) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [loadFailed, setLoadFailed] = useState<unknown>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [attempt, setAttempt] = useState(0);
  const submission = useFormSubmission({ fields: FIELDS });

  useEffect(() => {
    let current = true;
    startEnrolment().then(
      (started) => {
        if (current) setEnrolment(started);
      },
      (error: unknown) => {
        if (current) setLoadFailed(error ?? new Error('enrolment failed'));
      },
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = textValue(event.currentTarget, 'code').trim();
    if (submission.showClientErrors(collectErrors({ code: requiredError(code) }))) return;
    let codes: string[] = [];
    const succeeded = await submission.run(async () => {
      codes = await confirmEnrolment(code);
    });
    if (succeeded) setRecoveryCodes(codes);
  }

  if (recoveryCodes) {
    return (
      <section className="stack" aria-labelledby="recovery-codes-title">
        <h2 id="recovery-codes-title">{t('enrolment.recoveryTitle')}</h2>
        <p>{t('enrolment.recoveryIntro')}</p>
        <ol className="recovery-codes" dir="ltr" aria-label={t('enrolment.recoveryTitle')}>
          {recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <p>
          <button type="button" className="button button--primary" onClick={() => void onDone()}>
            {t('enrolment.saved')}
          </button>
        </p>
      </section>
    );
  }
  if (loadFailed) {
    return (
      <LoadProblem
        error={loadFailed}
        onRetry={() => {
          setLoadFailed(null);
          setAttempt(attempt + 1);
        }}
      />
    );
  }
  if (!enrolment) return <LoadingMessage />;
  return (
    <div className="stack">
      <ol className="stack">
        <li>{t('enrolment.stepInstall')}</li>
        <li>
          <p>{t('enrolment.stepScan')}</p>
          <img
            className="qr-code"
            src={qrImageSource(enrolment.qrSvg)}
            width={200}
            height={200}
            alt={t('enrolment.qrAlt')}
          />
          <p>{t('enrolment.manual')}</p>
          <p>
            <code className="secret" dir="ltr" data-testid="totp-secret">
              {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
            </code>
          </p>
        </li>
        <li>{t('enrolment.stepConfirm')}</li>
      </ol>
      <form className="form" noValidate onSubmit={handleSubmit}>
        <ErrorSummary submission={submission} />
        <TextField
          label={t('secondFactor.appCode')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          dir="ltr"
          error={submission.fieldErrors.code}
        />
        <SubmitButton busy={submission.busy} busyLabel={t('secondFactor.checking')}>
          {t('enrolment.confirm')}
        </SubmitButton>
      </form>
    </div>
  );
}
