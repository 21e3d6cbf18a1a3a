import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, spokenLanguageName } from '../../../../lib/i18n';
import { NEED_FLAGS, type NeedsDraft } from '../shared/family-form-state';
import { INTAKE_STEPS, type IntakeStep } from './intake-steps';

type IntakeReviewProps = { draft: NeedsDraft; onChangeStep: (step: number) => void };

type SectionProps = { step: IntakeStep; onChangeStep: (step: number) => void; children: ReactNode };

/** One step's answers under its title, with a "Change" button back to that step. */
function Section({ step, onChangeStep, children }: SectionProps) {
  const { t } = useTranslation();
  const title = t(`intake.steps.${step}`);
  return (
    <section className="review__section" aria-label={title}>
      <h3 className="review__heading">{title}</h3>
      {children}
      <p>
        <button type="button" className="button button--link" onClick={() => onChangeStep(INTAKE_STEPS.indexOf(step))}>
          {t('intake.review.change')} <span className="visually-hidden">{title}</span>
        </button>
      </p>
    </section>
  );
}

/** Every answer, grouped by step, each group with a "Change" button back to it. */
export function IntakeReview({ draft, onChangeStep }: IntakeReviewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const none = t('intake.review.none');
  const needs = NEED_FLAGS.filter((flag) => draft[flag]);

  return (
    <div className="review stack">
      <Section onChangeStep={onChangeStep} step="people">
        <ul className="plain-list">
          {draft.members.map((member) => (
            <li key={member.key}>
              <bdi>{member.firstName || '–'}</bdi>
              {member.relationship ? ` — ${t(`family.relationships.family.${member.relationship}`)}` : ''}
              {member.age ? `, ${t('intake.review.age', { age: member.age })}` : ''}
              {member.sex ? `, ${t(`family.sexes.${member.sex}`)}` : ''}
              {member.wheelchairUser ? `, ${t('family.member.wheelchairUser')}` : ''}
            </li>
          ))}
        </ul>
      </Section>
      <Section onChangeStep={onChangeStep} step="languages">
        <p>
          {draft.languages.length > 0
            ? draft.languages.map((code) => spokenLanguageName(code, language)).join(', ')
            : none}
        </p>
      </Section>
      <Section onChangeStep={onChangeStep} step="needs">
        {needs.length > 0 ? (
          <ul className="plain-list">
            {needs.map((flag) => (
              <li key={flag}>{t(`family.needs.family.${flag}`)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('intake.review.noNeeds')}</p>
        )}
      </Section>
      <Section onChangeStep={onChangeStep} step="place">
        <p>{draft.location.trim() ? <bdi>{draft.location}</bdi> : t('intake.review.anywhere')}</p>
        {draft.locationTies.trim() && <p className="preserve-lines">{draft.locationTies}</p>}
      </Section>
      <Section onChangeStep={onChangeStep} step="when">
        <p>
          {draft.neededFrom ? formatDate(draft.neededFrom, language) : none}
          {draft.expectedStayMonths.trim()
            ? ` · ${t('intake.review.months', { months: draft.expectedStayMonths.trim() })}`
            : ''}
        </p>
      </Section>
      <Section onChangeStep={onChangeStep} step="contact">
        <p>
          {draft.contactPhone.trim() || draft.contactEmail.trim() ? (
            <span dir="ltr">{[draft.contactPhone.trim(), draft.contactEmail.trim()].filter(Boolean).join(' · ')}</span>
          ) : (
            none
          )}
        </p>
      </Section>
    </div>
  );
}
