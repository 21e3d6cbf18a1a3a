import { useState } from 'react';
import { LoadProblem, LoadingMessage, StatusMessage } from '../../../components/feedback';
import { PageTitle } from '../../../components/layout';
import type { StartResult } from '../api/matching-api';
import { useRunsChanged, useRunsQuery } from '../api/matching-queries';
import type { ProposalQuery } from '../proposal-view';
import type { Run } from '../types';
import { LiveRun } from './LiveRun';
import { RunHistory } from './RunHistory';
import { StartRunForm } from './StartRunForm';
import { useFormat } from './use-format';

/** The latest run and as many earlier ones as the history shows. */
const RUNS_LOADED = 6;

type MatchingHomeProps = { query: ProposalQuery; onQueryChange: (query: ProposalQuery) => void };

/**
 * The caseworker's matching page: start a run, watch it, and read the latest run's proposals and
 * unassigned families; earlier runs are listed below.
 */
export function MatchingHome({ query, onQueryChange }: MatchingHomeProps) {
  const { t } = useFormat();
  const runs = useRunsQuery(0, RUNS_LOADED);
  const runsChanged = useRunsChanged();
  // A run started (or watched) here is newer than the list, which is loaded once.
  const [shown, setShown] = useState<Run | null>(null);
  const [alreadyRunning, setAlreadyRunning] = useState(false);

  const latest = shown ?? runs.data?.items[0] ?? null;
  const history = (runs.data?.items ?? []).filter((run) => run.id !== latest?.id).slice(0, RUNS_LOADED - 1);

  function handleStarted(result: StartResult) {
    setAlreadyRunning(!result.started);
    if (result.run) setShown(result.run);
    void runsChanged();
  }

  return (
    <div className="stack">
      <PageTitle>{t('matching.title')}</PageTitle>
      <p>{t('matching.intro')}</p>
      {runs.error ? <LoadProblem error={runs.error} onRetry={() => void runs.refetch()} /> : null}
      {runs.isPending ? <LoadingMessage /> : null}
      {runs.data || shown ? (
        <>
          {latest?.status !== 'SOLVING' ? <StartRunForm onStarted={handleStarted} /> : null}
          {alreadyRunning && latest?.status === 'SOLVING' ? (
            <StatusMessage>{t('matching.start.alreadyRunning')}</StatusMessage>
          ) : null}
          {latest ? (
            <LiveRun
              key={latest.id}
              run={latest}
              onRunChange={setShown}
              title={t('matching.run.latestTitle')}
              query={query}
              onQueryChange={onQueryChange}
            />
          ) : (
            <p>{t('matching.run.noneYet')}</p>
          )}
          <RunHistory runs={history} />
        </>
      ) : null}
    </div>
  );
}
