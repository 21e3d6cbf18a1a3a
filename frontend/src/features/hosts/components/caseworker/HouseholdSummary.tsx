import { useTranslation } from 'react-i18next';
import { formatNumber, spokenLanguageName } from '../../../../lib/i18n';
import type { Household, Person } from '../../types';

function People({ people, empty }: { people: Person[]; empty: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (people.length === 0) return <>{empty}</>;
  return (
    <ul className="plain-list">
      {people.map((person, index) => (
        <li key={index}>
          {t('hostDetail.person', { sex: t(`household.sexes.${person.sex}`), age: formatNumber(person.age, language) })}
        </li>
      ))}
    </ul>
  );
}

/** A host's household as a caseworker reads it. */
export function HouseholdSummary({ household }: { household: Household }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <dl className="details">
      <dt>{t('household.adults.title')}</dt>
      <dd>
        <People people={household.adults} empty={t('hostDetail.nobody')} />
      </dd>
      <dt>{t('household.children.title')}</dt>
      <dd>
        <People people={household.children} empty={t('hostDetail.nobody')} />
      </dd>
      <dt>{t('household.languages.title')}</dt>
      <dd>
        {household.languages.length > 0
          ? household.languages.map((code) => spokenLanguageName(code, language)).join(', ')
          : t('hostDetail.notGiven')}
      </dd>
      <dt>{t('hostDetail.pets')}</dt>
      <dd>{household.hasPets ? t('hostDetail.petsYes', { kinds: household.petKinds.join(', ') }) : t('common.no')}</dd>
      <dt>{t('hostDetail.smokers')}</dt>
      <dd>{household.smokers ? t('common.yes') : t('common.no')}</dd>
    </dl>
  );
}
