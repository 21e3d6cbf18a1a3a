import { useQuery } from '@tanstack/react-query';
import { getStatistics } from './statistics-api';

export const statisticsKeys = {
  all: ['statistics'] as const,
  summary: () => [...statisticsKeys.all, 'summary'] as const,
};

export function useStatisticsQuery() {
  return useQuery({ queryKey: statisticsKeys.summary(), queryFn: ({ signal }) => getStatistics(signal) });
}
