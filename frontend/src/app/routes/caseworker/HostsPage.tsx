import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/layout';
import { HostList, VETTING_STATUSES, type HostQuery } from '../../../features/hosts';

/** Filters and page live in the address, so a filtered list can be bookmarked and Back works. */
function queryFromSearch(params: URLSearchParams): HostQuery {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    status: VETTING_STATUSES.find((status) => status === params.get('status')) ?? '',
    q: params.get('q') ?? '',
    area: params.get('area') ?? '',
    page: Number.isFinite(page) && page > 0 ? page : 0,
  };
}

function searchFromQuery(query: HostQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.q.trim()) params.set('q', query.q.trim());
  if (query.area.trim()) params.set('area', query.area.trim().toUpperCase());
  if (query.page > 0) params.set('page', String(query.page));
  return params;
}

export function HostsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  return (
    <div className="stack">
      <PageTitle>{t('hosts.title')}</PageTitle>
      <p>{t('hosts.intro')}</p>
      <HostList
        query={queryFromSearch(searchParams)}
        onQueryChange={(next) => setSearchParams(searchFromQuery(next))}
      />
    </div>
  );
}
