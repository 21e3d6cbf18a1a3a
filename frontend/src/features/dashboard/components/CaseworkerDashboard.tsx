import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadProblem, LoadingMessage } from '../../../components/feedback';
import { ScrollingTable } from '../../../components/layout';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/i18n';
import { useDashboardQuery } from '../api/dashboard-queries';
import { DASHBOARD_PLACEMENT_STATUSES, type Dashboard, type Urgency } from '../types';

const FAMILIES = '/caseworker/families';
const PLACEMENTS = '/caseworker/placements';
const MATCHING = '/caseworker/matching';

function placementLink(placementId: string): string {
  return `${PLACEMENTS}/${encodeURIComponent(placementId)}`;
}

function useLanguage(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language;
}

/**
 * What waits for caseworkers, in one look: families waiting by urgency and the longest waiting,
 * proposals to decide, offers waiting for a host's answer, check-ins due or overdue, placements
 * by status. Plain lists and tables, each linking to where the work is done.
 */
export function CaseworkerDashboard() {
  const { t } = useTranslation();
  const { data, error, refetch } = useDashboardQuery();
  if (!data) return error ? <LoadProblem error={error} onRetry={() => void refetch()} /> : <LoadingMessage />;
  return (
    <div className="dashboard">
      <FamiliesWaiting dashboard={data} />
      <LongestWaiting dashboard={data} />
      <Panel title={t('dashboard.proposals.title')}>
        <p className="dashboard__figure">{t('dashboard.proposals.count', { count: data.proposalsToDecide })}</p>
        <p>
          <Link to={MATCHING} className="button button--secondary">
            {t('dashboard.proposals.link')}
          </Link>
        </p>
      </Panel>
      <AwaitingHost dashboard={data} />
      <CheckInsDue dashboard={data} />
      <PlacementsByStatus dashboard={data} />
    </div>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className="card stack dashboard__panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </section>
  );
}

/** Urgency as a word first; the marks (!!, !) repeat it for those who scan. */
function UrgencyWord({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  const mark = { CRITICAL: '!! ', HIGH: '! ', NORMAL: '' }[urgency];
  return (
    <span className={`urgency urgency--${urgency.toLowerCase()}`}>
      {mark && <span aria-hidden="true">{mark}</span>}
      {t(`urgencies.${urgency}`)}
    </span>
  );
}

function FamiliesWaiting({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const total = dashboard.familiesWaiting.reduce((sum, level) => sum + level.count, 0);
  return (
    <Panel title={t('dashboard.waiting.title')}>
      <p>{t('dashboard.waiting.total', { count: total })}</p>
      <ScrollingTable
        caption={t('dashboard.waiting.caption')}
        columns={[t('dashboard.waiting.urgency'), t('dashboard.waiting.families'), t('dashboard.waiting.longest')]}
      >
        {dashboard.familiesWaiting.map((level) => (
          <tr key={level.urgency}>
            <th scope="row">
              <Link to={`${FAMILIES}?status=READY&urgency=${level.urgency}`}>
                <UrgencyWord urgency={level.urgency} />
              </Link>
            </th>
            <td>{formatNumber(level.count, language)}</td>
            <td>{level.count > 0 ? t('dashboard.days', { count: level.longestWaitingDays }) : '–'}</td>
          </tr>
        ))}
      </ScrollingTable>
    </Panel>
  );
}

function LongestWaiting({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  return (
    <Panel title={t('dashboard.longest.title')}>
      {dashboard.longestWaiting.length === 0 ? (
        <p>{t('dashboard.longest.empty')}</p>
      ) : (
        <ol className="dashboard__list">
          {dashboard.longestWaiting.map((family) => (
            <li key={family.familyId}>
              <Link to={`${FAMILIES}/${encodeURIComponent(family.familyId)}`}>
                <bdi className="reference">{family.reference}</bdi>
              </Link>{' '}
              <UrgencyWord urgency={family.urgency} />{' '}
              {t('dashboard.longest.details', {
                people: t('dashboard.people', { count: family.size }),
                days: t('dashboard.days', { count: family.waitingDays }),
              })}
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}

type PlacementRow = {
  placementId: string;
  familyReference: string;
  offerTitle: string;
  /** When it is due, with any badge. */
  due: ReactNode;
  overdue?: boolean;
};

/** Placements waiting for something: the family (leading to the placement), the offer, when. */
function PlacementTable({ caption, dueColumn, rows }: { caption: string; dueColumn: string; rows: PlacementRow[] }) {
  const { t } = useTranslation();
  return (
    <ScrollingTable caption={caption} columns={[t('dashboard.family'), t('dashboard.offer'), dueColumn]}>
      {rows.map((row) => (
        <tr key={row.placementId} className={row.overdue ? 'dashboard__row--overdue' : undefined}>
          <th scope="row">
            <Link to={placementLink(row.placementId)}>
              <bdi className="reference">{row.familyReference}</bdi>
            </Link>
          </th>
          <td>
            <bdi>{row.offerTitle}</bdi>
          </td>
          <td>{row.due}</td>
        </tr>
      ))}
    </ScrollingTable>
  );
}

function Badge({ overdue = false, children }: { overdue?: boolean; children: ReactNode }) {
  return (
    <>
      {' '}
      <span className={overdue ? 'dashboard__badge dashboard__badge--overdue' : 'dashboard__badge'}>{children}</span>
    </>
  );
}

function AwaitingHost({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Panel title={t('dashboard.awaitingHost.title')}>
      {dashboard.awaitingHost.length === 0 ? (
        <p>{t('dashboard.awaitingHost.empty')}</p>
      ) : (
        <PlacementTable
          caption={t('dashboard.awaitingHost.caption')}
          dueColumn={t('dashboard.awaitingHost.due')}
          rows={dashboard.awaitingHost.map((item) => ({
            ...item,
            due: (
              <>
                {formatDateTime(item.answerDueAt, language)}
                {item.reminded && <Badge>{t('dashboard.awaitingHost.reminded')}</Badge>}
              </>
            ),
          }))}
        />
      )}
    </Panel>
  );
}

function CheckInsDue({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const overdue = dashboard.checkInsDue.filter((item) => item.overdue).length;
  return (
    <Panel title={t('dashboard.checkIns.title')}>
      {dashboard.checkInsDue.length === 0 ? (
        <p>{t('dashboard.checkIns.empty')}</p>
      ) : (
        <>
          {overdue > 0 && (
            <p className="dashboard__warning">{t('dashboard.checkIns.overdueCount', { count: overdue })}</p>
          )}
          <PlacementTable
            caption={t('dashboard.checkIns.caption')}
            dueColumn={t('dashboard.checkIns.due')}
            rows={dashboard.checkInsDue.map((item) => ({
              ...item,
              due: (
                <>
                  {formatDate(item.dueOn, language)}
                  {item.overdue && (
                    <Badge overdue>
                      <span aria-hidden="true">⚠ </span>
                      {t('dashboard.checkIns.overdue')}
                    </Badge>
                  )}
                </>
              ),
            }))}
          />
        </>
      )}
    </Panel>
  );
}

function PlacementsByStatus({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Panel title={t('dashboard.placements.title')}>
      <ul className="dashboard__counts">
        {DASHBOARD_PLACEMENT_STATUSES.map((status) => (
          <li key={status}>
            <Link to={`${PLACEMENTS}?status=${status}`} className="dashboard__count-link">
              <span>{t(`placements.statuses.${status}`)}</span>{' '}
              <span className="dashboard__count">
                {formatNumber(dashboard.placementsByStatus[status] ?? 0, language)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link to={PLACEMENTS}>{t('dashboard.placements.all')}</Link>
      </p>
    </Panel>
  );
}
