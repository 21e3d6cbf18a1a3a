import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../../lib/i18n';
import { csrf, json, mockFetch, problem, users } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';
import type { ImportJob, ImportReport } from '../types';

const familiesReport: ImportReport = {
  imported: 2,
  refused: 3,
  importedRecords: 1,
  refusedRecords: 2,
  rows: [
    { row: 2, key: 'A1', status: 'IMPORTED', id: 'f-1', reference: 'F-ABC234', errors: [] },
    { row: 3, key: 'A1', status: 'IMPORTED', id: 'f-1', reference: 'F-ABC234', errors: [] },
    {
      row: 4,
      key: 'B2',
      status: 'REFUSED',
      id: null,
      reference: null,
      errors: [{ field: 'age', code: 'invalid-format', message: 'Write a whole number, like 3.' }],
    },
    {
      row: 5,
      key: 'B2',
      status: 'REFUSED',
      id: null,
      reference: null,
      errors: [
        { field: 'familyRef', code: 'family-refused', message: 'Not imported: family B2 has problems in row 4.' },
      ],
    },
    {
      row: 6,
      key: 'C3',
      status: 'REFUSED',
      id: null,
      reference: null,
      errors: [
        { field: 'relationship', code: 'one-lead', message: 'Mark exactly one person as the lead member.' },
        {
          field: 'preferredPlace',
          code: 'conflicting-value',
          message: 'Family C3 has different preferredPlace values in rows 6, 7.',
        },
      ],
    },
  ],
};

/** The job of an upload: accepted at once (202), then its progress as the server imports it. */
function job(status: ImportJob['status'], processedRows: number, changes: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 'job-1',
    kind: 'FAMILIES',
    status,
    totalRows: 5,
    processedRows,
    imported: status === 'RUNNING' ? 0 : familiesReport.imported,
    refused: status === 'RUNNING' ? 0 : familiesReport.refused,
    importedRecords: status === 'RUNNING' ? 0 : familiesReport.importedRecords,
    refusedRecords: status === 'RUNNING' ? 0 : familiesReport.refusedRecords,
    startedAt: '2026-12-06T14:00:00Z',
    finishedAt: status === 'RUNNING' ? null : '2026-12-06T14:00:02Z',
    failure: null,
    reportVisible: true,
    ...changes,
  };
}

/** The page opens with no import running and none of the caseworker's own to show again. */
const nothingOnArrival = { 'GET /api/import/jobs': () => json({ items: [] }) };

/** An upload accepted at once, seen half way, then done with `report`. */
function acceptedThenDone(report: ImportReport = familiesReport, end: ImportJob = job('DONE', 5)) {
  return {
    'POST /api/import/families': () => json(job('RUNNING', 0), 202),
    'GET /api/import/jobs/job-1': [() => json(job('RUNNING', 3)), () => json(end)],
    'GET /api/import/jobs/job-1/report': () => json(report),
  };
}

function csvFile(text = 'familyRef,urgency,firstName,relationship\nA1,HIGH,Nadia,LEAD\n') {
  return new File([text], 'families.csv', { type: 'text/csv' });
}

async function openImportPage() {
  const app = renderApp('/caseworker/import');
  await screen.findByRole('heading', { level: 1, name: 'Import' });
  return app;
}

function familiesSection() {
  return screen.getByRole('region', { name: 'Families' });
}

describe('caseworker import page', () => {
  it('is in the caseworker navigation and links each template', async () => {
    mockFetch({ 'GET /api/auth/me': () => json(users.caseworker), ...nothingOnArrival });
    await openImportPage();

    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Import' }),
    ).toHaveAttribute('aria-current', 'page');
    expect(
      within(familiesSection()).getByRole('link', { name: 'Download the families template (CSV)' }),
    ).toHaveAttribute('href', '/api/import/families/template.csv');
    const offers = screen.getByRole('region', { name: 'Offers' });
    expect(within(offers).getByRole('link', { name: 'Download the offers template (CSV)' })).toHaveAttribute(
      'href',
      '/api/import/offers/template.csv',
    );
  });

  it('asks for a file before sending anything', async () => {
    const server = mockFetch({ 'GET /api/auth/me': () => json(users.caseworker), ...nothingOnArrival });
    const { user } = await openImportPage();

    await user.click(within(familiesSection()).getByRole('button', { name: 'Import families' }));

    expect(within(familiesSection()).getByLabelText('Families CSV file')).toHaveAccessibleDescription(
      /Choose a CSV file first\./,
    );
    expect(server.requestsTo('POST /api/import/families')).toHaveLength(0);
  });

  it('uploads the file and reports the counts, every refused row with its problems, and the imported rows folded away', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      ...nothingOnArrival,
      'GET /api/auth/csrf': csrf('t'),
      ...acceptedThenDone(),
    });
    const { user } = await openImportPage();

    const file = csvFile();
    await user.upload(within(familiesSection()).getByLabelText('Families CSV file'), file);
    await user.click(within(familiesSection()).getByRole('button', { name: 'Import families' }));

    // Accepted at once: a labelled progress bar while the server imports, then the report.
    const bar = await within(familiesSection()).findByRole('progressbar', { name: 'Progress of families.csv' });
    expect(within(familiesSection()).getByRole('heading', { name: 'Importing families.csv' })).toBeVisible();
    await waitFor(() => expect(bar).toHaveAttribute('value', '3'));
    expect(bar).toHaveAttribute('max', '5');
    expect(within(familiesSection()).getByText('Rows checked: 3 of 5.')).toBeVisible();
    expect(within(familiesSection()).getByText('50% of the rows checked.')).toHaveAttribute('aria-live', 'polite');

    const report = await within(familiesSection()).findByRole(
      'region',
      { name: 'Report for families.csv' },
      { timeout: 3000 },
    );
    expect(within(familiesSection()).queryByRole('progressbar')).toBeNull();
    const [request] = server.requestsTo('POST /api/import/families');
    expect(request?.formData?.get('file')).toBe(file);
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe('t');
    expect(within(report).getByRole('status')).toHaveTextContent('Families imported: 1 (rows: 2).');
    expect(within(report).getByRole('status')).toHaveTextContent('Families refused: 2 (rows: 3).');
    // Rows were refused: a warning that says how many, never the green of a success.
    expect(within(report).getByRole('status')).toHaveClass('alert--warning');
    expect(within(report).getByRole('status')).toHaveTextContent('3 rows refused of 5');

    const refused = within(report).getByRole('table', { name: 'Refused rows and why' });
    const rows = within(refused).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '4B2Column age: Write a whole number, like 3.',
      '5B2Column familyRef: Not imported: family B2 has problems in row 4.',
      '6C3Column relationship: Mark exactly one person as the lead member.Column preferredPlace: Family C3 has different preferredPlace values in rows 6, 7.',
    ]);

    // Sending the same file again takes choosing it again.
    await user.click(within(familiesSection()).getByRole('button', { name: 'Import families' }));
    expect(within(familiesSection()).getByLabelText('Families CSV file')).toHaveAccessibleDescription(
      /Choose a CSV file first\./,
    );
    expect(server.requestsTo('POST /api/import/families')).toHaveLength(1);

    const imported = within(report).getByText('Show the imported rows (2)');
    // Folded away, and not even drawn until unfolded (a file can hold thousands of rows).
    expect(within(report).queryByRole('table', { name: 'Imported rows', hidden: true })).toBeNull();
    await user.click(imported);
    expect(within(report).getByRole('table', { name: 'Imported rows' })).toHaveTextContent('F-ABC234');
  });

  it('words the problems in the reader’s language', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      ...nothingOnArrival,
      'GET /api/auth/csrf': csrf('t'),
      ...acceptedThenDone(),
    });
    const { user } = await openImportPage();
    await act(() => changeLanguage('fa-AF'));

    const section = screen.getByRole('region', { name: 'خانواده‌ها' });
    await user.upload(within(section).getByLabelText('فایل CSV خانواده‌ها'), csvFile());
    await user.click(within(section).getByRole('button', { name: 'وارد کردن خانواده‌ها' }));

    const refused = await within(section).findByRole('table', { name: 'سطرهای ردشده و دلیل آن‌ها' }, { timeout: 3000 });
    expect(refused).toHaveTextContent('وارد نشد، چون سطر دیگری از این خانواده مشکل دارد.');
    expect(refused).toHaveTextContent('سطر دیگری از این خانواده اینجا مقدار دیگری دارد.');
    expect(refused).toHaveTextContent('۴');
  });

  it('says which columns are wrong when the whole file is refused', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      ...nothingOnArrival,
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/import/offers': () =>
        problem('validation-failed', 400, {
          detail: 'The header row does not match the template.',
          errors: [
            { field: 'shoeSize', code: 'unknown-column', message: "Haven does not know the column 'shoeSize'." },
            { field: 'hostEmail', code: 'missing-column', message: "The column 'hostEmail' is required." },
          ],
        }),
    });
    const { user } = await openImportPage();
    const offers = screen.getByRole('region', { name: 'Offers' });

    await user.upload(within(offers).getByLabelText('Offers CSV file'), csvFile('shoeSize\n44\n'));
    await user.click(within(offers).getByRole('button', { name: 'Import offers' }));

    const alert = await within(offers).findByRole('alert');
    expect(alert).toHaveTextContent('The file was not imported and nothing was saved:');
    expect(alert).toHaveTextContent("Column shoeSize: Haven does not know the column 'shoeSize'.");
    expect(alert).toHaveTextContent("Column hostEmail: The column 'hostEmail' is required.");
    expect(within(offers).queryByRole('region', { name: /Report/ })).toBeNull();
  });

  it('is green only when every row was imported', async () => {
    const allImported: ImportReport = {
      imported: 2,
      refused: 0,
      importedRecords: 1,
      refusedRecords: 0,
      rows: familiesReport.rows.filter((row) => row.status === 'IMPORTED'),
    };
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      ...nothingOnArrival,
      'GET /api/auth/csrf': csrf('t'),
      ...acceptedThenDone(allImported, job('DONE', 2, { totalRows: 2, imported: 2, refused: 0, refusedRecords: 0 })),
    });
    const { user } = await openImportPage();

    await user.upload(within(familiesSection()).getByLabelText('Families CSV file'), csvFile());
    await user.click(within(familiesSection()).getByRole('button', { name: 'Import families' }));

    const report = await within(familiesSection()).findByRole(
      'region',
      { name: 'Report for families.csv' },
      { timeout: 3000 },
    );
    expect(within(report).getByRole('status')).toHaveClass('alert--success');
    expect(within(report).getByRole('status')).not.toHaveTextContent('refused of');
  });

  it('says when an import stopped part way, above the report of the rows it reached', async () => {
    const partial: ImportReport = { ...familiesReport, rows: familiesReport.rows.slice(0, 3) };
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      ...nothingOnArrival,
      'GET /api/auth/csrf': csrf('t'),
      ...acceptedThenDone(partial, job('FAILED', 3, { failure: 'INTERRUPTED' })),
    });
    const { user } = await openImportPage();

    await user.upload(within(familiesSection()).getByLabelText('Families CSV file'), csvFile());
    await user.click(within(familiesSection()).getByRole('button', { name: 'Import families' }));

    const alert = await within(familiesSection()).findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent('The import stopped before the end of the file');
    expect(alert).toHaveTextContent('the other 2 rows were not imported');
    expect(
      await within(familiesSection()).findByRole('region', { name: 'Report for families.csv' }),
    ).toBeInTheDocument();
  });

  it('finds on arrival the import running of its kind, named by when it started, then its report', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/import/jobs': () => json({ items: [job('RUNNING', 3)] }),
      'GET /api/import/jobs/job-1': [() => json(job('RUNNING', 4)), () => json(job('DONE', 5))],
      'GET /api/import/jobs/job-1/report': () => json(familiesReport),
    });
    await openImportPage();

    const progress = await within(familiesSection()).findByRole('progressbar', {
      name: /^Progress of the file uploaded on 6 Dec 2026, \d\d:\d\d$/,
    });
    expect(progress).toHaveAttribute('value', '3');
    expect(
      await within(familiesSection()).findByRole(
        'region',
        { name: /^Report for the file you uploaded on 6 Dec 2026, \d\d:\d\d$/ },
        { timeout: 3000 },
      ),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Offers' })).queryByRole('progressbar')).toBeNull();
  });

  it('refuses clearly an upload while another import runs', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      ...nothingOnArrival,
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/import/offers': () => problem('import-in-progress', 409, { detail: 'Another import is running.' }),
    });
    const { user } = await openImportPage();
    const offers = screen.getByRole('region', { name: 'Offers' });

    await user.upload(within(offers).getByLabelText('Offers CSV file'), csvFile());
    await user.click(within(offers).getByRole('button', { name: 'Import offers' }));

    const alert = await within(offers).findByRole('alert');
    expect(alert).toHaveTextContent('Another import is running, and Haven imports one file at a time.');
    expect(within(offers).queryByRole('progressbar')).toBeNull();
  });

  it('shows in its panel the import that refused an upload, its progress only when another caseworker started it', async () => {
    const elsewhere = job('RUNNING', 2, { id: 'job-9', kind: 'OFFERS', reportVisible: false });
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/import/jobs': [() => json({ items: [] }), () => json({ items: [elsewhere] })],
      'GET /api/import/jobs/job-9': () => json(elsewhere),
      'POST /api/import/offers': () => problem('import-in-progress', 409, { detail: 'Another import is running.' }),
    });
    const { user } = await openImportPage();
    const offers = screen.getByRole('region', { name: 'Offers' });

    await user.upload(within(offers).getByLabelText('Offers CSV file'), csvFile());
    await user.click(within(offers).getByRole('button', { name: 'Import offers' }));

    expect(
      await within(offers).findByRole('progressbar', { name: /^Progress of the file uploaded on / }),
    ).toHaveAttribute('value', '2');
    expect(server.requestsTo('GET /api/import/jobs/job-9/report')).toHaveLength(0);
  });
});
