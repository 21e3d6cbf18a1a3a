import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { csrf, json, mockFetch, problem, users } from '../../../../testing/mock-fetch';
import { renderApp } from '../../../../testing/render-app';
import { emptyHousehold, household } from '../../test-data';

async function openHousehold() {
  const app = renderApp('/host/household');
  await screen.findByRole('group', { name: 'Adult 1' });
  return app;
}

describe('My household', () => {
  it('shows the stored household, and saves changes with PUT', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/host/household': () => json(household),
      'PUT /api/host/household': (request) => json(JSON.parse(request.body ?? '{}')),
    });
    const app = await openHousehold();

    const adult = screen.getByRole('group', { name: 'Adult 1' });
    expect(within(adult).getByLabelText('Sex')).toHaveValue('F');
    expect(within(adult).getByLabelText('Age in years')).toHaveValue('45');
    expect(screen.getByRole('list', { name: 'Languages chosen' })).toHaveTextContent('English');

    await app.user.click(screen.getByRole('button', { name: 'Add a child' }));
    const child = screen.getByRole('group', { name: 'Child 1' });
    await waitFor(() => expect(within(child).getByLabelText('Sex')).toHaveFocus());
    await app.user.selectOptions(within(child).getByLabelText('Sex'), 'Male');
    await app.user.type(within(child).getByLabelText('Age in years'), '8');

    await app.user.selectOptions(screen.getByLabelText('Add a language'), 'Persian (Dari)');
    await app.user.click(screen.getByRole('button', { name: 'Add' }));
    await app.user.click(screen.getByRole('button', { name: 'Remove English' }));

    await app.user.click(
      within(screen.getByRole('group', { name: 'Do you have pets?' })).getByRole('radio', { name: 'Yes' }),
    );
    await app.user.type(screen.getByLabelText('Which pets?'), 'cat, small dog');
    await app.user.click(screen.getByRole('button', { name: 'Save household' }));

    expect(await screen.findByText('Your household has been saved.')).toBeInTheDocument();
    expect(JSON.parse(server.requestsTo('PUT /api/host/household')[0]?.body ?? '{}')).toEqual({
      adults: [{ sex: 'F', age: 45 }],
      children: [{ sex: 'M', age: 8 }],
      languages: ['fa'],
      hasPets: true,
      petKinds: ['cat', 'small dog'],
      smokers: false,
    });
    // What the server stored is what the form shows now.
    expect(within(screen.getByRole('group', { name: 'Child 1' })).getByLabelText('Age in years')).toHaveValue('8');
    expect(screen.getByRole('list', { name: 'Languages chosen' })).toHaveTextContent('Persian (Dari)');
  });

  it('shows server errors on nested fields next to that person’s field, in the user’s words', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/host/household': () =>
        json({
          ...household,
          adults: [
            { sex: 'F', age: 45 },
            { sex: 'M', age: 50 },
          ],
        }),
      'PUT /api/host/household': () =>
        problem('validation-failed', 400, {
          errors: [
            { field: 'adults[1].age', code: 'out-of-range', message: 'must be between 18 and 120' },
            { field: 'languages[0]', code: 'invalid-value', message: 'unknown language' },
          ],
        }),
    });
    const app = await openHousehold();

    await app.user.click(screen.getByRole('button', { name: 'Save household' }));

    const second = screen.getByRole('group', { name: 'Adult 2' });
    const age = within(second).getByLabelText('Age in years');
    await waitFor(() => expect(age).toHaveAttribute('aria-invalid', 'true'));
    expect(age).toHaveAccessibleDescription('Error: This number is outside the allowed range.');
    expect(within(screen.getByRole('group', { name: 'Adult 1' })).getByLabelText('Age in years')).not.toHaveAttribute(
      'aria-invalid',
    );
    expect(screen.getByRole('group', { name: 'Languages spoken at home' })).toHaveTextContent(
      'This value is not valid here.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Some answers need correcting.');
  });

  it('checks ages, sexes and pets before sending', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/host/household': () => json(household),
    });
    const app = await openHousehold();

    await app.user.click(screen.getByRole('button', { name: 'Add an adult' }));
    await app.user.type(within(screen.getByRole('group', { name: 'Adult 2' })).getByLabelText('Age in years'), '12');
    await app.user.click(
      within(screen.getByRole('group', { name: 'Do you have pets?' })).getByRole('radio', { name: 'Yes' }),
    );
    await app.user.click(screen.getByRole('button', { name: 'Save household' }));

    const adult = screen.getByRole('group', { name: 'Adult 2' });
    expect(within(adult).getByLabelText('Sex')).toHaveAccessibleDescription('Error: Choose one of the options.');
    expect(within(adult).getByLabelText('Age in years')).toHaveAccessibleDescription(
      'Error: Enter an age from 18 to 120. List anyone younger under children.',
    );
    expect(screen.getByLabelText('Which pets?')).toHaveAttribute('aria-invalid', 'true');
    expect(server.requestsTo('PUT /api/host/household')).toHaveLength(0);
  });

  it('asks about pets and smoking with no answer chosen for a new host, and needs both answered', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/host/household': () => json(emptyHousehold),
    });
    const app = renderApp('/host/household');
    const pets = await screen.findByRole('group', { name: 'Do you have pets?' });
    const smoking = screen.getByRole('group', { name: /smok/i });

    for (const group of [pets, smoking]) {
      for (const radio of within(group).getAllByRole('radio')) expect(radio).not.toBeChecked();
    }
    await app.user.click(screen.getByRole('button', { name: 'Save household' }));

    expect(pets).toHaveTextContent('Choose one of the options.');
    expect(smoking).toHaveTextContent('Choose one of the options.');
    expect(server.requestsTo('PUT /api/host/household')).toHaveLength(0);
  });

  it('refuses a household without an adult, before sending and when the server says so', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/auth/csrf': csrf('t'),
      'GET /api/host/household': () => json(household),
      'PUT /api/host/household': () =>
        problem('validation-failed', 400, {
          errors: [{ field: 'adults', code: 'household-no-adult', message: 'A household needs at least one adult.' }],
        }),
    });
    const app = await openHousehold();
    const noAdult =
      'Add at least one adult: yourself, and any other adult who lives with you. A household without an adult cannot be saved.';

    await app.user.click(screen.getByRole('button', { name: 'Remove Adult 1' }));
    await app.user.click(screen.getByRole('button', { name: 'Save household' }));

    const adults = screen.getByRole('group', { name: 'Adults' });
    expect(adults).toHaveAccessibleDescription(`Error: ${noAdult}`);
    expect(screen.getByRole('link', { name: `Adults: ${noAdult}` })).toBeInTheDocument();
    expect(server.requestsTo('PUT /api/host/household')).toHaveLength(0);
    expect(screen.queryByText('Your household has been saved.')).not.toBeInTheDocument();

    // The server has the same rule (an older page, another client): its code is worded the same.
    await app.user.click(screen.getByRole('link', { name: `Adults: ${noAdult}` }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add an adult' })).toHaveFocus());
    await app.user.click(screen.getByRole('button', { name: 'Add an adult' }));
    await app.user.selectOptions(
      within(screen.getByRole('group', { name: 'Adult 1' })).getByLabelText('Sex'),
      'Female',
    );
    await app.user.type(within(screen.getByRole('group', { name: 'Adult 1' })).getByLabelText('Age in years'), '40');
    await app.user.click(screen.getByRole('button', { name: 'Save household' }));
    expect(await screen.findByRole('link', { name: `Adults: ${noAdult}` })).toBeInTheDocument();
    expect(server.requestsTo('PUT /api/host/household')).toHaveLength(1);
    expect(screen.queryByText('Your household has been saved.')).not.toBeInTheDocument();
  });

  it('shows a described household’s answers as chosen', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.host),
      'GET /api/host/household': () => json({ ...household, smokers: true }),
    });
    await openHousehold();

    expect(
      within(screen.getByRole('group', { name: 'Do you have pets?' })).getByRole('radio', { name: 'No' }),
    ).toBeChecked();
    expect(within(screen.getByRole('group', { name: /smok/i })).getByRole('radio', { name: 'Yes' })).toBeChecked();
  });
});
