import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './Alert';
import { problemMessage } from '../form/problem-message';

/** A page's data could not be loaded: what went wrong, and a way to try again. */
export function LoadProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <ErrorAlert>
      {problemMessage(error, t)}{' '}
      <button type="button" className="button button--link" onClick={onRetry}>
        {t('accounts.retry')}
      </button>
    </ErrorAlert>
  );
}
