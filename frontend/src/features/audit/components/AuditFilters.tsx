import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterActions, SelectField, TextField, textValue } from '../../../components/form';
import { EMPTY_AUDIT_QUERY, type AuditQuery } from '../types';
import { actionLabel } from './labels';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type FilterErrors = { subjectId?: 'audit.errors.subjectId'; to?: 'audit.errors.toBeforeFrom' };

/** Checked before asking: a record id is a whole UUID, and the period does not end before it starts. */
export function filterErrors(query: Pick<AuditQuery, 'subjectId' | 'from' | 'to'>): FilterErrors {
  const errors: FilterErrors = {};
  if (query.subjectId.trim() && !UUID.test(query.subjectId.trim())) errors.subjectId = 'audit.errors.subjectId';
  if (query.from && query.to && query.to < query.from) errors.to = 'audit.errors.toBeforeFrom';
  return errors;
}

type AuditFiltersProps = {
  query: AuditQuery;
  /** Every action the log holds, for the action list; empty until loaded. */
  actions: readonly string[];
  /** Applying filters always starts again at the first page. */
  onApply: (query: AuditQuery) => void;
};

export function AuditFilters({ query, actions, onApply }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FilterErrors>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: AuditQuery = {
      actor: textValue(data, 'actor').trim(),
      action: textValue(data, 'action'),
      subjectId: textValue(data, 'subjectId').trim(),
      from: textValue(data, 'from'),
      to: textValue(data, 'to'),
      page: 0,
    };
    const found = filterErrors(next);
    setErrors(found);
    if (Object.keys(found).length === 0) onApply(next);
  }

  // The current filter stays choosable even before the list has loaded (or if it is not in it).
  const known = query.action && !actions.includes(query.action) ? [query.action, ...actions] : actions;
  const actionOptions = [
    { value: '', label: t('audit.anyAction') },
    ...known.map((action) => ({ value: action, label: actionLabel(action, t) })),
  ];

  return (
    // The key re-creates the inputs when the query changes from outside (Clear, the back button); not
    // when the action list arrives or grows, which would throw away what the user is choosing.
    <form
      key={[query.actor, query.action, query.subjectId, query.from, query.to].join('|')}
      className="filters"
      role="search"
      aria-label={t('audit.filtersTitle')}
      noValidate
      onSubmit={handleSubmit}
    >
      <TextField
        label={t('audit.actor')}
        name="actor"
        type="search"
        dir="ltr"
        autoComplete="off"
        help={t('audit.actorHelp')}
        defaultValue={query.actor}
        maxLength={254}
      />
      <SelectField label={t('audit.action')} name="action" options={actionOptions} defaultValue={query.action} />
      <TextField
        label={t('audit.subjectId')}
        name="subjectId"
        dir="ltr"
        autoComplete="off"
        help={t('audit.subjectIdHelp')}
        defaultValue={query.subjectId}
        maxLength={36}
        error={errors.subjectId && t(errors.subjectId)}
      />
      <TextField
        label={t('audit.from')}
        name="from"
        type="date"
        className="field__input--date"
        defaultValue={query.from}
      />
      <TextField
        label={t('audit.to')}
        name="to"
        type="date"
        className="field__input--date"
        defaultValue={query.to}
        error={errors.to && t(errors.to)}
      />
      <FilterActions
        applyLabel={t('audit.applyFilters')}
        clearLabel={t('audit.clearFilters')}
        onClear={() => {
          setErrors({});
          onApply(EMPTY_AUDIT_QUERY);
        }}
      />
    </form>
  );
}
