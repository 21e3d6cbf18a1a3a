import type { ReactNode } from 'react';
import { SelectField, TextField } from '../../../components/form';
import { URGENCIES, type Urgency } from '../types';
import { useFormat } from './use-format';

/** The filters both of a run's lists share, and the page (from 0) every change of them resets. */
export type UrgencyAndText = { urgency: Urgency | ''; q: string; page: number };

type ListFiltersProps<Q extends UrgencyAndText> = {
  /** The form's accessible name. */
  label: string;
  /** Field names, unique on the page (both lists' forms are on it). */
  namePrefix: string;
  searchHelp: string;
  query: Q;
  onChange: (query: Q) => void;
  onClear: () => void;
  /** Fields before the urgency (the proposals' order). */
  children?: ReactNode;
};

/** Applies as the caseworker types or chooses; the server filters (typing is debounced by the list). */
export function ListFilters<Q extends UrgencyAndText>(props: ListFiltersProps<Q>) {
  const { label, namePrefix, searchHelp, query, onChange, onClear, children } = props;
  const { t } = useFormat();
  return (
    <form className="filters" role="search" aria-label={label} onSubmit={(event) => event.preventDefault()}>
      {children}
      <SelectField
        label={t('matching.proposals.urgency')}
        name={`${namePrefix}urgency`}
        value={query.urgency}
        onChange={(event) =>
          onChange({ ...query, urgency: URGENCIES.find((urgency) => urgency === event.target.value) ?? '', page: 0 })
        }
        options={[
          { value: '', label: t('matching.proposals.anyUrgency') },
          ...URGENCIES.map((urgency) => ({ value: urgency, label: t(`urgencies.${urgency}`) })),
        ]}
      />
      <TextField
        label={t('matching.proposals.search')}
        help={searchHelp}
        name={`${namePrefix}q`}
        type="search"
        maxLength={100}
        value={query.q}
        onChange={(event) => onChange({ ...query, q: event.target.value, page: 0 })}
      />
      <div className="filters__actions">
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t('matching.proposals.clear')}
        </button>
      </div>
    </form>
  );
}
