import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useState, type ReactNode } from 'react';
import { SessionProvider } from '../features/auth';
import { createQueryClient } from '../lib/api';

/**
 * Everything the pages rely on, around the router: the one cache of server state (TanStack Query)
 * and the session, which empties that cache whenever who is signed in changes. i18next is set up
 * when lib/i18n is imported.
 */
export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => createQueryClient());
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>{children}</SessionProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}
