import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../../../lib/i18n';
import { anonymous, csrf, json, mockFetch, noContent, problem } from '../../../../testing/mock-fetch';
import { renderApp } from '../../../../testing/render-app';
import { intakeForm } from '../../test-data';

const TOKEN = 'A'.repeat(43);
const PATH = `/api/intake/${TOKEN}`;

async function openForm() {
  const app = renderApp(`/intake/${TOKEN}`);
  await screen.findByRole('heading', { level: 1, name: 'Tell us about your family' });
  return app;
}

function step(name: string) {
  return screen.findByRole('heading', { level: 2, name: new RegExp(`${name}$`) });
}

describe('the family’s intake form', () => {
  it('walks through one topic per step, saves for later with PUT, and sends after a review', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => anonymous(),
      'GET /api/auth/csrf': csrf('t'),
      [`GET ${PATH}`]: () => json(intakeForm),
      [`PUT ${PATH}`]: (request) => json({ ...intakeForm, ...JSON.parse(request.body ?? '{}') }),
      [`POST ${PATH}/submit`]: () => noContent(),
    });
    const app = await openForm();
    expect(screen.queryByRole('link', { name: 'Offer a room' })).not.toBeInTheDocument();

    // The people: the lead's name is there already.
    const me = screen.getByRole('group', { name: 'Person 1' });
    expect(within(me).getByLabelText('First name')).toHaveValue('Amina');
    expect(within(me).getByLabelText('Who is this to you?')).toHaveValue('LEAD');
    await app.user.click(screen.getByRole('button', { name: 'Next' }));
    // Age and sex are needed before going on.
    expect(within(me).getByLabelText('Age in years')).toHaveAccessibleDescription('Error: This field is required.');
    expect(within(me).getByLabelText('Sex')).toHaveAccessibleDescription('Error: Choose one of the options.');
    await app.user.type(within(me).getByLabelText('Age in years'), '34');
    await app.user.selectOptions(within(me).getByLabelText('Sex'), 'Female');
    await app.user.click(screen.getByRole('button', { name: 'Add a person' }));
    const child = screen.getByRole('group', { name: 'Person 2' });
    await app.user.type(within(child).getByLabelText('First name'), 'Omid');
    await app.user.type(within(child).getByLabelText('Age in years'), '7');
    await app.user.selectOptions(within(child).getByLabelText('Sex'), 'Male');
    await app.user.selectOptions(within(child).getByLabelText('Who is this to you?'), 'My child');
    await app.user.click(screen.getByRole('button', { name: 'Next' }));

    await step('Languages');
    await app.user.selectOptions(screen.getByLabelText('Add a language'), 'Persian (Dari)');
    await app.user.click(screen.getByRole('button', { name: 'Add' }));
    await app.user.click(screen.getByRole('button', { name: 'Next' }));

    await step('Your needs');
    expect(
      screen.getByRole('checkbox', { name: 'We need a home that welcomes LGBTQI+ people' }),
    ).toHaveAccessibleDescription(expect.stringContaining('only your caseworker sees it'));
    await app.user.click(screen.getByRole('checkbox', { name: 'Someone in the family is allergic to animals' }));
    await app.user.click(screen.getByRole('button', { name: 'Next' }));

    await step('Where');
    await app.user.type(screen.getByLabelText('Where would you like to live?'), 'Leeds');
    await app.user.type(screen.getByLabelText('Why there?'), 'My sister lives there');
    await app.user.click(screen.getByRole('button', { name: 'Next' }));

    await step('When');
    await app.user.type(screen.getByLabelText('From which day do you need a home?'), '2099-12-01');
    await app.user.type(screen.getByLabelText('For about how many months?'), '6');
    // Save now and finish later.
    await app.user.click(screen.getByRole('button', { name: 'Save and continue later' }));
    expect(await screen.findByText(/Your answers are saved\. You can close this page/)).toBeInTheDocument();
    const saved = {
      members: [
        { firstName: 'Amina', age: 34, sex: 'F', relationship: 'LEAD', wheelchairUser: false },
        { firstName: 'Omid', age: 7, sex: 'M', relationship: 'CHILD', wheelchairUser: false },
      ],
      languages: ['fa'],
      needsStepFree: false,
      needsGroundFloorBedroom: false,
      hasPets: false,
      petAllergy: true,
      smoker: false,
      needsLgbtqiAffirming: false,
      preferredPostcode: null,
      preferredPlace: 'Leeds',
      locationTies: 'My sister lives there',
      neededFrom: '2099-12-01',
      expectedStayMonths: 6,
      contactPhone: null,
      contactEmail: null,
    };
    expect(JSON.parse(server.requestsTo(`PUT ${PATH}`)[0]?.body ?? '{}')).toEqual(saved);
    await app.user.click(screen.getByRole('button', { name: 'Next' }));

    await step('How to reach you');
    await app.user.type(screen.getByLabelText('Your phone number'), '07700 900123');
    await app.user.click(screen.getByRole('button', { name: 'Next' }));

    await step('Check and send');
    expect(screen.getByRole('region', { name: 'Your family' })).toHaveTextContent('Omid — My child, 7 years, Male');
    expect(screen.getByRole('region', { name: 'Where' })).toHaveTextContent('Leeds');
    expect(server.requestsTo(`POST ${PATH}/submit`)).toHaveLength(0);
    await app.user.click(screen.getByRole('button', { name: 'Send to my caseworker' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Thank you' })).toBeInTheDocument();
    expect(screen.getByText('Your answers have been sent to your caseworker.')).toBeInTheDocument();
    expect(JSON.parse(server.requestsTo(`PUT ${PATH}`)[1]?.body ?? '{}')).toEqual({
      ...saved,
      contactPhone: '07700 900123',
    });
    expect(server.requestsTo(`POST ${PATH}/submit`)).toHaveLength(1);
  });

  it('takes the family back to the step of a refused answer and shows it next to the field', async () => {
    mockFetch({
      'GET /api/auth/me': () => anonymous(),
      'GET /api/auth/csrf': csrf('t'),
      [`GET ${PATH}`]: () =>
        json({ ...intakeForm, members: [{ ...intakeForm.members[0]!, age: 34, sex: 'F' }], languages: ['fa'] }),
      [`PUT ${PATH}`]: () =>
        problem('validation-failed', 400, {
          errors: [{ field: 'members[0].age', code: 'out-of-range', message: 'must be less than or equal to 120' }],
        }),
    });
    const app = await openForm();
    await app.user.click(screen.getByRole('button', { name: 'Next' }));
    await step('Languages');
    await app.user.click(screen.getByRole('button', { name: 'Save and continue later' }));

    await step('Your family');
    const age = within(screen.getByRole('group', { name: 'Person 1' })).getByLabelText('Age in years');
    await waitFor(() => expect(age).toHaveAccessibleDescription('Error: This number is outside the allowed range.'));
  });

  it('shows a clear page, in the chosen language, for a link already used', async () => {
    await changeLanguage('fa-AF');
    mockFetch({
      'GET /api/auth/me': () => anonymous(),
      [`GET ${PATH}`]: () => problem('intake-link-used', 410, { detail: 'This form has already been sent.' }),
    });
    renderApp(`/intake/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'این لینک قبلاً استفاده شده است' })).toBeInTheDocument();
    expect(screen.getByText(/از مددکار خود یک لینک تازه بخواهید/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a clear page for an expired link, and for an unknown one', async () => {
    mockFetch({
      'GET /api/auth/me': () => anonymous(),
      [`GET ${PATH}`]: () => problem('intake-link-expired', 410),
      [`GET /api/intake/${'B'.repeat(43)}`]: () => problem('not-found', 404),
    });
    const app = renderApp(`/intake/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This link has expired' })).toBeInTheDocument();
    expect(
      screen.getByText('If you need to change or add something, ask your caseworker for a new link.'),
    ).toBeInTheDocument();

    await app.router.navigate(`/intake/${'B'.repeat(43)}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This link does not work' })).toBeInTheDocument();
  });

  it('shows the used-link page when the link stops working while the family is sending', async () => {
    mockFetch({
      'GET /api/auth/me': () => anonymous(),
      'GET /api/auth/csrf': csrf('t'),
      [`GET ${PATH}`]: () => json({ ...intakeForm, members: [{ ...intakeForm.members[0]!, age: 34, sex: 'F' }] }),
      [`PUT ${PATH}`]: () => problem('intake-link-used', 410),
    });
    const app = await openForm();
    await app.user.click(screen.getByRole('button', { name: 'Save and continue later' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link has already been used' }),
    ).toBeInTheDocument();
  });
});
