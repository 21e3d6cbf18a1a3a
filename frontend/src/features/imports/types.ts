/** What a CSV file holds; also the last part of its endpoints (/api/import/families). */
export type ImportKind = 'families' | 'offers';

export const IMPORT_KINDS: readonly ImportKind[] = ['families', 'offers'];

/** One problem with one cell: `field` is the CSV column, `code` a stable code, `message` English. */
export type RowError = { field: string; code: string; message: string };

export type ImportRow = {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  /** The family reference of the file, or the host's email. */
  key: string | null;
  status: 'IMPORTED' | 'REFUSED';
  /** The case or offer the row became. */
  id: string | null;
  /** The family case's Haven reference (families only). */
  reference: string | null;
  errors: RowError[];
};

export type ImportReport = {
  imported: number;
  refused: number;
  /** Families (a family spans several rows) or offers. */
  importedRecords: number;
  refusedRecords: number;
  rows: ImportRow[];
};

/**
 * An accepted file being imported in the background, or its end. `processedRows` of `totalRows`
 * is the progress; the counts grow batch by batch. `failure`: why a FAILED import stopped.
 * `reportVisible`: whether this caseworker may read its row-by-row report.
 */
export type ImportJob = {
  id: string;
  kind: 'FAMILIES' | 'OFFERS';
  status: 'RUNNING' | 'DONE' | 'FAILED';
  totalRows: number;
  processedRows: number;
  imported: number;
  refused: number;
  importedRecords: number;
  refusedRecords: number;
  startedAt: string;
  finishedAt: string | null;
  failure: 'INTERRUPTED' | 'ERROR' | null;
  reportVisible: boolean;
};

/** The import running now (anyone's) and this caseworker's own whose reports are kept, newest first. */
export type ImportJobList = { items: ImportJob[] };
