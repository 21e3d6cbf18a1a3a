import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { IsolatedText } from '../../lib/i18n';

/**
 * The page's one <h1>, also used for the browser tab's title so that screen reader users hear
 * where they landed after each navigation. Values marked with isolate() (a name, a reference)
 * keep their own direction in both.
 */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.pageTitle', { page: children });
  }, [children, t]);
  return (
    <h1 className="page-title">
      <IsolatedText>{children}</IsolatedText>
    </h1>
  );
}
