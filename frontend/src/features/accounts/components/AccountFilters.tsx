import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterActions, SelectField, TextField } from '../../../components/form';
import { ACCOUNT_ROLES, ACCOUNT_STATUSES, type AccountQuery, type AccountRole, type AccountStatus } from '../types';

type AccountFiltersProps = {
  query: AccountQuery;
  /** Applying filters always starts again at the first page. */
  onApply: (query: AccountQuery) => void;
};

function asRole(value: FormDataEntryValue | null): AccountRole | '' {
  return ACCOUNT_ROLES.find((role) => role === value) ?? '';
}

function asStatus(value: FormDataEntryValue | null): AccountStatus | '' {
  return ACCOUNT_STATUSES.find((status) => status === value) ?? '';
}

export function AccountFilters({ query, onApply }: AccountFiltersProps) {
  const { t } = useTranslation();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const q = data.get('q');
    onApply({
      role: asRole(data.get('role')),
      status: asStatus(data.get('status')),
      q: typeof q === 'string' ? q : '',
      page: 0,
    });
  }

  const roleOptions = [
    { value: '', label: t('accounts.anyRole') },
    ...ACCOUNT_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) })),
  ];
  const statusOptions = [
    { value: '', label: t('accounts.anyStatus') },
    ...ACCOUNT_STATUSES.map((status) => ({ value: status, label: t(`accounts.statuses.${status}`) })),
  ];

  return (
    // The key re-creates the inputs when the query changes from outside (Clear, the back button).
    <form
      key={`${query.role}|${query.status}|${query.q}`}
      className="filters"
      role="search"
      aria-label={t('accounts.filtersTitle')}
      onSubmit={handleSubmit}
    >
      <SelectField label={t('accounts.role')} name="role" options={roleOptions} defaultValue={query.role} />
      <SelectField label={t('accounts.status')} name="status" options={statusOptions} defaultValue={query.status} />
      <TextField
        label={t('accounts.search')}
        name="q"
        type="search"
        help={t('accounts.searchHelp')}
        defaultValue={query.q}
      />
      <FilterActions
        applyLabel={t('accounts.applyFilters')}
        clearLabel={t('accounts.clearFilters')}
        onClear={() => onApply({ role: '', status: '', q: '', page: 0 })}
      />
    </form>
  );
}
