import type { ReactNode } from 'react';
import { LoadingMessage, LoadProblem } from '../feedback';
import { Pagination } from './Pagination';

type Page = { page: number; totalPages: number; totalItems: number; items: readonly unknown[] };

type PagedResultsProps<P extends Page> = {
  /** The last page received (kept while the next one loads), or null before the first. */
  data: P | null;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** "12 accounts": announced politely when it changes. */
  count: (totalItems: number) => string;
  /** What to say when nothing matches the filters. */
  empty: string;
  /** The table of a page with items. */
  children: (page: P) => ReactNode;
  onPageChange: (page: number) => void;
};

/** A filtered list's results: loading, a load problem with a retry, the count, the page and paging. */
export function PagedResults<P extends Page>({
  data,
  loading,
  error,
  onRetry,
  count,
  empty,
  children,
  onPageChange,
}: PagedResultsProps<P>) {
  return (
    <>
      {error ? <LoadProblem error={error} onRetry={onRetry} /> : null}
      {loading && !data ? <LoadingMessage /> : null}
      {data ? (
        <>
          <p className="result-count" aria-live="polite">
            {count(data.totalItems)}
          </p>
          {data.items.length === 0 ? <p>{empty}</p> : children(data)}
          <Pagination page={data.page} totalPages={data.totalPages} onPageChange={onPageChange} />
        </>
      ) : null}
    </>
  );
}
