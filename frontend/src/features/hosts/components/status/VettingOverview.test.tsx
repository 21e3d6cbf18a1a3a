import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, users } from '../../../../testing/mock-fetch';
import { renderApp } from '../../../../testing/render-app';
import { ownVettingApplied } from '../../test-data';

describe('host home', () => {
  it('says in plain words that the host waits for checks, and why each pending check is needed', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/host/vetting': () =>
        json({
          ...ownVettingApplied,
          identityVerified: true,
          pending: ['HOME_VISIT', 'DBS', 'REFERENCES', 'TRAINING'],
        }),
    });

    renderApp('/host');

    const status = await screen.findByRole('region', { name: 'Where your checks stand' });
    expect(status).toHaveTextContent('Waiting for checks');
    const pending = screen.getByRole('region', { name: 'Checks still to do' });
    const [toDo, done] = within(pending).getAllByRole('list');
    const names = within(toDo!)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(names).toEqual(['Home visit', 'DBS check', 'References', 'Safeguarding training']);
    expect(toDo).toHaveTextContent('A criminal record check from the Disclosure and Barring Service');
    // A check already done is listed by name under its own heading, not as still to do.
    expect(within(pending).getByRole('heading', { name: 'Checks already done' })).toBeInTheDocument();
    expect(done).toHaveTextContent('Identity check');
  });

  it('tells an approved host that their offers can be matched, with no checks left', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/host/vetting': () =>
        json({
          status: 'APPROVED',
          identityVerified: true,
          homeVisitDone: true,
          dbsChecked: true,
          referencesReceived: true,
          trainingDone: true,
          pending: [],
        }),
    });

    renderApp('/host');

    expect(await screen.findByText('Approved: your offers can be matched')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Checks still to do' })).not.toBeInTheDocument();
  });
});
