import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadProblem, LoadingMessage, StatusMessage } from '../../../../components/feedback';
import { PageTitle } from '../../../../components/layout';
import { useFamilyChanged, useFamilyQuery } from '../../api/families-queries';
import type { FamilyCase } from '../../types';
import { DataRights } from './DataRights';
import { FamilyDetails, FamilySummaryCard } from './FamilyDetails';
import { FamilyForm } from './FamilyForm';
import { FamilyHistory } from './FamilyHistory';
import { IntakeLinkPanel } from './IntakeLinkPanel';
import { useLinkedSummaries } from './LinkedFamilies';
import { StatusActions } from './StatusActions';
import { isolate } from '../../../../lib/i18n';

type Editing = { problem: unknown } | null;

/** One family case for a caseworker: status and its moves, the details, intake link, history, data. */
export function FamilyDetailView({ familyId, created = false }: { familyId: string; created?: boolean }) {
  const { t } = useTranslation();
  const { data: family, error, refetch } = useFamilyQuery(familyId);
  const familyChanged = useFamilyChanged();
  const reload = () => void familyChanged(familyId);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(() => (created ? t('familyDetail.created') : null));
  const [changes, setChanges] = useState(0);
  const linked = useLinkedSummaries(family?.linkedFamilyIds ?? []);

  if (error && !family) {
    return (
      <div className="stack">
        <PageTitle>{t('familyDetail.title')}</PageTitle>
        <LoadProblem error={error} onRetry={() => void refetch()} />
        <p>
          <Link to="/caseworker/families">{t('familyDetail.backToList')}</Link>
        </p>
      </div>
    );
  }
  if (!family) return <LoadingMessage />;

  function stored(next: FamilyCase, message: string | null) {
    void familyChanged(next.id, next);
    setNotice(message);
    setChanges((count) => count + 1);
  }

  return (
    <div className="stack">
      <p>
        <Link to="/caseworker/families">{t('familyDetail.backToList')}</Link>
      </p>
      <PageTitle>{t('familyDetail.heading', { reference: isolate(family.reference) })}</PageTitle>
      {notice && <StatusMessage>{notice}</StatusMessage>}
      <FamilySummaryCard family={family} />
      <StatusActions
        family={family}
        onChanged={(next) => {
          setEditing(null);
          stored(next, t('familyDetail.statusChanged', { status: t(`familyStatuses.${next.status}`) }));
        }}
        onMissingDetails={(problem) => {
          setNotice(null);
          setEditing({ problem });
        }}
      />
      {(family.status === 'TRIAGE' || family.status === 'INTAKE_PENDING') && (
        <IntakeLinkPanel familyId={family.id} onCreated={reload} />
      )}
      <section className="stack" aria-labelledby="family-details-title">
        <h2 id="family-details-title">{t('familyDetail.detailsTitle')}</h2>
        {editing ? (
          <FamilyForm
            key={`${family.version}-${changes}`}
            family={family}
            initialProblem={editing.problem}
            linked={linked}
            onSaved={(next) => {
              setEditing(null);
              stored(next, t('familyDetail.saved'));
            }}
            onCancel={() => setEditing(null)}
            onReload={() => {
              setEditing(null);
              setNotice(null);
              reload();
            }}
          />
        ) : (
          <>
            <FamilyDetails family={family} linked={linked} />
            {family.status !== 'CLOSED' && (
              <p>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setEditing({ problem: null })}
                >
                  {t('familyDetail.edit')}
                </button>
              </p>
            )}
          </>
        )}
      </section>
      <FamilyHistory key={`${family.version}-${family.status}-${changes}`} familyId={family.id} />
      <DataRights family={family} onErased={(next) => stored(next, t('familyDetail.erased'))} />
    </div>
  );
}
