import { useTranslation } from 'react-i18next';

type PaginationProps = {
  /** Zero-based, as the API counts. */
  page: number;
  totalPages: number;
  onPageChange: (page: number) => void;
};

/** Previous / next with "Page 2 of 5" between; renders nothing when everything fits on one page. */
export function Pagination({ page, totalPages, onPageChange }: PaginationProps) {
  const { t } = useTranslation();
  if (totalPages <= 1) return null;
  const isFirst = page <= 0;
  const isLast = page >= totalPages - 1;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <button
        type="button"
        className="button button--secondary"
        disabled={isFirst}
        onClick={() => onPageChange(page - 1)}
      >
        <span aria-hidden="true" className="pagination__arrow pagination__arrow--previous" />
        {t('pagination.previous')}
      </button>
      <p className="pagination__position">{t('pagination.pageOf', { page: page + 1, pages: totalPages })}</p>
      <button
        type="button"
        className="button button--secondary"
        disabled={isLast}
        onClick={() => onPageChange(page + 1)}
      >
        {t('pagination.next')}
        <span aria-hidden="true" className="pagination__arrow pagination__arrow--next" />
      </button>
    </nav>
  );
}
