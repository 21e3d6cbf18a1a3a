import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../../lib/i18n';
import { csrf, json, mockFetch, problem, users } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';
import type { ImportReport } from '../types';

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
    mockFetch({ 'GET /api/auth/me': () => json(users.caseworker) });
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
    const server = mockFetch({ 'GET /api/auth/me': () => json(users.caseworker) });
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
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/import/families': () => json(familiesReport),
    });
    const { user } = await openImportPage();

    const file = csvFile();
    await user.upload(within(familiesSection()).getByLabelText('Families CSV file'), file);
    await user.click(within(familiesSection()).getByRole('button', { name: 'Import families' }));

    const report = await within(familiesSection()).findByRole('region', { name: 'Report for families.csv' });
    const [request] = server.requestsTo('POST /api/import/families');
    expect(request?.formData?.get('file')).toBe(file);
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe('t');
    expect(within(report).getByRole('status')).toHaveTextContent('Families imported: 1 (rows: 2).');
    expect(within(report).getByRole('status')).toHaveTextContent('Families refused: 2 (rows: 3).');

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
    expect(within(report).getByRole('table', { name: 'Imported rows', hidden: true })).not.toBeVisible();
    await user.click(imported);
    expect(within(report).getByRole('table', { name: 'Imported rows' })).toHaveTextContent('F-ABC234');
  });

  it('words the problems in the reader’s language', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/import/families': () => json(familiesReport),
    });
    const { user } = await openImportPage();
    await act(() => changeLanguage('fa-AF'));

    const section = screen.getByRole('region', { name: 'خانواده‌ها' });
    await user.upload(within(section).getByLabelText('فایل CSV خانواده‌ها'), csvFile());
    await user.click(within(section).getByRole('button', { name: 'وارد کردن خانواده‌ها' }));

    const refused = await within(section).findByRole('table', { name: 'سطرهای ردشده و دلیل آن‌ها' });
    expect(refused).toHaveTextContent('وارد نشد، چون سطر دیگری از این خانواده مشکل دارد.');
    expect(refused).toHaveTextContent('سطر دیگری از این خانواده اینجا مقدار دیگری دارد.');
    expect(refused).toHaveTextContent('۴');
  });

  it('says which columns are wrong when the whole file is refused', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
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
});
