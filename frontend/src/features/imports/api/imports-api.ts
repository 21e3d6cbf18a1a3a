import { api } from '../../../lib/api';
import type { ImportKind, ImportReport } from '../types';

/** Uploads a CSV file; the answer reports every row, imported or refused. */
export function importFile(kind: ImportKind, file: File): Promise<ImportReport> {
  const formData = new FormData();
  formData.append('file', file);
  return api.postFormData<ImportReport>(`/api/import/${kind}`, formData);
}

/** The template to download: the header row and an example that imports as it is. */
export function templateUrl(kind: ImportKind): string {
  return `/api/import/${kind}/template.csv`;
}
