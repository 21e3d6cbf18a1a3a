import { useTranslation } from 'react-i18next';
import { LoadingMessage } from '../../../../components/feedback';
import { useOwnVettingQuery } from '../../api/hosts-queries';
import { VETTING_CHECKS, type OwnVetting, type VettingCheck } from '../../types';
import { LoadProblem } from '../../../../components/feedback';

function isDone(vetting: OwnVetting, check: VettingCheck): boolean {
  return !vetting.pending.includes(check);
}

/**
 * The host's vetting in plain words: where they are, and which checks are still to come and why
 * each one matters. Only what the API gives a host: never a caseworker's notes.
 */
export function VettingOverview() {
  const { t } = useTranslation();
  const { data: vetting, error, refetch } = useOwnVettingQuery();

  if (error) return <LoadProblem error={error} onRetry={() => void refetch()} />;
  if (!vetting) return <LoadingMessage />;

  const pending = VETTING_CHECKS.filter((check) => !isDone(vetting, check));
  const done = VETTING_CHECKS.filter((check) => isDone(vetting, check));
  // Checks matter while a host is on the way to approval (or paused); not once approved or final.
  const showChecks = ['APPLIED', 'CHECKS_IN_PROGRESS', 'PAUSED'].includes(vetting.status);

  return (
    <div className="stack">
      <section
        className={`card stack status-card status-card--${vetting.status.toLowerCase()}`}
        aria-labelledby="vetting-status-title"
      >
        <h2 id="vetting-status-title">{t('hostHome.statusTitle')}</h2>
        <p className="status-card__status">{t(`hostHome.status.${vetting.status}.title`)}</p>
        <p>{t(`hostHome.status.${vetting.status}.text`)}</p>
      </section>
      {showChecks && (
        <section className="card stack" aria-labelledby="pending-checks-title">
          <h2 id="pending-checks-title">{t('hostHome.pendingTitle')}</h2>
          {pending.length === 0 ? (
            <p>{t('hostHome.nothingPending')}</p>
          ) : (
            <>
              <p>{t('hostHome.pendingIntro')}</p>
              <ul className="check-list">
                {pending.map((check) => (
                  <li key={check} className="check-list__item">
                    <h3 className="check-list__name">{t(`hostHome.checks.${check}.name`)}</h3>
                    <p>{t(`hostHome.checks.${check}.why`)}</p>
                  </li>
                ))}
              </ul>
            </>
          )}
          {done.length > 0 && (
            <>
              <h3>{t('hostHome.doneTitle')}</h3>
              <ul className="done-list">
                {done.map((check) => (
                  <li key={check}>
                    <span className="done-list__mark" aria-hidden="true">
                      ✓
                    </span>{' '}
                    {t(`hostHome.checks.${check}.name`)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
