import { useTranslation } from 'react-i18next';
import { RoleHomePage } from '../shared/RoleHomePage';

export function HostHomePage() {
  const { t } = useTranslation();
  return <RoleHomePage explanation={t('home.host.text')} />;
}
