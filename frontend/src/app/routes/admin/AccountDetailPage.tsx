import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AccountDetailView } from '../../../features/accounts';
import { useSession } from '../../../features/auth';

/** One account; the page links it to its trail in the audit log. */
export function AccountDetailPage() {
  const { t } = useTranslation();
  const { accountId = '' } = useParams();
  const session = useSession();
  return (
    <AccountDetailView
      key={accountId}
      accountId={accountId}
      currentUserId={session.user?.id}
      // The server ended this session with the change; the login page says so.
      onOwnSessionEnded={session.sessionEnded}
      links={
        <p>
          <Link to={`/admin/audit?${new URLSearchParams({ subjectId: accountId })}`}>
            {t('adminAccounts.auditLink')}
          </Link>
        </p>
      }
    />
  );
}
