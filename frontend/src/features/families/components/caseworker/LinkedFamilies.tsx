import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FieldError, problemMessage } from '../../../../components/form';
import { searchFamilies } from '../../api/families-api';
import { useFamilySummariesQuery } from '../../api/families-queries';
import type { FamilySummary } from '../../types';
import { MAX_LINKED_FAMILIES } from '../shared/family-form-state';

/** How many cases one search offers. */
const SEARCH_SIZE = 10;

/** The reference and lead of each linked case, as far as they have been found. */
export type LinkedSummaries = { summaries: FamilySummary[]; loading: boolean; failed: boolean };

/** Looks the linked cases up in the list of cases (no audited read of each one). */
export function useLinkedSummaries(ids: readonly string[]): LinkedSummaries {
  const { data, isFetching, error } = useFamilySummariesQuery(ids);
  return { summaries: data ?? [], loading: ids.length > 0 && isFetching, failed: Boolean(error) };
}

function Lead({ summary }: { summary: FamilySummary }) {
  return summary.leadFirstName ? (
    <>
      {' — '}
      <bdi>{summary.leadFirstName}</bdi>
    </>
  ) : null;
}

/** The case page's list: each linked case links to its own page. */
export function LinkedFamiliesCard({ ids, linked }: { ids: readonly string[]; linked: LinkedSummaries }) {
  const { t } = useTranslation();
  return (
    <section className="card stack" aria-labelledby="family-linked-title">
      <h3 id="family-linked-title">{t('families.linked.title')}</h3>
      <p className="field__help">{t('families.linked.help')}</p>
      {ids.length === 0 ? (
        <p>{t('families.linked.none')}</p>
      ) : linked.loading ? (
        <p>{t('families.linked.loading')}</p>
      ) : (
        <ul className="plain-list stack">
          {ids.map((id) => {
            const summary = linked.summaries.find((item) => item.id === id);
            return (
              <li key={id}>
                <Link to={`/caseworker/families/${encodeURIComponent(id)}`}>
                  {summary ? <bdi className="reference">{summary.reference}</bdi> : t('families.linked.unknownCase')}
                </Link>
                {summary && <Lead summary={summary} />}
              </li>
            );
          })}
        </ul>
      )}
      {linked.failed && <p>{t('families.linked.lookupFailed')}</p>}
    </section>
  );
}

type Search = { text: string; results: FamilySummary[] } | { error: unknown } | null;

type LinkedFamiliesFieldProps = {
  /** The case being edited, which cannot be linked to itself; none for a new case. */
  selfId: string | undefined;
  ids: string[];
  onChange: (ids: string[]) => void;
  /** What is known of the cases linked when the form opened. */
  stored: LinkedSummaries | undefined;
  error?: string | undefined;
};

/**
 * The form's linked cases: each can be removed, and other cases found by reference or first name
 * can be added (not the case itself, none twice, at most ten).
 */
export function LinkedFamiliesField({ selfId, ids, onChange, stored, error }: LinkedFamiliesFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const inputId = `${id}-search`;
  const [text, setText] = useState('');
  const [search, setSearch] = useState<Search>(null);
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<Record<string, FamilySummary>>({});
  const [announcement, setAnnouncement] = useState('');
  const [focusSearch, setFocusSearch] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const controller = useRef<AbortController | null>(null);
  const full = ids.length >= MAX_LINKED_FAMILIES;

  useEffect(() => () => controller.current?.abort(), []);
  useEffect(() => {
    if (focusSearch > 0) inputRef.current?.focus();
  }, [focusSearch]);

  const summaryOf = (linkedId: string) => found[linkedId] ?? stored?.summaries.find((item) => item.id === linkedId);

  async function runSearch() {
    const query = text.trim();
    if (!query) return;
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setBusy(true);
    try {
      const page = await searchFamilies(query, SEARCH_SIZE, current.signal);
      const results = page.items.filter((item) => item.id !== selfId);
      setFound((previous) => ({ ...previous, ...Object.fromEntries(results.map((item) => [item.id, item])) }));
      setSearch({ text: query, results });
      setAnnouncement(
        results.length === 0 ? t('families.linked.noResults') : t('families.linked.results', { count: results.length }),
      );
    } catch (problem) {
      if (current.signal.aborted) return;
      setSearch({ error: problem });
      setAnnouncement('');
    } finally {
      if (controller.current === current) setBusy(false);
    }
  }

  function add(summary: FamilySummary) {
    if (full || ids.includes(summary.id) || summary.id === selfId) return;
    onChange([...ids, summary.id]);
    setAnnouncement(t('families.linked.added', { reference: summary.reference }));
    setFocusSearch((count) => count + 1);
  }

  function remove(linkedId: string) {
    onChange(ids.filter((other) => other !== linkedId));
    const reference = summaryOf(linkedId)?.reference;
    setAnnouncement(reference ? t('families.linked.removed', { reference }) : t('families.linked.removedUnknown'));
    setFocusSearch((count) => count + 1);
  }

  return (
    <fieldset
      className={error ? 'fieldset card stack field--invalid' : 'fieldset card stack'}
      aria-describedby={error ? `${errorId} ${helpId}` : helpId}
    >
      <legend className="fieldset__legend">{t('families.linked.title')}</legend>
      <p id={helpId} className="field__help">
        {t('families.linked.help')}
      </p>
      {error && <FieldError id={errorId}>{error}</FieldError>}
      {ids.length === 0 ? (
        <p>{t('families.linked.none')}</p>
      ) : (
        <ul className="chosen-list" aria-label={t('families.linked.chosen')}>
          {ids.map((linkedId) => {
            const summary = summaryOf(linkedId);
            const name = summary
              ? summary.reference
              : stored?.loading
                ? t('families.linked.loading')
                : t('families.linked.unknownCase');
            return (
              <li key={linkedId} className="chosen-list__item">
                <span>
                  {summary ? <bdi className="reference">{summary.reference}</bdi> : name}
                  {summary && <Lead summary={summary} />}
                </span>
                <button type="button" className="button button--link" onClick={() => remove(linkedId)}>
                  {t('families.linked.remove')} <span className="visually-hidden">{name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {stored?.failed && <p>{t('families.linked.lookupFailed')}</p>}
      {full ? (
        <p>{t('families.linked.max', { max: MAX_LINKED_FAMILIES })}</p>
      ) : (
        <>
          <div className="inline-add">
            <div className="field">
              <label className="field__label" htmlFor={inputId}>
                {t('families.linked.search')}
              </label>
              <p id={`${inputId}-help`} className="field__help">
                {t('families.searchHelp')}
              </p>
              <input
                ref={inputRef}
                id={inputId}
                type="search"
                className="field__input"
                autoComplete="off"
                maxLength={100}
                aria-describedby={`${inputId}-help`}
                value={text}
                onChange={(event) => setText(event.target.value)}
                onKeyDown={(event) => {
                  // Enter here looks for cases; it must not send the whole form.
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    void runSearch();
                  }
                }}
              />
            </div>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void runSearch()}>
              {busy ? t('families.linked.searching') : t('families.linked.searchButton')}
            </button>
          </div>
          {search && 'error' in search && <p>{problemMessage(search.error, t)}</p>}
          {search && 'results' in search && search.results.length === 0 && <p>{t('families.linked.noResults')}</p>}
          {search && 'results' in search && search.results.length > 0 && (
            <ul className="plain-list stack" aria-label={t('families.linked.resultsLabel', { text: search.text })}>
              {search.results.map((summary) => (
                <li key={summary.id}>
                  <bdi className="reference">{summary.reference}</bdi>
                  <Lead summary={summary} />
                  {' · '}
                  {t(`familyStatuses.${summary.status}`)}{' '}
                  {ids.includes(summary.id) ? (
                    <span>({t('families.linked.alreadyLinked')})</span>
                  ) : (
                    <button type="button" className="button button--link" onClick={() => add(summary)}>
                      {t('families.linked.add')} <span className="visually-hidden">{summary.reference}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
