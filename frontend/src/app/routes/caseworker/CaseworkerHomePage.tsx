import { useTranslation } from 'react-i18next';
import { RoleHomePage } from '../shared/RoleHomePage';

export function CaseworkerHomePage() {
  const { t } = useTranslation();
  return <RoleHomePage explanation={t('home.caseworker.text')} />;
}
