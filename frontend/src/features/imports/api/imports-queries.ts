import { useQuery } from '@tanstack/react-query';
import type { ImportJob } from '../types';
import { getImportJob, getImportReport } from './imports-api';

export const importKeys = {
  all: ['imports'] as const,
  job: (jobId: string) => [...importKeys.all, 'job', jobId] as const,
  report: (jobId: string) => [...importKeys.all, 'report', jobId] as const,
};

/** How often a running import is asked for its progress. */
export const PROGRESS_POLL_MS = 500;

/** An import, asked for again every half second while it runs; `accepted` is the upload's answer. */
export function useImportJobQuery(accepted: ImportJob) {
  return useQuery({
    queryKey: importKeys.job(accepted.id),
    queryFn: ({ signal }) => getImportJob(accepted.id, signal),
    initialData: accepted,
    refetchInterval: (query) => (query.state.data?.status === 'RUNNING' ? PROGRESS_POLL_MS : false),
  });
}

/** The row-by-row report, once the import has ended (it does not change any more). */
export function useImportReportQuery(job: ImportJob) {
  return useQuery({
    queryKey: importKeys.report(job.id),
    queryFn: ({ signal }) => getImportReport(job.id, signal),
    enabled: job.status !== 'RUNNING' && job.reportVisible,
    staleTime: Infinity,
  });
}
