import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportJob, ImportKind } from '../types';
import { getImportJob, getImportReport, listImportJobs } from './imports-api';

export const importKeys = {
  all: ['imports'] as const,
  current: () => [...importKeys.all, 'current'] as const,
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

/**
 * What the page finds on arrival (a reload, another tab, the next morning): the running import and
 * the caseworker's own recent ones. Asked for each time the page opens, never kept after it.
 */
export function useCurrentImportsQuery() {
  return useQuery({
    queryKey: importKeys.current(),
    queryFn: ({ signal }) => listImportJobs(signal),
    gcTime: 0,
  });
}

/** Asks again what runs: after an upload refused because an import runs, that import is shown. */
export function useCurrentImportsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: importKeys.current() });
}

/**
 * The import a panel shows on arrival: the running one of its kind, else the caseworker's last one
 * of its kind (the list holds no other caseworker's ended imports).
 */
export function importShownOnArrival(jobs: readonly ImportJob[], kind: ImportKind): ImportJob | null {
  const ofKind = jobs.filter((job) => job.kind === (kind === 'families' ? 'FAMILIES' : 'OFFERS'));
  return ofKind.find((job) => job.status === 'RUNNING') ?? ofKind.find((job) => job.reportVisible) ?? null;
}
