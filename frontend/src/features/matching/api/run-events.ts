import { useEffect, useRef } from 'react';
import type { Run } from '../types';
import { getRun, runEventsUrl } from './matching-api';

/** The part of the browser's EventSource this module uses, so tests can hand in a fake. */
export type RunEventSource = {
  addEventListener(type: 'progress' | 'end', listener: (event: MessageEvent<string>) => void): void;
  onerror: ((event: Event) => void) | null;
  close(): void;
};

export type WatchOptions = {
  /** Null when the browser has no EventSource: then the run is polled from the start. */
  openEvents: (url: string) => RunEventSource | null;
  loadRun: (runId: string, signal: AbortSignal) => Promise<Run>;
  pollMs: number;
};

export const POLL_MS = 2_000;

const browserOptions: WatchOptions = {
  // Same origin, so the session cookie goes with it.
  openEvents: (url) => (typeof EventSource === 'undefined' ? null : new EventSource(url)),
  loadRun: getRun,
  pollMs: POLL_MS,
};

/**
 * Follows a solving run until it ends, calling onRun with each new state of it: from the run's
 * server-sent events (`progress` whenever the best score improves, then `end`), or, when the
 * stream fails (a proxy that buffers, a dropped connection), by asking for the run every 2 s.
 * Stops by itself once a state that is not SOLVING arrives; the returned function stops it early.
 */
export function watchRun(runId: string, onRun: (run: Run) => void, options: WatchOptions = browserOptions): () => void {
  let stopped = false;
  let source: RunEventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let request: AbortController | null = null;

  function stop() {
    stopped = true;
    source?.close();
    source = null;
    clearTimeout(timer);
    request?.abort();
  }

  function deliver(run: Run) {
    if (stopped) return;
    onRun(run);
    if (run.status !== 'SOLVING') stop();
  }

  function poll() {
    request = new AbortController();
    options.loadRun(runId, request.signal).then(
      (run) => {
        deliver(run);
        if (!stopped) timer = setTimeout(poll, options.pollMs);
      },
      // A failed poll is tried again: the run goes on on the server whatever happens here.
      () => {
        if (!stopped) timer = setTimeout(poll, options.pollMs);
      },
    );
  }

  function fallBackToPolling() {
    if (stopped || !source) return;
    source.close();
    source = null;
    poll();
  }

  function fromEvent(event: MessageEvent<string>): Run | null {
    try {
      return JSON.parse(event.data) as Run;
    } catch {
      fallBackToPolling();
      return null;
    }
  }

  source = options.openEvents(runEventsUrl(runId));
  if (!source) {
    poll();
    return stop;
  }
  source.addEventListener('progress', (event) => {
    const run = fromEvent(event);
    if (run) deliver(run);
  });
  source.addEventListener('end', (event) => {
    const run = fromEvent(event);
    if (!run) return;
    deliver(run);
    // The stream is over whatever the run's state says; without this the browser would reconnect.
    stop();
  });
  // EventSource reconnects by itself after an error, but a buffering proxy would fail the same way
  // again: polling is the dependable way on.
  source.onerror = fallBackToPolling;
  return stop;
}

/**
 * Keeps a run up to date while it solves: subscribes when a SOLVING run is shown, and stops when
 * the run ends, another run is shown, or the page goes away.
 */
export function useRunUpdates(run: Run | null, onRun: (run: Run) => void, options?: WatchOptions) {
  const latestOnRun = useRef(onRun);
  useEffect(() => {
    latestOnRun.current = onRun;
  });
  const solvingId = run?.status === 'SOLVING' ? run.id : null;

  useEffect(() => {
    if (!solvingId) return undefined;
    return watchRun(solvingId, (next) => latestOnRun.current(next), options);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `options` is fixed for a page's life (tests pass a fake once); only the run matters.
  }, [solvingId]);
}
