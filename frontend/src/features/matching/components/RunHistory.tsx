import { useId } from 'react';
import { Link } from 'react-router';
import { runPath } from '../paths';
import type { Run } from '../types';
import { Disclosure } from './Disclosure';
import { RunStatusLabel } from './RunPanel';
import { useFormat } from './use-format';

/** Earlier runs, newest first; each opens on a page of its own. */
export function RunHistory({ runs }: { runs: readonly Run[] }) {
  const { t, dateTime, score, number } = useFormat();
  const titleId = useId();
  if (runs.length === 0) return null;
  return (
    <Disclosure title={t('matching.history.title')} titleId={titleId} summary={number(runs.length)}>
      <ul className="run-history" aria-labelledby={titleId}>
        {runs.map((run) => (
          <li key={run.id} className="run-history__item">
            <Link to={runPath(run.id)}>{t('matching.history.runOf', { when: dateTime(run.startedAt) })}</Link>
            <RunStatusLabel status={run.status} />
            <span>{t('matching.history.assigned', { assigned: run.assigned, families: run.families })}</span>
            <span>{score(run.score)}</span>
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
