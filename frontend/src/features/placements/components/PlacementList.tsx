import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadProblem, LoadingMessage } from '../../../components/feedback';
import { SelectField, textValue } from '../../../components/form';
import { ScrollingTable } from '../../../components/layout';
import { formatDate, formatDateTime } from '../../../lib/i18n';
import { usePlacementListQuery } from '../api/placements-queries';
import { placementPath } from '../paths';
import { PLACEMENT_STATUSES, type Placement, type PlacementStatus } from '../types';
import { OverdueLabel } from './OverdueLabel';
import { PlacementStatusLabel } from './PlacementStatusLabel';

type PlacementListProps = {
  status: PlacementStatus | '';
  onStatusChange: (status: PlacementStatus | '') => void;
};

/** Every placement, newest first, filtered by status; each leads to its page. */
export function PlacementList({ status, onStatusChange }: PlacementListProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = usePlacementListQuery(status);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = textValue(event.currentTarget, 'status');
    onStatusChange(PLACEMENT_STATUSES.find((candidate) => candidate === chosen) ?? '');
  }

  return (
    <div className="stack">
      <form
        key={status}
        className="filters"
        role="search"
        aria-label={t('placements.list.filtersTitle')}
        onSubmit={handleSubmit}
      >
        <SelectField
          label={t('placements.list.status')}
          name="status"
          defaultValue={status}
          options={[
            { value: '', label: t('placements.list.anyStatus') },
            ...PLACEMENT_STATUSES.map((value) => ({ value, label: t(`placements.statuses.${value}`) })),
          ]}
        />
        <div className="filters__actions">
          <button type="submit" className="button button--primary">
            {t('placements.list.apply')}
          </button>
        </div>
      </form>
      {error ? <LoadProblem error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <LoadingMessage /> : null}
      {data ? (
        <>
          <p className="result-count" aria-live="polite">
            {t('placements.list.results', { count: data.length })}
          </p>
          {data.length === 0 ? <p>{t('placements.list.empty')}</p> : <PlacementTable placements={data} />}
        </>
      ) : null}
    </div>
  );
}

function PlacementTable({ placements }: { placements: Placement[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <ScrollingTable
      caption={t('placements.list.caption')}
      columns={[
        t('placements.list.family'),
        t('placements.list.offer'),
        t('placements.list.statusColumn'),
        t('placements.list.approved'),
        t('placements.list.next'),
      ]}
    >
      {placements.map((placement) => (
        <tr key={placement.id}>
          <th scope="row">
            <Link to={placementPath(placement.id)}>
              <bdi className="reference">{placement.familyReference}</bdi>
            </Link>
          </th>
          <td>
            <bdi>{placement.offerTitle}</bdi>
          </td>
          <td className="table__status">
            <PlacementStatusLabel status={placement.status} />
          </td>
          <td className="table__date">{formatDateTime(placement.approvedAt, language)}</td>
          <td>
            {placement.answerDueAt
              ? t('placements.list.answerBy', { date: formatDateTime(placement.answerDueAt, language) })
              : null}
            {placement.nextCheckInDue ? (
              <>
                {t('placements.list.checkInBy', { date: formatDate(placement.nextCheckInDue, language) })}
                {placement.checkInOverdue ? (
                  <>
                    {' '}
                    <OverdueLabel />
                  </>
                ) : null}
              </>
            ) : null}
          </td>
        </tr>
      ))}
    </ScrollingTable>
  );
}
