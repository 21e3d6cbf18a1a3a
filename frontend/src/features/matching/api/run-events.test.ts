import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEventSource } from '../fake-event-source';
import { doneRun, solvingRun } from '../test-data';
import type { Run } from '../types';
import { POLL_MS, useRunUpdates, watchRun, type WatchOptions } from './run-events';

const better: Run = { ...solvingRun, score: '0hard/-20medium/-900soft', assigned: 52, elapsedMs: 9_000 };

function options(loadRun: WatchOptions['loadRun'] = vi.fn()): WatchOptions {
  return { openEvents: (url) => new FakeEventSource(url), loadRun, pollMs: POLL_MS };
}

describe('following a run', () => {
  beforeEach(() => {
    FakeEventSource.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('passes on each progress event, then the end, and closes the stream', () => {
    const seen: Run[] = [];
    watchRun('run-2', (run) => seen.push(run), options());
    const stream = FakeEventSource.latest();
    expect(stream.url).toBe('/api/matching/runs/run-2/events');

    stream.emit('progress', solvingRun);
    stream.emit('progress', better);
    stream.emit('end', doneRun);

    expect(seen).toEqual([solvingRun, better, doneRun]);
    expect(stream.closed).toBe(true);
  });

  it('falls back to asking every 2 s when the stream fails, until the run has ended', async () => {
    const loadRun = vi
      .fn<WatchOptions['loadRun']>()
      .mockResolvedValueOnce(better)
      .mockRejectedValueOnce(new Error('offline for a moment'))
      .mockResolvedValueOnce(doneRun);
    const seen: Run[] = [];
    watchRun('run-2', (run) => seen.push(run), options(loadRun));
    const stream = FakeEventSource.latest();

    stream.fail();
    expect(stream.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([better]);

    await vi.advanceTimersByTimeAsync(POLL_MS); // the failed poll is retried
    expect(seen).toEqual([better]);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(seen).toEqual([better, doneRun]);

    await vi.advanceTimersByTimeAsync(POLL_MS * 5);
    expect(loadRun).toHaveBeenCalledTimes(3);
    expect(loadRun).toHaveBeenCalledWith('run-2', expect.any(AbortSignal));
  });

  it('polls from the start when the browser has no EventSource', async () => {
    const loadRun = vi.fn<WatchOptions['loadRun']>().mockResolvedValue(doneRun);
    const seen: Run[] = [];
    watchRun('run-2', (run) => seen.push(run), { openEvents: () => null, loadRun, pollMs: POLL_MS });

    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([doneRun]);
  });

  it('treats an event it cannot read as a failed stream', async () => {
    const loadRun = vi.fn<WatchOptions['loadRun']>().mockResolvedValue(better);
    const seen: Run[] = [];
    watchRun('run-2', (run) => seen.push(run), options(loadRun));

    FakeEventSource.latest().emit('progress', '<html>proxy error</html>');
    await vi.advanceTimersByTimeAsync(0);

    expect(FakeEventSource.latest().closed).toBe(true);
    expect(seen).toEqual([better]);
  });

  it('stops listening and polling when told to', async () => {
    const loadRun = vi.fn<WatchOptions['loadRun']>().mockResolvedValue(better);
    const seen: Run[] = [];
    const stop = watchRun('run-2', (run) => seen.push(run), options(loadRun));
    FakeEventSource.latest().fail();
    await vi.advanceTimersByTimeAsync(0);

    stop();
    await vi.advanceTimersByTimeAsync(POLL_MS * 3);

    expect(loadRun).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([better]);
  });
});

describe('useRunUpdates', () => {
  beforeEach(() => FakeEventSource.reset());

  it('follows a solving run only, and stops when the page goes away', () => {
    const onRun = vi.fn();
    const { rerender, unmount } = renderHook(({ run }: { run: Run | null }) => useRunUpdates(run, onRun, options()), {
      initialProps: { run: doneRun },
    });
    expect(FakeEventSource.opened).toHaveLength(0);

    rerender({ run: solvingRun });
    expect(FakeEventSource.opened).toHaveLength(1);
    FakeEventSource.latest().emit('progress', better);
    expect(onRun).toHaveBeenCalledWith(better);

    // A newer state of the same run keeps the same stream.
    rerender({ run: better });
    expect(FakeEventSource.opened).toHaveLength(1);

    unmount();
    expect(FakeEventSource.latest().closed).toBe(true);
  });
});
