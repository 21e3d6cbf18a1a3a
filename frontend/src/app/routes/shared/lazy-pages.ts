/**
 * The pages every role has, loaded on first use like the roles' own pages: one chunk each, shared
 * by the three role areas.
 */
export const accountPage = async () => ({ Component: (await import('../account/AccountPage')).AccountPage });

export const notificationsPage = async () => ({
  Component: (await import('./NotificationsPage')).NotificationsPage,
});
