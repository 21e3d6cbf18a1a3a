import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { csrf, json, mockFetch, problem, users } from '../../../../testing/mock-fetch';
import { renderApp } from '../../../../testing/render-app';
import { familyCase } from '../../test-data';

const NO_ADULT =
  'Haven can only place families with at least one adult. Children without an adult follow a separate, regulated route: contact the local authority’s children’s services.';

async function openNewCase() {
  const app = renderApp('/caseworker/families/new');
  await screen.findByRole('heading', { level: 1, name: 'New family case' });
  return app;
}

/** A caseworker's server that takes a new case and then shows it. */
function serveNewCase() {
  return mockFetch({
    'GET /api/auth/me': () => json(users.caseworker),
    'GET /api/auth/csrf': csrf('t'),
    'POST /api/families': () => json(familyCase, 201),
    'GET /api/families/f-1': () => json(familyCase),
    'GET /api/families/f-1/history': () => json([]),
  });
}

describe('new family case', () => {
  it('sends the members as typed, empty ages and sexes as null, and opens the new case', async () => {
    const server = serveNewCase();
    const app = await openNewCase();

    const lead = screen.getByRole('group', { name: 'Person 1' });
    expect(within(lead).getByLabelText('Relationship to the lead member')).toHaveValue('LEAD');
    await app.user.type(within(lead).getByLabelText('First name'), ' Amina ');
    await app.user.click(screen.getByRole('button', { name: 'Add a person' }));
    const child = screen.getByRole('group', { name: 'Person 2' });
    await waitFor(() => expect(within(child).getByLabelText('First name')).toHaveFocus());
    await app.user.type(within(child).getByLabelText('First name'), 'Omid');
    await app.user.type(within(child).getByLabelText('Age in years'), '۷');
    await app.user.selectOptions(within(child).getByLabelText('Sex'), 'Male');
    await app.user.selectOptions(within(child).getByLabelText('Relationship to the lead member'), 'Child');
    await app.user.click(within(child).getByRole('checkbox', { name: 'Uses a wheelchair' }));
    await app.user.selectOptions(screen.getByLabelText('Urgency'), 'High');
    await app.user.selectOptions(screen.getByLabelText('Add a language'), 'Persian (Dari)');
    await app.user.click(screen.getByRole('button', { name: 'Add' }));
    await app.user.click(screen.getByRole('checkbox', { name: 'Needs an LGBTQI+ affirming home' }));
    await app.user.type(screen.getByLabelText('Preferred postcode or place'), 'ls6');
    await app.user.type(screen.getByLabelText('Furthest distance in km'), '30');
    await app.user.type(screen.getByLabelText('Notes'), 'Fled in August');
    await app.user.click(screen.getByRole('button', { name: 'Create case' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Family FAM-7K2Q' })).toBeInTheDocument();
    expect(screen.getByText('The case has been created.')).toBeInTheDocument();
    expect(JSON.parse(server.requestsTo('POST /api/families')[0]?.body ?? '{}')).toEqual({
      urgency: 'HIGH',
      members: [
        { firstName: 'Amina', age: null, sex: null, relationship: 'LEAD', wheelchairUser: false },
        { firstName: 'Omid', age: 7, sex: 'M', relationship: 'CHILD', wheelchairUser: true },
      ],
      languages: ['fa'],
      needsStepFree: false,
      needsGroundFloorBedroom: false,
      hasPets: false,
      petAllergy: false,
      smoker: false,
      needsLgbtqiAffirming: true,
      preferredPostcode: 'LS6',
      preferredPlace: null,
      locationTies: null,
      neededFrom: null,
      expectedStayMonths: null,
      contactPhone: null,
      contactEmail: null,
      maxDistanceKm: 30,
      linkedFamilyIds: [],
      nationality: null,
      religion: null,
      notes: 'Fled in August',
    });
  });

  it('shows the server’s no-adult refusal next to the members, in our words', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.caseworker),
      'GET /api/auth/csrf': csrf('t'),
      'POST /api/families': () =>
        problem('validation-failed', 400, { errors: [{ field: 'members', code: 'no-adult', message: NO_ADULT }] }),
    });
    const app = await openNewCase();
    const lead = screen.getByRole('group', { name: 'Person 1' });
    await app.user.type(within(lead).getByLabelText('First name'), 'Sami');
    await app.user.type(within(lead).getByLabelText('Age in years'), '15');
    await app.user.click(screen.getByRole('button', { name: 'Create case' }));

    const members = screen.getByRole('group', { name: 'Family members' });
    await waitFor(() => expect(members).toHaveAccessibleDescription(expect.stringContaining('regulated route')));
    expect(members).toHaveTextContent(
      'Haven can only find homes for families with at least one adult (18 or over). Children without an adult follow a separate, regulated route',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Some answers need correcting.');
  });

  it('asks for a first name and a real age before sending', async () => {
    const server = mockFetch({ 'GET /api/auth/me': () => json(users.caseworker) });
    const app = await openNewCase();
    await app.user.type(within(screen.getByRole('group', { name: 'Person 1' })).getByLabelText('Age in years'), '200');
    await app.user.click(screen.getByRole('button', { name: 'Create case' }));

    const lead = screen.getByRole('group', { name: 'Person 1' });
    expect(within(lead).getByLabelText('First name')).toHaveAccessibleDescription('Error: This field is required.');
    expect(within(lead).getByLabelText('Age in years')).toHaveAccessibleDescription(
      'Error: Enter an age from 0 to 120. Use 0 for a baby under one year old.',
    );
    expect(server.requestsTo('POST /api/families')).toHaveLength(0);
  });

  it('checks the API’s limits on numbers before sending, next to each field', async () => {
    const server = serveNewCase();
    const app = await openNewCase();
    const lead = screen.getByRole('group', { name: 'Person 1' });
    await app.user.type(within(lead).getByLabelText('First name'), 'Olena');
    await app.user.type(screen.getByLabelText('Expected stay in months'), '61');
    await app.user.type(screen.getByLabelText('Furthest distance in km'), '1001');
    await app.user.click(screen.getByRole('button', { name: 'Create case' }));

    const stay = screen.getByLabelText('Expected stay in months');
    expect(stay).toHaveAttribute('aria-invalid', 'true');
    expect(stay).toHaveAccessibleDescription(expect.stringContaining('Error: Enter a number of months from 1 to 60.'));
    expect(screen.getByLabelText('Furthest distance in km')).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter a distance from 1 to 1000 km.'),
    );
    expect(within(lead).getByLabelText('First name')).not.toHaveAttribute('aria-invalid', 'true');
    expect(server.requestsTo('POST /api/families')).toHaveLength(0);

    // Corrected, the same form sends.
    await app.user.clear(stay);
    await app.user.type(stay, '60');
    await app.user.clear(screen.getByLabelText('Furthest distance in km'));
    await app.user.click(screen.getByRole('button', { name: 'Create case' }));
    await waitFor(() => expect(server.requestsTo('POST /api/families')).toHaveLength(1));
    const sent = JSON.parse(server.requestsTo('POST /api/families')[0]?.body ?? '{}') as Record<string, unknown>;
    expect(sent).toMatchObject({ expectedStayMonths: 60, maxDistanceKm: null });
  });
});
