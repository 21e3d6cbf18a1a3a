import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/feedback';
import { SelectField, SubmitButton, problemMessage, textValue } from '../../../components/form';
import { startRun, type StartResult } from '../api/matching-api';
import { DEFAULT_RUN_SECONDS, RUN_SECONDS } from '../types';
import { useFormat } from './use-format';

/** "Run matching" with a choice of how long the solver may take. */
export function StartRunForm({ onStarted }: { onStarted: (result: StartResult) => void }) {
  const { t } = useFormat();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const seconds = Number(textValue(event.currentTarget, 'seconds')) || DEFAULT_RUN_SECONDS;
    setBusy(true);
    setError(null);
    try {
      onStarted(await startRun(seconds));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="start-run" onSubmit={handleSubmit} aria-label={t('matching.start.title')}>
      {error ? <ErrorAlert>{problemMessage(error, t)}</ErrorAlert> : null}
      <SelectField
        label={t('matching.start.seconds')}
        help={t('matching.start.secondsHelp')}
        name="seconds"
        className="field__input--short"
        defaultValue={String(DEFAULT_RUN_SECONDS)}
        options={RUN_SECONDS.map((seconds) => ({
          value: String(seconds),
          label: t('matching.run.seconds', { count: seconds }),
        }))}
      />
      <div>
        <SubmitButton busy={busy} busyLabel={t('matching.start.starting')}>
          {t('matching.start.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}
