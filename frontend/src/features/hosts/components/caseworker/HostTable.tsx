import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollingTable } from '../../../../components/layout';
import { formatDateTime, formatNumber } from '../../../../lib/i18n';
import type { HostPage } from '../../types';

/** Hosts, longest-waiting first; the name leads to the host's page. Scrolls sideways on a phone. */
export function HostTable({ hostPage }: { hostPage: HostPage }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <ScrollingTable
      caption={t('hosts.tableCaption', { page: hostPage.page + 1, pages: Math.max(hostPage.totalPages, 1) })}
      columns={[
        t('hosts.columns.name'),
        t('hosts.columns.email'),
        t('hosts.columns.status'),
        t('hosts.columns.offers'),
        t('hosts.columns.areas'),
        t('hosts.columns.appliedAt'),
      ]}
    >
      {hostPage.items.map((host) => (
        <tr key={host.id}>
          <th scope="row">
            <Link to={`/caseworker/hosts/${host.id}`}>
              <bdi>{host.displayName}</bdi>
            </Link>
          </th>
          <td className="table__email">
            <span dir="ltr">{host.email}</span>
          </td>
          <td className="table__status">{t(`vettingStatuses.${host.status}`)}</td>
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
    </ScrollingTable>
  );
}
