import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/layout';
import { FAMILY_STATUSES, FamilyList, URGENCIES, type FamilyQuery } from '../../../features/families';

/** Filters and page live in the address, so a filtered list can be bookmarked and Back works. */
function queryFromSearch(params: URLSearchParams): FamilyQuery {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    status: FAMILY_STATUSES.find((status) => status === params.get('status')) ?? '',
    urgency: URGENCIES.find((urgency) => urgency === params.get('urgency')) ?? '',
    q: params.get('q') ?? '',
    page: Number.isFinite(page) && page > 0 ? page : 0,
  };
}

function searchFromQuery(query: FamilyQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.urgency) params.set('urgency', query.urgency);
  if (query.q.trim()) params.set('q', query.q.trim());
  if (query.page > 0) params.set('page', String(query.page));
  return params;
}

export function FamiliesPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  return (
    <div className="stack">
      <PageTitle>{t('families.title')}</PageTitle>
      <p>{t('families.intro')}</p>
      <p>
        <Link to="/caseworker/families/new" className="button button--primary">
          {t('families.newCase')}
        </Link>
      </p>
      <FamilyList
        query={queryFromSearch(searchParams)}
        onQueryChange={(next) => setSearchParams(searchFromQuery(next))}
      />
    </div>
  );
}
