import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../../../lib/i18n';
import type { HostPage } from '../../types';

/** Hosts, longest-waiting first; the name leads to the host's page. Scrolls sideways on a phone. */
export function HostTable({ hostPage }: { hostPage: HostPage }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId}>
          {t('hosts.tableCaption', { page: hostPage.page + 1, pages: Math.max(hostPage.totalPages, 1) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('hosts.columns.name')}</th>
            <th scope="col">{t('hosts.columns.email')}</th>
            <th scope="col">{t('hosts.columns.status')}</th>
            <th scope="col">{t('hosts.columns.offers')}</th>
            <th scope="col">{t('hosts.columns.areas')}</th>
            <th scope="col">{t('hosts.columns.appliedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {hostPage.items.map((host) => (
            <tr key={host.id}>
              <th scope="row">
                <Link to={`/caseworker/hosts/${host.id}`}>{host.displayName}</Link>
              </th>
              <td className="table__email">
                <span dir="ltr">{host.email}</span>
              </td>
              <td>{t(`vettingStatuses.${host.status}`)}</td>
              <td>
                {t('hosts.offerCounts', {
                  available: formatNumber(host.availableOfferCount, language),
                  total: formatNumber(host.offerCount, language),
                })}
              </td>
              <td>
                <bdi>{host.areas.length > 0 ? host.areas.join(', ') : '–'}</bdi>
              </td>
              <td className="table__date">{formatDateTime(host.appliedAt, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
