import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/i18n';
import { useHostPlacementsQuery } from '../api/placements-queries';
import { HOST_PLACEMENTS_PATH } from '../paths';

/**
 * On the host's home: a prominent notice while a family proposed to them waits for their answer,
 * with the earliest answer-by time. Nothing at all otherwise (or if the list cannot be loaded:
 * the home page must not fail for it; the placements page says what went wrong).
 */
export function AwaitingAnswerNotice() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data } = useHostPlacementsQuery();
  const waiting = (data ?? []).filter((placement) => placement.status === 'AWAITING_HOST');
  if (waiting.length === 0) return null;
  const due = waiting
    .map((placement) => placement.answerDueAt)
    .filter((at): at is string => at !== null)
    .sort()[0];
  return (
    <section className="notice notice--action" aria-labelledby="awaiting-answer-title">
      <span className="notice__icon" aria-hidden="true">
        !
      </span>
      <div className="stack">
        <h2 id="awaiting-answer-title">{t('placements.hostNotice.title', { count: waiting.length })}</h2>
        {due && <p>{t('placements.hostNotice.answerBy', { date: formatDateTime(due, language) })}</p>}
        <p>
          <Link to={HOST_PLACEMENTS_PATH} className="button button--primary">
            {t('placements.hostNotice.link')}
          </Link>
        </p>
      </div>
    </section>
  );
}
