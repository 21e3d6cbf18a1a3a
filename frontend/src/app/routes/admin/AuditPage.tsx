import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/layout';
import { AuditLogList, type AuditQuery } from '../../../features/audit';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Filters and page live in the address, so a search can be bookmarked or sent to a colleague. */
function queryFromSearch(params: URLSearchParams): AuditQuery {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return DAY.test(value) ? value : '';
  };
  return {
    actor: params.get('actor') ?? '',
    action: params.get('action') ?? '',
    subjectId: params.get('subjectId') ?? '',
    from: day('from'),
    to: day('to'),
    page: Number.isFinite(page) && page > 0 ? page : 0,
  };
}

function searchFromQuery(query: AuditQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ['actor', 'action', 'subjectId', 'from', 'to'] as const) {
    if (query[name].trim()) params.set(name, query[name].trim());
  }
  if (query.page > 0) params.set('page', String(query.page));
  return params;
}

export function AuditPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  return (
    <div className="stack">
      <PageTitle>{t('audit.title')}</PageTitle>
      <p>{t('audit.intro')}</p>
      <AuditLogList
        query={queryFromSearch(searchParams)}
        onQueryChange={(next) => setSearchParams(searchFromQuery(next))}
      />
    </div>
  );
}
