import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/feedback';
import { formatLocale } from '../../../lib/i18n';
import type { ImportKind, ImportReport, ImportRow } from '../types';
import { rowErrorText } from './row-error-text';

type ReportProps = { kind: ImportKind; report: ImportReport; fileName: string };

/**
 * What an upload did: the counts, every refused row with its problems in words, and the imported
 * rows folded away (a file can hold thousands). Tables scroll sideways on a phone.
 */
export function ImportReportView({ kind, report, fileName }: ReportProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const refused = report.rows.filter((row) => row.status === 'REFUSED');
  const imported = report.rows.filter((row) => row.status === 'IMPORTED');

  return (
    <section className="stack import-report" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('import.report.title', { file: fileName })}</h3>
      <StatusMessage>
        <p>{t(`import.report.${kind}.imported`, { rows: report.imported, records: report.importedRecords })}</p>
        <p>{t(`import.report.${kind}.refused`, { rows: report.refused, records: report.refusedRecords })}</p>
      </StatusMessage>
      {refused.length > 0 ? <RefusedRows kind={kind} rows={refused} /> : null}
      {imported.length > 0 ? <ImportedRows kind={kind} rows={imported} /> : null}
    </section>
  );
}

function RefusedRows({ kind, rows }: { kind: ImportKind; rows: ImportRow[] }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId}>{t('import.report.refusedCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.report.columns.row')}</th>
            <th scope="col">{t(`import.report.${kind}.key`)}</th>
            <th scope="col">{t('import.report.columns.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row}>
              <th scope="row">{formatNumberText(row.row, language)}</th>
              <td>
                <bdi>{row.key ?? '–'}</bdi>
              </td>
              <td>
                <ul className="import-report__errors">
                  {row.errors.map((error, index) => (
                    <li key={`${error.field}-${index}`}>
                      <span className="import-report__column" dir="ltr">
                        {error.field}
                      </span>
                      {t('import.report.separator')}
                      {rowErrorText(error, t, language)}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ImportedRows({ kind, rows }: { kind: ImportKind; rows: ImportRow[] }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <details className="import-report__imported">
      <summary>{t('import.report.importedSummary', { rows: rows.length })}</summary>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table">
          <caption id={captionId}>{t('import.report.importedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.report.columns.row')}</th>
              <th scope="col">{t(`import.report.${kind}.key`)}</th>
              {kind === 'families' ? <th scope="col">{t('import.report.columns.reference')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row}>
                <th scope="row">{formatNumberText(row.row, language)}</th>
                <td>
                  <bdi>{row.key ?? '–'}</bdi>
                </td>
                {kind === 'families' ? (
                  <td>
                    <bdi>{row.reference ?? '–'}</bdi>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Row numbers in the reader's digits, without grouping (row 1234, not 1,234). */
function formatNumberText(value: number, language: string): string {
  return new Intl.NumberFormat(formatLocale(language), { useGrouping: false }).format(value);
}
