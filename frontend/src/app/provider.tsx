import { StrictMode, type ReactNode } from 'react';
import { SessionProvider } from '../features/auth';

/** Everything the pages rely on, around the router. i18next is set up when lib/i18n is imported. */
export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <StrictMode>
      <SessionProvider>{children}</SessionProvider>
    </StrictMode>
  );
}
