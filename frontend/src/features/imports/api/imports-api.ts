import { api } from '../../../lib/api';
import type { ImportJob, ImportJobList, ImportKind, ImportReport } from '../types';

/** Problem slug of an upload refused because another import is running (one at a time). */
export const IMPORT_IN_PROGRESS = 'import-in-progress';

function jobPath(jobId: string): string {
  return `/api/import/jobs/${encodeURIComponent(jobId)}`;
}

function withSignal(signal?: AbortSignal) {
  return signal ? { signal } : {};
}

/** Uploads a CSV file; the server accepts it at once (202) and imports it in the background. */
export function startImport(kind: ImportKind, file: File): Promise<ImportJob> {
  const formData = new FormData();
  formData.append('file', file);
  return api.postFormData<ImportJob>(`/api/import/${kind}`, formData);
}

/** The import running now (anyone's) and this caseworker's own whose reports are kept, newest first. */
export function listImportJobs(signal?: AbortSignal): Promise<ImportJobList> {
  return api.get<ImportJobList>('/api/import/jobs', withSignal(signal));
}

/** How far an import has got. */
export function getImportJob(jobId: string, signal?: AbortSignal): Promise<ImportJob> {
  return api.get<ImportJob>(jobPath(jobId), withSignal(signal));
}

/** Every row of the import, imported or refused (for the caseworker who started it). */
export function getImportReport(jobId: string, signal?: AbortSignal): Promise<ImportReport> {
  return api.get<ImportReport>(`${jobPath(jobId)}/report`, withSignal(signal));
}

/** The template to download: the header row and an example that imports as it is. */
export function templateUrl(kind: ImportKind): string {
  return `/api/import/${kind}/template.csv`;
}
