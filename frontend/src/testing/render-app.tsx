import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { appRoutes } from '../app/routes';
import { SessionProvider } from '../features/auth';
import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '../lib/api';

/**
 * Renders the whole app, real routes and guards included, at the given address. Only fetch is
 * fake (see mockFetch), so tests exercise what a user would. Each render has its own query cache,
 * so no test sees another's answers; failed reads are not retried (a test that wants an error
 * shows it at once) and nothing outlives the page that used it.
 */
export function renderApp(
  initialPath: string,
  { queryClient = createQueryClient({ queries: { retry: false, gcTime: 0 } }) }: { queryClient?: QueryClient } = {},
) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [initialPath] });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>,
  );
  return {
    ...view,
    router,
    user,
    queryClient,
    location: () => `${router.state.location.pathname}${router.state.location.search}`,
  };
}
