import { useEffect, useId, useState } from 'react';
import { parseScore } from '../score';
import type { Run, RunStatus } from '../types';
import { ServerText } from './parts';
import { useFormat } from './use-format';

const STATUS_MARK: Record<RunStatus, string> = { SOLVING: '…', DONE: '✓', STOPPED: '■', FAILED: '!' };

/** A run's status in words, with a mark of its own shape, so colour is never the only signal. */
export function RunStatusLabel({ status }: { status: RunStatus }) {
  const { t } = useFormat();
  return (
    <span className={`run-status run-status--${status.toLowerCase()}`}>
      <span className="run-status__mark" aria-hidden="true">
        {STATUS_MARK[status]}
      </span>
      {t(`matching.statuses.${status}`)}
    </span>
  );
}

/** Milliseconds the run has been solving, counted on from the last state the server sent. */
function useElapsed(run: Run): number {
  // The clock starts when a state of the run is shown (read in the effect: rendering stays pure),
  // and ticks each second until the next state arrives.
  const [clock, setClock] = useState<{ run: Run; receivedAt: number; now: number } | null>(null);
  const solving = run.status === 'SOLVING';
  useEffect(() => {
    if (!solving) return undefined;
    const receivedAt = Date.now();
    const timer = setInterval(() => setClock({ run, receivedAt, now: Date.now() }), 1000);
    return () => clearInterval(timer);
  }, [run, solving]);
  const sinceReceived = clock?.run === run ? Math.max(0, clock.now - clock.receivedAt) : 0;
  return solving ? run.elapsedMs + sinceReceived : run.elapsedMs;
}

/**
 * The score in the three levels a caseworker reads: rules broken, people left unhoused (weighted
 * by urgency), and the preference penalty; lower is better for each.
 */
function ScoreLevels({ score }: { score: string | null }) {
  const { t } = useFormat();
  const levels = parseScore(score);
  if (!levels) return <>{t('matching.score.none')}</>;
  return (
    <ul className="score-levels">
      <li>{t('matching.score.hard', { count: levels.hard })}</li>
      <li>{t('matching.score.medium', { value: levels.medium })}</li>
      <li>{t('matching.score.soft', { value: levels.soft })}</li>
    </ul>
  );
}

type RunPanelProps = {
  run: Run;
  title: string;
  onStop?: () => void;
  stopping?: boolean;
};

/**
 * One run: its status, score and counts; while it solves, a progress display whose score line is
 * announced politely when the best score improves (the ticking clock is not announced).
 */
export function RunPanel({ run, title, onStop, stopping = false }: RunPanelProps) {
  const { t, number, dateTime, duration, score } = useFormat();
  const titleId = useId();
  const elapsed = useElapsed(run);
  const solving = run.status === 'SOLVING';
  const limitMs = run.seconds * 1000;

  return (
    <section className="card stack run-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p className="run-panel__status">
        <RunStatusLabel status={run.status} />
      </p>
      {solving ? (
        <div className="run-progress stack">
          <p className="run-progress__score" aria-live="polite" aria-atomic="true">
            {t('matching.run.bestSoFar', { score: score(run.score) })}{' '}
            {t('matching.run.assignedSoFar', { assigned: run.assigned, families: run.families })}
          </p>
          <div className="run-progress__time">
            <label htmlFor={`${titleId}-elapsed`}>
              {t('matching.run.elapsed', { elapsed: duration(elapsed), limit: duration(limitMs) })}
            </label>
            <progress id={`${titleId}-elapsed`} max={limitMs} value={Math.min(elapsed, limitMs)} />
          </div>
          {onStop ? (
            <p>
              <button type="button" className="button button--danger" onClick={onStop} disabled={stopping}>
                {stopping ? t('matching.run.stopping') : t('matching.run.stop')}
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
      {run.notice && (run.status === 'DONE' || run.status === 'SOLVING') ? (
        <p className="run-panel__notice">
          {t(run.mediumProven ? 'matching.run.timeLimitMediumProvenNote' : 'matching.run.timeLimitNote')}
        </p>
      ) : null}
      {run.status === 'STOPPED' ? <p>{t('matching.run.stoppedNote')}</p> : null}
      {run.status === 'FAILED' ? (
        <p>
          {t('matching.run.failedNote')}
          {run.failure ? (
            <>
              {' '}
              {t('matching.run.failure')} <ServerText>{run.failure}</ServerText>
            </>
          ) : null}
        </p>
      ) : null}
      {solving ? null : (
        <p className="run-panel__outcome">
          {t('matching.history.assigned', { assigned: run.assigned, families: run.families })}
        </p>
      )}
      <details className="hard-rules run-panel__more">
        <summary>{t('matching.run.moreDetails')}</summary>
        <dl className="details run-panel__details">
          <dt>{t('matching.run.score')}</dt>
          <dd>
            <ScoreLevels score={run.score} />
          </dd>
          <dt>{t('matching.run.families')}</dt>
          <dd>{number(run.families)}</dd>
          <dt>{t('matching.run.offers')}</dt>
          <dd>{number(run.offers)}</dd>
          <dt>{t('matching.run.assigned')}</dt>
          <dd>{number(run.assigned)}</dd>
          {run.status === 'DONE' ? (
            <>
              <dt>{t('matching.run.proposals')}</dt>
              <dd>{number(run.proposals)}</dd>
            </>
          ) : null}
          <dt>{t('matching.run.startedAt')}</dt>
          <dd>{dateTime(run.startedAt)}</dd>
          <dt>{t('matching.run.finishedAt')}</dt>
          <dd>{run.finishedAt ? dateTime(run.finishedAt) : t('matching.run.notFinished')}</dd>
          <dt>{t('matching.run.timeLimit')}</dt>
          <dd>{t('matching.run.seconds', { count: run.seconds })}</dd>
        </dl>
      </details>
    </section>
  );
}
