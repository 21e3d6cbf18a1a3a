import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadProblem, LoadingMessage } from '../../../../components/feedback';
import { SelectField, TextField, textValue } from '../../../../components/form';
import { Pagination, ScrollingTable } from '../../../../components/layout';
import { formatDate, formatNumber } from '../../../../lib/i18n';
import { useFamilyListQuery } from '../../api/families-queries';
import { FAMILY_STATUSES, URGENCIES, type FamilyPage, type FamilyQuery } from '../../types';
import { UrgencyLabel } from '../shared/UrgencyLabel';

type FamilyListProps = { query: FamilyQuery; onQueryChange: (query: FamilyQuery) => void };

/** Family cases, most urgent first, filtered by status, urgency, reference or first name. */
export function FamilyList({ query, onQueryChange }: FamilyListProps) {
  const { t } = useTranslation();
  const { data, isFetching: loading, error, refetch } = useFamilyListQuery(query);

  return (
    <div className="stack">
      <FamilyFilters query={query} onApply={onQueryChange} />
      {error ? <LoadProblem error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <LoadingMessage /> : null}
      {data ? (
        <>
          <p className="result-count" aria-live="polite">
            {t('families.results', { count: data.totalItems })}
          </p>
          {data.items.length === 0 ? <p>{t('families.empty')}</p> : <FamilyTable familyPage={data} />}
          <Pagination
            page={data.page}
            totalPages={data.totalPages}
            onPageChange={(next) => onQueryChange({ ...query, page: next })}
          />
        </>
      ) : null}
    </div>
  );
}

function FamilyFilters({ query, onApply }: { query: FamilyQuery; onApply: (query: FamilyQuery) => void }) {
  const { t } = useTranslation();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onApply({
      status: FAMILY_STATUSES.find((status) => status === textValue(data, 'status')) ?? '',
      urgency: URGENCIES.find((urgency) => urgency === textValue(data, 'urgency')) ?? '',
      q: textValue(data, 'q'),
      page: 0,
    });
  }

  return (
    <form
      key={`${query.status}|${query.urgency}|${query.q}`}
      className="filters"
      role="search"
      aria-label={t('families.filtersTitle')}
      onSubmit={handleSubmit}
    >
      <SelectField
        label={t('families.status')}
        name="status"
        options={[
          { value: '', label: t('families.anyStatus') },
          ...FAMILY_STATUSES.map((status) => ({ value: status, label: t(`familyStatuses.${status}`) })),
        ]}
        defaultValue={query.status}
      />
      <SelectField
        label={t('families.urgency')}
        name="urgency"
        options={[
          { value: '', label: t('families.anyUrgency') },
          ...URGENCIES.map((urgency) => ({ value: urgency, label: t(`urgencies.${urgency}`) })),
        ]}
        defaultValue={query.urgency}
      />
      <TextField
        label={t('families.search')}
        name="q"
        type="search"
        help={t('families.searchHelp')}
        defaultValue={query.q}
        maxLength={100}
      />
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          {t('families.applyFilters')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onApply({ status: '', urgency: '', q: '', page: 0 })}
        >
          {t('families.clearFilters')}
        </button>
      </div>
    </form>
  );
}

function FamilyTable({ familyPage }: { familyPage: FamilyPage }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const number = (value: number) => formatNumber(value, language);
  return (
    <ScrollingTable
      caption={t('families.tableCaption', { page: familyPage.page + 1, pages: Math.max(familyPage.totalPages, 1) })}
      columns={[
        t('families.columns.reference'),
        t('families.columns.lead'),
        t('families.columns.size'),
        t('families.columns.bedrooms'),
        t('families.columns.urgency'),
        t('families.columns.status'),
        t('families.columns.neededFrom'),
        t('families.columns.waiting'),
        t('families.columns.location'),
      ]}
    >
      {familyPage.items.map((family) => (
        <tr key={family.id}>
          <th scope="row">
            <Link to={`/caseworker/families/${family.id}`}>
              <bdi className="reference">{family.reference}</bdi>
            </Link>
          </th>
          <td>{family.leadFirstName ? <bdi>{family.leadFirstName}</bdi> : '–'}</td>
          <td>{number(family.size)}</td>
          <td>{number(family.bedroomsNeeded)}</td>
          <td>
            <UrgencyLabel urgency={family.urgency} />
          </td>
          <td className="table__status">{t(`familyStatuses.${family.status}`)}</td>
          <td className="table__date">{family.neededFrom ? formatDate(family.neededFrom, language) : '–'}</td>
          <td>{family.waitingDays === null ? '–' : t('families.days', { count: family.waitingDays })}</td>
          <td>
            <bdi>{family.locationLabel ?? '–'}</bdi>
          </td>
        </tr>
      ))}
    </ScrollingTable>
  );
}
