import { useTranslation } from 'react-i18next';
import { LoadProblem, LoadingMessage } from '../../../../components/feedback';
import { formatDateTime, IsolatedText, isolate } from '../../../../lib/i18n';
import { useFamilyHistoryQuery } from '../../api/families-queries';
import { FAMILY_STATUSES } from '../../types';
import en from '../../../../lib/i18n/locales/en.json';

const FAMILY_BY_FORM = 'The family (intake form)';

type KnownAction = keyof typeof en.familyHistory.actions;

function isKnownAction(action: string): action is KnownAction {
  return Object.hasOwn(en.familyHistory.actions, action);
}

/** Everything done to the case, from the audit log, newest first. */
export function FamilyHistory({ familyId }: { familyId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data, error, refetch } = useFamilyHistoryQuery(familyId);

  function actionText(action: string): string {
    const status = action.startsWith('FAMILY_STATUS_') ? action.slice('FAMILY_STATUS_'.length) : null;
    const known = FAMILY_STATUSES.find((candidate) => candidate === status);
    if (known) return t('familyHistory.statusChanged', { status: t(`familyStatuses.${known}`) });
    return isKnownAction(action) ? t(`familyHistory.actions.${action}`) : action;
  }

  return (
    <section className="stack" aria-labelledby="family-history-title">
      <h2 id="family-history-title">{t('familyHistory.title')}</h2>
      {error && !data ? <LoadProblem error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <LoadingMessage /> : null}
      {data && data.length === 0 ? <p>{t('familyHistory.empty')}</p> : null}
      {data && data.length > 0 ? (
        <ol className="history">
          {[...data]
            .sort((a, b) => b.at.localeCompare(a.at))
            .map((entry, index) => (
              <li key={`${entry.at}-${index}`} className="history__entry">
                <p className="history__when">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                  {' · '}
                  {entry.by === FAMILY_BY_FORM ? (
                    t('familyHistory.byFamily')
                  ) : (
                    <IsolatedText>{t('familyHistory.by', { name: isolate(entry.by) })}</IsolatedText>
                  )}
                </p>
                <p className="history__change">
                  {actionText(entry.action)}
                  {entry.count > 1 ? ` · ${t('familyHistory.timesThatDay', { count: entry.count })}` : null}
                </p>
              </li>
            ))}
        </ol>
      ) : null}
    </section>
  );
}
