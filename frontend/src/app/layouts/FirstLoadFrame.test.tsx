import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { FirstLoadFrame } from './FirstLoadFrame';

/** The frame alone, at an address, as the router shows it while the first page's code arrives. */
function renderAt(path: string) {
  render(
    <RouterProvider
      router={createMemoryRouter([{ path: '*', element: <FirstLoadFrame /> }], { initialEntries: [path] })}
    />,
  );
}

describe('FirstLoadFrame', () => {
  it("shows a role's page loading inside that role's header and navigation, so nothing moves when it comes", () => {
    renderAt('/caseworker/families?status=READY');

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toHaveTextContent('Families');
    expect(nav).toHaveTextContent('Hosts');
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('status'));
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });

  it('shows a page outside the roles loading in the plain frame, without a navigation', () => {
    renderAt('/intake/some-token');

    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('status'));
  });

  it('does not take an address that merely starts like a role’s for that role', () => {
    renderAt('/hosting-guide');

    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });
});
