import { useState } from 'react';
import { ErrorAlert, StatusMessage } from '../../../components/feedback';
import { problemMessage } from '../../../components/form';
import { isApiError } from '../../../lib/api';
import { getRun, stopRun } from '../api/matching-api';
import { useRunUpdates } from '../api/run-events';
import type { ProposalQuery } from '../proposal-view';
import type { Run } from '../types';
import { ProposalList } from './ProposalList';
import { RunPanel } from './RunPanel';
import { UnassignedList } from './UnassignedList';
import { useFormat } from './use-format';

type LiveRunProps = {
  run: Run;
  onRunChange: (run: Run) => void;
  title: string;
  query: ProposalQuery;
  onQueryChange: (query: ProposalQuery) => void;
};

/**
 * A run as it is now: followed while it solves (with Stop), and once done its proposals and the
 * families it left without an offer. The parent keeps the run, so a new start can replace it.
 */
export function LiveRun({ run, onRunChange, title, query, onQueryChange }: LiveRunProps) {
  const { t } = useFormat();
  // Stopping takes until the solver's next step: the button stays "Stopping…" until the run ends.
  const [stopRequested, setStopRequested] = useState<string | null>(null);
  const [stopError, setStopError] = useState<unknown>(null);
  // Said once when a run watched on this page ends, not for a run that had ended before.
  const [watchedId, setWatchedId] = useState<string | null>(run.status === 'SOLVING' ? run.id : null);
  if (run.status === 'SOLVING' && watchedId !== run.id) setWatchedId(run.id);

  useRunUpdates(run, onRunChange);

  async function stop() {
    setStopRequested(run.id);
    setStopError(null);
    try {
      onRunChange(await stopRun(run.id));
    } catch (error) {
      // 409: it ended on its own meanwhile; show how it ended instead of an error.
      if (isApiError(error) && error.status === 409) {
        onRunChange(await getRun(run.id).catch(() => run));
      } else {
        setStopError(error);
        setStopRequested(null);
      }
    }
  }

  const endedHere = watchedId === run.id && run.status !== 'SOLVING';
  return (
    <div className="stack">
      {endedHere ? (
        <StatusMessage>
          {run.status === 'DONE'
            ? t('matching.run.endedDone', { count: run.proposals })
            : t(`matching.run.ended${run.status === 'STOPPED' ? 'Stopped' : 'Failed'}`)}
        </StatusMessage>
      ) : null}
      {stopError ? <ErrorAlert>{problemMessage(stopError, t)}</ErrorAlert> : null}
      <RunPanel run={run} title={title} onStop={stop} stopping={stopRequested === run.id} />
      {run.status === 'DONE' ? (
        <>
          <ProposalList runId={run.id} runTotal={run.proposals} query={query} onQueryChange={onQueryChange} />
          <UnassignedList runId={run.id} />
        </>
      ) : null}
    </div>
  );
}
