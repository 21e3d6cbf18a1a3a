import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../../lib/i18n';
import { doneRun, solvingRun } from '../test-data';
import { RunPanel } from './RunPanel';

describe('the run panel', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-03-02T10:00:04Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('while solving, ticks the time on without announcing it, and announces only the score', () => {
    render(<RunPanel run={solvingRun} title="Latest run" onStop={() => {}} />);

    const live = screen.getByText(/^Best so far:/);
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent(
      'Best so far: Rules broken: 0 · People still waiting (counted by urgency): 57 · Points off a perfect fit: 1,234. 48 of 60 families have an offer.',
    );
    const clock = screen.getByRole('progressbar', { name: 'Time: 0:04 of 0:30' });
    expect(clock).toHaveAttribute('max', '30000');
    expect(live).not.toContainElement(clock);

    act(() => {
      vi.advanceTimersByTime(3_000);
    });
    expect(screen.getByRole('progressbar', { name: 'Time: 0:07 of 0:30' })).toHaveAttribute('value', '7000');
    expect(screen.getByRole('button', { name: 'Stop' })).toBeEnabled();
  });

  it('once done, has no clock and no Stop, and says how many proposals it made', () => {
    render(<RunPanel run={doneRun} title="Latest run" onStop={() => {}} />);

    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop' })).not.toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Latest run' });
    expect(panel).toHaveTextContent('Done');
    expect(panel).toHaveTextContent('Proposals created3');
    expect(panel).toHaveTextContent('Finished2 Mar 2026');
    expect(panel).toHaveTextContent('Time limit30 seconds');
  });

  it('says when the time limit came before the best answer, and only then', () => {
    const { rerender } = render(<RunPanel run={doneRun} title="Latest run" />);
    expect(screen.queryByText(/time limit came/)).not.toBeInTheDocument();

    rerender(
      <RunPanel
        run={{ ...doneRun, notice: 'exact phase stopped at the time limit after 12 of 60 families' }}
        title="Latest run"
      />,
    );
    expect(screen.getByRole('region', { name: 'Latest run' })).toHaveTextContent(
      'The time limit came before the best possible answer was found: every proposal keeps the rules',
    );
  });

  it('says when only the placing could improve: the time limit came after the most people were housed', () => {
    render(
      <RunPanel
        run={{ ...doneRun, notice: 'exact phase stopped at the time limit after 4 pricing passes', mediumProven: true }}
        title="Latest run"
      />,
    );
    const panel = screen.getByRole('region', { name: 'Latest run' });
    expect(panel).toHaveTextContent('no run could house more people (counted by urgency)');
    expect(panel).not.toHaveTextContent('may house more families');
  });

  it('says a failed run changed nothing, and what went wrong', () => {
    render(
      <RunPanel
        run={{ ...doneRun, status: 'FAILED', proposals: 0, failure: 'The solver failed: out of memory' }}
        title="Latest run"
      />,
    );
    const panel = screen.getByRole('region', { name: 'Latest run' });
    expect(panel).toHaveTextContent(
      'This run failed: it created no proposals, and earlier proposals stay as they were.',
    );
    expect(panel).toHaveTextContent('What went wrong: The solver failed: out of memory');
  });

  it('writes the score and times in Persian digits for Dari readers', async () => {
    await changeLanguage('fa-AF');
    render(<RunPanel run={solvingRun} title="آخرین دور" />);
    expect(screen.getByText(/^بهترین تا حالا/)).toHaveTextContent('۱٬۲۳۴');
    expect(screen.getByRole('progressbar', { name: 'وقت: ۰:۰۴ از ۰:۳۰' })).toBeInTheDocument();
  });
});
