import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout';

/**
 * What Haven is and whose data it uses. The licences require the attributions below; their
 * statutory wording stays in English (marked as such), the explanations are translated.
 */
export function AboutPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageTitle>{t('about.title')}</PageTitle>
      <p className="lead">{t('about.intro')}</p>
      <section className="card stack" aria-labelledby="about-data-title">
        <h2 id="about-data-title">{t('about.dataTitle')}</h2>
        <p>{t('about.dataIntro')}</p>
        <h3>{t('about.onsTitle')}</h3>
        <p>{t('about.onsText')}</p>
        <ul lang="en" dir="ltr">
          <li>Contains OS data © Crown copyright and database right 2025</li>
          <li>Contains Royal Mail data © Royal Mail copyright and database right 2025</li>
          <li>
            Source: Office for National Statistics licensed under the{' '}
            <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">
              Open Government Licence v.3.0
            </a>
          </li>
        </ul>
        <h3>{t('about.geonamesTitle')}</h3>
        <p>{t('about.geonamesText')}</p>
        <p lang="en" dir="ltr">
          Contains <a href="https://www.geonames.org">GeoNames</a> data, licensed under{' '}
          <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.
        </p>
        <h3>{t('about.mapTitle')}</h3>
        <p>{t('about.mapText')}</p>
      </section>
    </div>
  );
}
