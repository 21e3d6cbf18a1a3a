import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../../lib/i18n';
import { json, mockFetch, users } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';

function serve(warnings: string[]) {
  return mockFetch({
    'GET /api/auth/me': () => json(users.admin),
    'GET /api/admin/setup-warnings': () => json({ warnings }),
  });
}

describe('setup warnings on the admin home', () => {
  it('says the public address is unset and how to set it', async () => {
    serve(['public-url-unset']);

    renderApp('/admin');

    const warning = await screen.findByRole('region', { name: 'Haven needs an administrator’s attention' });
    expect(warning).toHaveTextContent('Haven does not know the address people use to reach it.');
    expect(warning).toHaveTextContent('HAVEN_PUBLIC_URL=https://haven.example.org');
  });

  it('shows nothing when the server has no warning', async () => {
    serve([]);

    renderApp('/admin');

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Ada Admin' })).toBeInTheDocument();
    expect(screen.queryByText('Haven needs an administrator’s attention')).not.toBeInTheDocument();
  });

  it('still shows a warning this page has no words for, and speaks Dari', async () => {
    serve(['something-new']);
    await changeLanguage('fa-AF');

    renderApp('/admin');

    const warning = await screen.findByRole('region', { name: 'Haven به توجه یک مدیر ضرورت دارد' });
    expect(warning).toHaveTextContent('something-new');
    await changeLanguage('en');
  });
});
