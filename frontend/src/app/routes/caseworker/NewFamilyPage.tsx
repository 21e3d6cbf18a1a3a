import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../../components/layout';
import { FamilyForm } from '../../../features/families';

export function NewFamilyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="stack">
      <p>
        <Link to="/caseworker/families">{t('familyDetail.backToList')}</Link>
      </p>
      <PageTitle>{t('families.newCase')}</PageTitle>
      <p>{t('families.form.intro')}</p>
      <FamilyForm onSaved={(family) => navigate(`/caseworker/families/${family.id}`, { state: { created: true } })} />
    </div>
  );
}
