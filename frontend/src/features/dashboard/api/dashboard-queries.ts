import { useQuery } from '@tanstack/react-query';
import { getDashboard } from './dashboard-api';

export const dashboardKeys = {
  all: ['dashboard'] as const,
  caseworker: () => [...dashboardKeys.all, 'caseworker'] as const,
};

export function useDashboardQuery() {
  return useQuery({ queryKey: dashboardKeys.caseworker(), queryFn: ({ signal }) => getDashboard(signal) });
}
