import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout';
import { IMPORT_KINDS, ImportPanel } from '../../../features/imports';

/** Caseworkers bring families and offers over from their spreadsheets. */
export function ImportPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageTitle>{t('import.title')}</PageTitle>
      <p>{t('import.intro')}</p>
      {IMPORT_KINDS.map((kind) => (
        <ImportPanel key={kind} kind={kind} />
      ))}
    </div>
  );
}
