import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, LoadingMessage, LoadProblem } from '../../../components/feedback';
import { formatDateTime } from '../../../lib/i18n';
import { useImportJobQuery, useImportReportQuery } from '../api/imports-queries';
import type { ImportJob, ImportKind } from '../types';
import { ImportReportView } from './ImportReportView';

/** `fileName`: the uploaded file's, when it was uploaded on this page (the server does not keep it). */
type JobProps = { kind: ImportKind; fileName?: string; accepted: ImportJob };

/** The titles of an import: by its file's name, or by when it started (an import found on arrival). */
function useImportTitles(fileName: string | undefined, job: ImportJob) {
  const { t, i18n } = useTranslation();
  const time = formatDateTime(job.startedAt, i18n.resolvedLanguage ?? i18n.language);
  return fileName
    ? {
        progress: t('import.progress.title', { file: fileName }),
        progressLabel: t('import.progress.label', { file: fileName }),
        report: t('import.report.title', { file: fileName }),
      }
    : {
        progress: t('import.progress.titleEarlier', { time }),
        progressLabel: t('import.progress.labelEarlier', { time }),
        report: t('import.report.titleEarlier', { time }),
      };
}

/**
 * An accepted upload: its progress while the server imports it in the background (asked for every
 * half second), then the report of every row. An import that stopped part way says so above the
 * report of the rows it reached.
 */
export function ImportJobView({ kind, fileName, accepted }: JobProps) {
  const { t } = useTranslation();
  const job = useImportJobQuery(accepted).data;
  const report = useImportReportQuery(job);
  const titles = useImportTitles(fileName, job);

  if (job.status === 'RUNNING')
    return <ImportProgress title={titles.progress} label={titles.progressLabel} job={job} />;
  return (
    <>
      {job.status === 'FAILED' ? (
        <ErrorAlert title={t('import.failed.title')}>
          {t(job.failure === 'INTERRUPTED' ? 'import.failed.interrupted' : 'import.failed.error', {
            rest: job.totalRows - job.processedRows,
          })}
        </ErrorAlert>
      ) : null}
      {report.data ? (
        <ImportReportView kind={kind} report={report.data} title={titles.report} />
      ) : report.isError ? (
        <LoadProblem error={report.error} onRetry={() => void report.refetch()} />
      ) : job.reportVisible ? (
        <LoadingMessage />
      ) : null}
    </>
  );
}

/**
 * A labelled progress bar of the rows done. Screen readers hear each quarter reached (a polite live
 * region), not every half-second change.
 */
function ImportProgress({ title, label, job }: { title: string; label: string; job: ImportJob }) {
  const { t } = useTranslation();
  const headingId = useId();
  const barId = useId();
  const percent = job.totalRows === 0 ? 100 : Math.floor((job.processedRows * 100) / job.totalRows);
  return (
    <section className="stack import-progress" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <label htmlFor={barId}>{label}</label>
      <progress id={barId} max={Math.max(job.totalRows, 1)} value={job.processedRows} />
      <p>{t('import.progress.rows', { processed: job.processedRows, total: job.totalRows })}</p>
      <p role="status" aria-live="polite" className="visually-hidden">
        {t('import.progress.announce', { percent: Math.floor(percent / 25) * 25 })}
      </p>
    </section>
  );
}
