import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadProblem, LoadingMessage } from '../../../../components/feedback';
import { PageTitle } from '../../../../components/layout';
import { useIntakeFormQuery } from '../../api/families-queries';
import { goneReasonOf, type GoneReason } from './intake-steps';
import { IntakeWizard } from './IntakeWizard';

export function LinkGonePage({ reason }: { reason: GoneReason }) {
  const { t } = useTranslation();
  return (
    <section className="stack narrow">
      <PageTitle>{t(`intake.gone.${reason}.title`)}</PageTitle>
      <p className="lead">{t(`intake.gone.${reason}.text`)}</p>
      <p>{t('intake.gone.ask')}</p>
    </section>
  );
}

export function ThankYouPage() {
  const { t } = useTranslation();
  return (
    <section className="stack narrow">
      <PageTitle>{t('intake.thanks.title')}</PageTitle>
      <p className="lead">{t('intake.thanks.lead')}</p>
      <h2>{t('intake.thanks.nextTitle')}</h2>
      <ol className="steps">
        <li>{t('intake.thanks.next1')}</li>
        <li>{t('intake.thanks.next2')}</li>
        <li>{t('intake.thanks.next3')}</li>
      </ol>
      <p>{t('intake.thanks.closing')}</p>
    </section>
  );
}

/** The family's private form: loads their answers so far, or says why the link no longer works. */
export function IntakeView({ token }: { token: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useIntakeFormQuery(token);
  const [outcome, setOutcome] = useState<GoneReason | 'sent' | null>(null);

  if (outcome === 'sent') return <ThankYouPage />;
  if (outcome) return <LinkGonePage reason={outcome} />;
  const gone = goneReasonOf(error, { opening: true });
  if (gone) return <LinkGonePage reason={gone} />;
  if (error && !data) {
    return (
      <section className="stack narrow">
        <PageTitle>{t('intake.title')}</PageTitle>
        <LoadProblem error={error} onRetry={() => void refetch()} />
      </section>
    );
  }
  if (!data) return <LoadingMessage />;
  return <IntakeWizard token={token} form={data} onSent={() => setOutcome('sent')} onGone={setOutcome} />;
}
