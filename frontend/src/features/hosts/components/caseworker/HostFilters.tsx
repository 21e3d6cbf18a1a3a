import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField, textValue } from '../../../../components/form';
import { VETTING_STATUSES, type HostQuery } from '../../types';

type HostFiltersProps = {
  query: HostQuery;
  /** Applying filters always starts again at the first page. */
  onApply: (query: HostQuery) => void;
};

export function HostFilters({ query, onApply }: HostFiltersProps) {
  const { t } = useTranslation();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onApply({
      status: VETTING_STATUSES.find((status) => status === textValue(data, 'status')) ?? '',
      q: textValue(data, 'q'),
      area: textValue(data, 'area'),
      page: 0,
    });
  }

  const statusOptions = [
    { value: '', label: t('hosts.anyStatus') },
    ...VETTING_STATUSES.map((status) => ({ value: status, label: t(`vettingStatuses.${status}`) })),
  ];

  return (
    // The key re-creates the inputs when the query changes from outside (Clear, the back button).
    <form
      key={`${query.status}|${query.q}|${query.area}`}
      className="filters"
      role="search"
      aria-label={t('hosts.filtersTitle')}
      onSubmit={handleSubmit}
    >
      <SelectField label={t('hosts.status')} name="status" options={statusOptions} defaultValue={query.status} />
      <TextField label={t('hosts.search')} name="q" type="search" help={t('hosts.searchHelp')} defaultValue={query.q} />
      <TextField
        label={t('hosts.area')}
        name="area"
        dir="ltr"
        help={t('hosts.areaHelp')}
        defaultValue={query.area}
        maxLength={10}
      />
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          {t('hosts.applyFilters')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onApply({ status: '', q: '', area: '', page: 0 })}
        >
          {t('hosts.clearFilters')}
        </button>
      </div>
    </form>
  );
}
