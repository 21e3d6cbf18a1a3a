import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { MainNav } from './MainNav';
import { SiteHeader } from './SiteHeader';

/** The header of a role's page, with its tools and navigation, on a page that links elsewhere. */
function renderHeader() {
  const page = (
    <>
      <SiteHeader homePath="/host" nav={<MainNav items={[{ to: '/host/offers', label: 'My offers' }]} />}>
        <button type="button">Log out</button>
      </SiteHeader>
      <Link to="/host/household">Household</Link>
    </>
  );
  // One route for both addresses, so the header stays mounted when the page changes.
  const router = createMemoryRouter([{ path: '/host/*', element: page }], { initialEntries: ['/host'] });
  render(<RouterProvider router={router} />);
  return { user: userEvent.setup(), router };
}

describe('the header’s menu (shown as a button on a phone)', () => {
  it('is a disclosure that names what it opens: the tools and the navigation', async () => {
    const { user } = renderHeader();
    const menu = screen.getByRole('button', { name: 'Menu' });

    expect(menu).toHaveAttribute('aria-expanded', 'false');
    const controlled = (menu.getAttribute('aria-controls') ?? '').split(' ').map((id) => document.getElementById(id));
    expect(controlled).toHaveLength(2);
    expect(controlled[0]).toContainElement(screen.getByRole('button', { name: 'Log out' }));
    expect(controlled[1]).toContainElement(screen.getByRole('navigation', { name: 'Main' }));
    expect(controlled.map((element) => element?.dataset.menu)).toEqual(['closed', 'closed']);

    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(controlled.map((element) => element?.dataset.menu)).toEqual(['open', 'open']);
  });

  it('closes on Escape with the focus back on the button, and when the page changes', async () => {
    const { user, router } = renderHeader();
    const menu = screen.getByRole('button', { name: 'Menu' });

    await user.click(menu);
    await user.tab();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Log out' })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(menu).toHaveFocus());

    await user.click(menu);
    await user.click(screen.getByRole('link', { name: 'Household' }));
    expect(router.state.location.pathname).toBe('/host/household');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  it('has no menu where there is nothing to put in it (a family’s form)', () => {
    const router = createMemoryRouter([{ path: '/', element: <SiteHeader homePath="/" /> }]);
    render(<RouterProvider router={router} />);
    expect(screen.queryByRole('button', { name: 'Menu' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeInTheDocument();
  });
});
