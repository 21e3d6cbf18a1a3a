import { useState } from 'react';
import { Link } from 'react-router';
import { LoadProblem, LoadingMessage } from '../../../components/feedback';
import { PageTitle } from '../../../components/layout';
import { useRunQuery } from '../api/matching-queries';
import { MATCHING_PATH } from '../paths';
import type { ProposalQuery } from '../proposal-view';
import type { Run } from '../types';
import { LiveRun } from './LiveRun';
import { useFormat } from './use-format';

type RunViewProps = { runId: string; query: ProposalQuery; onQueryChange: (query: ProposalQuery) => void };

/** One run from the history, with its proposals and unassigned families once it is done. */
export function RunView({ runId, query, onQueryChange }: RunViewProps) {
  const { t, dateTime } = useFormat();
  const loaded = useRunQuery(runId);
  const [updated, setUpdated] = useState<Run | null>(null);
  const run = updated ?? loaded.data;

  const back = (
    <p>
      <Link to={MATCHING_PATH}>{t('matching.backToMatching')}</Link>
    </p>
  );
  if (loaded.error && !run) {
    return (
      <div className="stack">
        {back}
        <PageTitle>{t('matching.history.runTitleUnknown')}</PageTitle>
        <LoadProblem error={loaded.error} onRetry={() => void loaded.refetch()} />
      </div>
    );
  }
  if (!run) return <LoadingMessage />;
  return (
    <div className="stack">
      {back}
      <PageTitle>{t('matching.history.runOf', { when: dateTime(run.startedAt) })}</PageTitle>
      <LiveRun
        run={run}
        onRunChange={setUpdated}
        title={t('matching.run.summaryTitle')}
        query={query}
        onQueryChange={onQueryChange}
      />
    </div>
  );
}
