import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/feedback';
import { FileField, SubmitButton, problemMessage } from '../../../components/form';
import { isApiError } from '../../../lib/api';
import { IMPORT_IN_PROGRESS, startImport, templateUrl } from '../api/imports-api';
import { importShownOnArrival, useCurrentImportsChanged, useCurrentImportsQuery } from '../api/imports-queries';
import type { ImportJob, ImportKind } from '../types';
import { ImportJobView } from './ImportJobView';
import { rowErrorText } from './row-error-text';

/** An upload made on this page (its file's name is known), or an import found on arrival (it is not). */
type Upload = { fileName?: string; job: ImportJob };

/**
 * One kind of import: where to get the template, the upload form, and the last upload: its
 * progress, then its report. A file refused whole (its header does not match the template) says
 * which columns; an upload while another import runs is refused (one at a time) and says so, and
 * that import is shown. Before any upload here, the panel shows what the server says runs, or the
 * caseworker's last import of its kind, so leaving the page loses sight of nothing.
 */
export function ImportPanel({ kind }: { kind: ImportKind }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [file, setFile] = useState<File | null>(null);
  const [noFile, setNoFile] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const current = useCurrentImportsQuery();
  const currentChanged = useCurrentImportsChanged();
  const foundOnArrival = current.data ? importShownOnArrival(current.data.items, kind) : null;
  const shown: Upload | null = upload ?? (foundOnArrival ? { job: foundOnArrival } : null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setFailure(null);
    if (!file) {
      setNoFile(true);
      return;
    }
    setBusy(true);
    try {
      setUpload({ fileName: file.name, job: await startImport(kind, file) });
      // The file was accepted: sending it again would create its families and offers twice.
      form.reset();
      setFile(null);
    } catch (error) {
      if (!isApiError(error)) console.error(error);
      setFailure(error);
      // Refused because an import runs: the one shown (if it is ours) is still worth following,
      // and the one that runs is asked for, to be shown in its panel.
      if (isApiError(error) && error.type === IMPORT_IN_PROGRESS) void currentChanged();
      else setUpload(null);
    } finally {
      setBusy(false);
    }
  }

  const fileProblems = isApiError(failure)
    ? Object.entries(failure.fieldErrors).map(([field, message]) => ({
        field,
        code: failure.fieldErrorCodes[field] ?? '',
        message,
      }))
    : [];

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`import.${kind}.title`)}</h2>
      <p>{t(`import.${kind}.intro`)}</p>
      <p>
        <a href={templateUrl(kind)} download>
          {t(`import.${kind}.template`)}
        </a>
      </p>
      <form className="stack" noValidate onSubmit={submit}>
        {failure ? (
          <ErrorAlert title={fileProblems.length > 0 ? t('import.fileRefused') : undefined}>
            {fileProblems.length > 0 ? (
              <ul>
                {fileProblems.map((problem) => (
                  <li key={problem.field}>
                    {problem.field === 'file' ? null : (
                      <>
                        <bdi>{t('import.report.columnLabel', { column: problem.field })}</bdi>{' '}
                      </>
                    )}
                    {rowErrorText(problem, t, language)}
                  </li>
                ))}
              </ul>
            ) : isApiError(failure) && failure.type === IMPORT_IN_PROGRESS ? (
              t('import.inProgress')
            ) : (
              problemMessage(failure, t)
            )}
          </ErrorAlert>
        ) : null}
        <FileField
          label={t(`import.${kind}.fileLabel`)}
          help={t('import.fileHelp')}
          error={noFile ? t('import.chooseFile') : undefined}
          name="file"
          accept=".csv,text/csv"
          onFileChange={(chosen) => {
            setFile(chosen);
            setNoFile(false);
          }}
        />
        <div>
          <SubmitButton busy={busy} busyLabel={t('import.uploading')}>
            {t(`import.${kind}.upload`)}
          </SubmitButton>
        </div>
      </form>
      {shown ? <ImportJobView key={shown.job.id} kind={kind} fileName={shown.fileName} accepted={shown.job} /> : null}
    </section>
  );
}
