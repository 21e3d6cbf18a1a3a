import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { onApiProblem } from '../../lib/api';
import { forgetDrafts } from '../../lib/drafts';
import { fetchCurrentUser, login, logout } from './api/auth-api';
import type { CurrentUser } from './types';

/** Why there is no session: route guards word the login page's notice after it. */
export type SignedOutReason = 'none' | 'logged-out' | 'session-ended';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason: SignedOutReason }
  | { status: 'signed-in'; user: CurrentUser }
  | { status: 'unavailable' }; // the server could not be asked

type SessionContextValue = {
  state: SessionState;
  user: CurrentUser | null;
  /** Asks the server who is signed in and updates everyone who listens. */
  refresh: () => Promise<CurrentUser | null>;
  logIn: (email: string, password: string) => Promise<CurrentUser | null>;
  logOut: () => Promise<void>;
  /** The server has ended this session (an admin changed their own role, say): show the login page. */
  sessionEnded: () => void;
};

const SessionContext = createContext<SessionContextValue | null>(null);

const AUTH_ENDPOINTS = /^\/api\/auth\/(login|logout|me|csrf)$/;

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  // While a logout is under way, the page's own calls may meet the ended session first; that is the
  // user leaving, not the session ending under them (which would send them back here with ?next=).
  const leaving = useRef(false);
  // Server state cached for one user must never show to the next one at this browser: the cache is
  // emptied before the state says someone else (or nobody) is signed in, so no page renders from it.
  const queryClient = useQueryClient();
  const signedInAs = useRef<string | null>(null);
  const current = useRef<SessionState>(state);
  const settle = useCallback(
    (next: SessionState) => {
      const previous = current.current;
      const sameUser =
        previous.status === 'signed-in' && next.status === 'signed-in' && previous.user.id === next.user.id;
      // Unsaved answers kept in this tab belong to whoever typed them: they go when that person
      // leaves or someone signs in after a signed-out page (the tab may be someone else's now),
      // but survive a reload of the same session (which starts from 'loading').
      if (
        previous.status !== 'loading' &&
        !sameUser &&
        (previous.status === 'signed-in' || next.status === 'signed-in')
      ) {
        forgetDrafts();
      }
      if (next.status === 'signed-in' || next.status === 'signed-out') {
        const nextUser = next.status === 'signed-in' ? next.user.id : null;
        if (nextUser !== signedInAs.current) queryClient.clear();
        signedInAs.current = nextUser;
      }
      current.current = next;
      setState(next);
    },
    [queryClient],
  );

  const refresh = useCallback(async () => {
    try {
      const user = await fetchCurrentUser();
      settle(user ? { status: 'signed-in', user } : { status: 'signed-out', reason: 'none' });
      return user;
    } catch {
      settle({ status: 'unavailable' });
      return null;
    }
  }, [settle]);

  const logIn = useCallback(
    async (email: string, password: string) => {
      await login(email, password);
      return refresh();
    },
    [refresh],
  );

  const logOut = useCallback(async () => {
    leaving.current = true;
    try {
      await logout();
    } finally {
      // Even if the request failed, ask the server what is true now rather than guessing.
      try {
        const user = await fetchCurrentUser();
        settle(user ? { status: 'signed-in', user } : { status: 'signed-out', reason: 'logged-out' });
      } catch {
        // Whoever is signed in now, it may not be the user who left.
        queryClient.clear();
        signedInAs.current = null;
        settle({ status: 'unavailable' });
      } finally {
        leaving.current = false;
      }
    }
  }, [settle, queryClient]);

  const endSession = useCallback(() => {
    if (current.current.status !== 'signed-in') return;
    settle({ status: 'signed-out', reason: 'session-ended' });
  }, [settle]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- asks the server who is signed in once on mount; the state changes only when the answer arrives
    void refresh();
  }, [refresh]);

  // A session can end or change under the app (timeout, an admin disabling the account, a forced
  // password change); the first API call that notices tells everyone.
  useEffect(
    () =>
      onApiProblem((error, request) => {
        if (AUTH_ENDPOINTS.test(request.path)) return;
        if (error.is('unauthenticated')) {
          if (!leaving.current) endSession();
        } else if (
          error.is('password-change-required') ||
          error.is('second-factor-required') ||
          error.is('second-factor-enrolment-required')
        ) {
          void refresh();
        }
      }),
    [refresh, endSession],
  );

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      user: state.status === 'signed-in' ? state.user : null,
      refresh,
      logIn,
      logOut,
      sessionEnded: endSession,
    }),
    [state, refresh, logIn, logOut, endSession],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
