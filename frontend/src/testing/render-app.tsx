import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { appRoutes } from '../app/routes';
import { SessionProvider } from '../features/auth';

/**
 * Renders the whole app, real routes and guards included, at the given address. Only fetch is
 * fake (see mockFetch), so tests exercise what a user would.
 */
export function renderApp(initialPath: string) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [initialPath] });
  const user = userEvent.setup();
  const view = render(
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>,
  );
  return { ...view, router, user, location: () => `${router.state.location.pathname}${router.state.location.search}` };
}
