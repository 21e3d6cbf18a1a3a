import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../lib/api';
import { problemMessage } from '../form/problem-message';
import { ErrorAlert } from './Alert';
import { useHomePath } from './home-path';

/**
 * Whether asking again cannot give another answer: the record is not there (404) or this account
 * may not see it (403). Only a failed load (the network, the server) is worth a "Try again".
 */
function isFinal(error: unknown): boolean {
  return isApiError(error) && (error.status === 404 || error.status === 403);
}

/**
 * A page's data could not be loaded: what went wrong, and a way on: "Try again" when trying again
 * may help, else a link to the reader's home page.
 */
export function LoadProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const homePath = useHomePath();
  return (
    <ErrorAlert>
      {problemMessage(error, t)}{' '}
      {isFinal(error) ? (
        <Link to={homePath}>{homePath === '/' ? t('notFound.startLink') : t('notFound.homeLink')}</Link>
      ) : (
        <button type="button" className="button button--link" onClick={onRetry}>
          {t('accounts.retry')}
        </button>
      )}
    </ErrorAlert>
  );
}
