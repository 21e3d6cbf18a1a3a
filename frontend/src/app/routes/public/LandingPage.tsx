import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/layout';

const HOST_STEPS = ['signUp', 'checks', 'match', 'support'] as const;

export function LandingPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <section className="hero stack">
        <PageTitle>{t('landing.title')}</PageTitle>
        <p className="lead">{t('landing.intro')}</p>
      </section>
      <section className="card stack" aria-labelledby="hosts-title">
        <h2 id="hosts-title">{t('landing.hostsTitle')}</h2>
        <ol className="steps">
          {HOST_STEPS.map((step) => (
            <li key={step}>{t(`landing.hostsSteps.${step}`)}</li>
          ))}
        </ol>
        <p>
          <Link to="/signup" className="button button--primary button--large">
            {t('landing.offerRoom')}
          </Link>
        </p>
      </section>
      <section className="card stack" aria-labelledby="staff-title">
        <h2 id="staff-title">{t('landing.staffTitle')}</h2>
        <p>{t('landing.staffText')}</p>
        <p>
          <Link to="/login" className="button button--secondary">
            {t('landing.logIn')}
          </Link>
        </p>
      </section>
    </div>
  );
}
