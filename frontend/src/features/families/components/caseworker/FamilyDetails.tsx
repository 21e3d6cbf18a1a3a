import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatNumber, spokenLanguageName } from '../../../../lib/i18n';
import type { FamilyCase } from '../../types';
import { NEED_FLAGS } from '../shared/family-form-state';
import { UrgencyLabel } from '../shared/UrgencyLabel';
import { LinkedFamiliesCard, type LinkedSummaries } from './LinkedFamilies';

function Entry({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** What the server works out from the members, and where the case stands. */
export function FamilySummaryCard({ family }: { family: FamilyCase }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <section className="card" aria-labelledby="family-summary-title">
      <h2 id="family-summary-title">{t('familyDetail.summaryTitle')}</h2>
      <dl className="details">
        <Entry term={t('families.columns.status')}>{t(`familyStatuses.${family.status}`)}</Entry>
        <Entry term={t('families.columns.urgency')}>
          <UrgencyLabel urgency={family.urgency} />
        </Entry>
        <Entry term={t('familyDetail.size')}>{formatNumber(family.size, language)}</Entry>
        <Entry term={t('familyDetail.bedroomsNeeded')}>{formatNumber(family.bedroomsNeeded, language)}</Entry>
        <Entry term={t('familyDetail.adultsAllWomen')}>
          {family.adultsAllWomen ? t('familyDetail.adultsAllWomenYes') : t('common.no')}
        </Entry>
        <Entry term={t('families.columns.waiting')}>
          {family.waitingDays === null ? '–' : t('families.days', { count: family.waitingDays })}
        </Entry>
        <Entry term={t('familyDetail.createdAt')}>{formatDateTime(family.createdAt, language)}</Entry>
        <Entry term={t('familyDetail.updatedAt')}>{formatDateTime(family.updatedAt, language)}</Entry>
        {family.readyAt && <Entry term={t('familyDetail.readyAt')}>{formatDateTime(family.readyAt, language)}</Entry>}
      </dl>
    </section>
  );
}

/** Every answer of the case, read-only; "–" where nothing is known yet. */
export function FamilyDetails({ family, linked }: { family: FamilyCase; linked: LinkedSummaries }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const text = (value: string | null) => (value ? <bdi className="preserve-lines">{value}</bdi> : '–');
  const needs = NEED_FLAGS.filter((flag) => family[flag]);
  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="family-members-title">
        <h3 id="family-members-title">{t('family.people.caseworker.title')}</h3>
        <ol className="plain-list">
          {family.members.map((member, index) => (
            <li key={index}>
              <bdi>{member.firstName || '–'}</bdi>
              {' — '}
              {t(`family.relationships.caseworker.${member.relationship}`)}
              {', '}
              {member.age === null ? t('familyDetail.ageUnknown') : t('familyDetail.age', { age: member.age })}
              {', '}
              {member.sex ? t(`family.sexes.${member.sex}`) : t('familyDetail.sexUnknown')}
              {member.wheelchairUser ? `, ${t('familyDetail.wheelchairUser')}` : ''}
            </li>
          ))}
        </ol>
      </section>
      <section className="card" aria-labelledby="family-needs-title">
        <h3 id="family-needs-title">{t('familyDetail.needsTitle')}</h3>
        <dl className="details">
          <Entry term={t('family.languages.caseworker.title')}>
            {family.languages.length > 0
              ? family.languages.map((code) => spokenLanguageName(code, language)).join(', ')
              : '–'}
          </Entry>
          <Entry term={t('family.needs.caseworker.title')}>
            {needs.length > 0
              ? needs.map((flag) => t(`family.needs.caseworker.${flag}`)).join('; ')
              : t('familyDetail.noNeeds')}
          </Entry>
          <Entry term={t('family.place.caseworker.location')}>
            {text(family.preferredPostcode ?? family.preferredPlace)}
            {family.locationLabel ? (
              <>
                {' '}
                ({t('familyDetail.foundAs')} <bdi>{family.locationLabel}</bdi>)
              </>
            ) : null}
          </Entry>
          <Entry term={t('families.form.maxDistanceKm')}>
            {family.maxDistanceKm === null ? '–' : t('familyDetail.km', { km: family.maxDistanceKm })}
          </Entry>
          <Entry term={t('family.place.caseworker.ties')}>{text(family.locationTies)}</Entry>
          <Entry term={t('family.when.caseworker.neededFrom')}>
            {family.neededFrom ? formatDate(family.neededFrom, language) : '–'}
          </Entry>
          <Entry term={t('family.when.caseworker.expectedStayMonths')}>
            {family.expectedStayMonths === null ? '–' : t('familyDetail.months', { count: family.expectedStayMonths })}
          </Entry>
          <Entry term={t('families.form.nationality')}>{text(family.nationality)}</Entry>
          <Entry term={t('families.form.religion')}>{text(family.religion)}</Entry>
          <Entry term={t('family.contact.caseworker.phone')}>
            {family.contactPhone ? <span dir="ltr">{family.contactPhone}</span> : '–'}
          </Entry>
          <Entry term={t('family.contact.caseworker.email')}>
            {family.contactEmail ? <span dir="ltr">{family.contactEmail}</span> : '–'}
          </Entry>
          <Entry term={t('families.form.notes')}>{text(family.notes)}</Entry>
        </dl>
      </section>
      <LinkedFamiliesCard ids={family.linkedFamilyIds} linked={linked} />
    </div>
  );
}
