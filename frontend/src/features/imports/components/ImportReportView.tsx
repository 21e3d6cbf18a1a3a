import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage, WarningMessage } from '../../../components/feedback';
import { formatLocale } from '../../../lib/i18n';
import type { ImportKind, ImportReport, ImportRow } from '../types';
import { rowErrorText } from './row-error-text';

type ReportProps = { kind: ImportKind; report: ImportReport; title: string };

/**
 * What an upload did: the counts (a warning when rows were refused, green only when none were),
 * every refused row with its problems in words, and the imported rows folded away (a file can hold
 * thousands). Tables scroll sideways on a phone.
 */
export function ImportReportView({ kind, report, title }: ReportProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const refused = report.rows.filter((row) => row.status === 'REFUSED');
  // Green only when every row was imported: refused rows are a warning, with how many in its title.
  const Outcome = report.refused > 0 ? WarningMessage : StatusMessage;
  const imported = report.rows.filter((row) => row.status === 'IMPORTED');

  return (
    <section className="stack import-report" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <Outcome
        title={
          report.refused > 0
            ? t('import.report.refusedOf', { count: report.refused, rows: report.imported + report.refused })
            : undefined
        }
      >
        <p>{t(`import.report.${kind}.imported`, { rows: report.imported, records: report.importedRecords })}</p>
        <p>{t(`import.report.${kind}.refused`, { rows: report.refused, records: report.refusedRecords })}</p>
      </Outcome>
      {refused.length > 0 ? <RefusedRows kind={kind} rows={refused} /> : null}
      {imported.length > 0 ? <ImportedRows kind={kind} rows={imported} /> : null}
    </section>
  );
}

function RefusedRows({ kind, rows }: { kind: ImportKind; rows: ImportRow[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <RowsTable
      caption={t('import.report.refusedCaption')}
      kind={kind}
      rows={rows}
      headers={[t('import.report.columns.problems')]}
      cells={(row) => [
        <ul key="errors" className="import-report__errors">
          {row.errors.map((error, index) => (
            <li key={`${error.field}-${index}`}>
              <bdi>{t('import.report.columnLabel', { column: error.field })}</bdi> {rowErrorText(error, t, language)}
            </li>
          ))}
        </ul>,
      ]}
    />
  );
}

/**
 * The imported rows, folded away and drawn only once unfolded: a file of 5,000 rows made a table
 * of 5,000 rows that nobody had asked to see, and held the page up for a third of a second.
 */
function ImportedRows({ kind, rows }: { kind: ImportKind; rows: ImportRow[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const families = kind === 'families';
  return (
    <details className="import-report__imported" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('import.report.importedSummary', { rows: rows.length })}</summary>
      {open && (
        <RowsTable
          caption={t('import.report.importedCaption')}
          kind={kind}
          rows={rows}
          headers={families ? [t('import.report.columns.reference')] : []}
          cells={(row) => (families ? [<bdi key="reference">{row.reference ?? '–'}</bdi>] : [])}
        />
      )}
    </details>
  );
}

type RowsTableProps = {
  caption: string;
  kind: ImportKind;
  rows: ImportRow[];
  /** The columns after the row number and the row's key. */
  headers: string[];
  cells: (row: ImportRow) => ReactNode[];
};

/** Rows of the file by number and key, then the caller's columns; scrolls sideways on a phone. */
function RowsTable({ caption, kind, rows, headers, cells }: RowsTableProps) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const language = i18n.resolvedLanguage ?? i18n.language;
  // Row numbers in the reader's digits, without grouping (row 1234, not 1,234): one formatter for
  // the table, not one per row (making one costs more than using it).
  const rowNumber = useMemo(() => new Intl.NumberFormat(formatLocale(language), { useGrouping: false }), [language]);
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.report.columns.row')}</th>
            <th scope="col">{t(`import.report.${kind}.key`)}</th>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row}>
              <th scope="row">{rowNumber.format(row.row)}</th>
              <td>
                <bdi>{row.key ?? '–'}</bdi>
              </td>
              {cells(row).map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
