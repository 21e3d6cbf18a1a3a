import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout';
import { useSession } from '../../../features/auth';
import { isolate } from '../../../lib/i18n';

type RoleHomePageProps = {
  /** What this role will do in Haven, in a few sentences. */
  explanation: string;
  /** Says the role's pages are still being built; off once the role has real pages. */
  showComingSoon?: boolean;
  children?: ReactNode;
};

/**
 * A role's home: a welcome and an honest description of the role. Sections that are not built
 * yet are described as such, never shown with made-up data.
 */
export function RoleHomePage({ explanation, showComingSoon = true, children }: RoleHomePageProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null; // the role guard renders this page only with a session
  return (
    <section className="stack">
      <PageTitle>{t('home.welcome', { name: isolate(user.displayName) })}</PageTitle>
      <p className="lead">{t('home.signedInAsRole', { role: t(`roles.${user.role}`) })}</p>
      <p>{explanation}</p>
      {showComingSoon && <p>{t('home.comingSoon')}</p>}
      {children}
    </section>
  );
}
