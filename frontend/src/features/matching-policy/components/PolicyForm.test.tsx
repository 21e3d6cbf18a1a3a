import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { csrf, json, mockFetch, problem, users } from '../../../testing/mock-fetch';
import { renderApp } from '../../../testing/render-app';
import { changedFields, defaultDraft, draftOf, readDraft } from '../policy-form';
import type { MatchingPolicy } from '../types';

const policy: MatchingPolicy = {
  arrivalWindowDays: 14,
  minimumStayMonths: 6,
  urgencyWeights: { CRITICAL: 4, HIGH: 2, NORMAL: 1 },
  weights: {
    distance: 1,
    spareBeds: 10,
    noSharedLanguage: 30,
    shortStay: 5,
    waitForRoom: 1,
    linkedApart: 5,
    keepProposal: 50,
  },
};

function servePolicy(put?: () => Response) {
  return mockFetch({
    'GET /api/auth/me': () => json(users.admin),
    'GET /api/auth/csrf': csrf('t'),
    'GET /api/admin/matching-policy': () => json(policy),
    ...(put ? { 'PUT /api/admin/matching-policy': put } : {}),
  });
}

async function openPolicy() {
  const app = renderApp('/admin/matching-policy');
  await screen.findByRole('heading', { level: 1, name: 'Matching policy' });
  await screen.findByLabelText('No shared language (S3)');
  return app;
}

async function retype(app: ReturnType<typeof renderApp>, label: string, value: string) {
  const input = screen.getByLabelText(label);
  await app.user.clear(input);
  if (value) await app.user.type(input, value);
}

describe('matching policy page', () => {
  it('shows every setting with its value, what it does and its range', async () => {
    servePolicy();
    await openPolicy();

    expect(screen.getByRole('group', { name: 'Dates' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Urgency' })).toBeInTheDocument();
    const preferences = screen.getByRole('group', { name: 'Preferences' });
    expect(
      within(preferences)
        .getAllByRole('textbox')
        .map((input) => (input as HTMLInputElement).value),
    ).toEqual(['1', '10', '30', '5', '1', '5', '50']);
    expect(screen.getByLabelText('Distance (S1)')).toHaveAccessibleDescription(
      'S1: points per km from the family’s preferred area to the offer (none when the family gave no area). From 0 to 1,000. Haven’s default: 1.',
    );
    expect(screen.getByLabelText('Arrival window (days)')).toHaveValue('14');
    expect(screen.getByLabelText('Arrival window (days)')).toHaveAccessibleDescription(
      /From 0 to 90\. Haven’s default: 14\.$/,
    );
    expect(screen.getByLabelText('Weight of critical urgency')).toHaveValue('4');
    expect(screen.getByLabelText('Weight of critical urgency')).toHaveAccessibleDescription(/From 1 to 100\./);
  });

  it('saves the whole policy with the changed weight and says the next run uses it', async () => {
    const server = servePolicy(() => json({ ...policy, weights: { ...policy.weights, noSharedLanguage: 45 } }));
    const app = await openPolicy();

    await retype(app, 'No shared language (S3)', '45');
    await app.user.click(screen.getByRole('button', { name: 'Save the policy' }));

    const saved = await screen.findByRole('status');
    expect(saved).toHaveTextContent('Policy saved');
    expect(saved).toHaveTextContent('The next matching run uses these settings.');
    expect(within(saved).getByRole('link', { name: 'See the change in the audit log' })).toHaveAttribute(
      'href',
      '/admin/audit?action=MATCHING_POLICY_CHANGED',
    );
    const sent = server.requestsTo('PUT /api/admin/matching-policy');
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!.body!)).toEqual({ ...policy, weights: { ...policy.weights, noSharedLanguage: 45 } });
    expect(sent[0]!.headers.get('X-XSRF-TOKEN')).toBe('t');
  });

  it('checks each value against its range before sending, in the reader’s words', async () => {
    const server = servePolicy(() => json(policy));
    const app = await openPolicy();

    await retype(app, 'No shared language (S3)', '1001');
    await retype(app, 'Weight of high urgency', '0');
    await retype(app, 'Minimum stay (months)', '');
    await retype(app, 'Arrival window (days)', '2.5');
    await app.user.click(screen.getByRole('button', { name: 'Save the policy' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Some answers need correcting.');
    expect(screen.getByLabelText('No shared language (S3)')).toHaveAccessibleDescription(
      /^Error: Enter a whole number from 0 to 1,000\./,
    );
    expect(screen.getByLabelText('Weight of high urgency')).toHaveAccessibleDescription(
      /^Error: Enter a whole number from 1 to 100\./,
    );
    expect(screen.getByLabelText('Minimum stay (months)')).toHaveAccessibleDescription(
      /^Error: This field is required\./,
    );
    expect(screen.getByLabelText('Arrival window (days)')).toHaveAccessibleDescription(
      /^Error: Enter a whole number from 0 to 90\./,
    );
    expect(screen.getByLabelText('Arrival window (days)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Distance (S1)')).not.toHaveAttribute('aria-invalid');
    expect(server.requestsTo('PUT /api/admin/matching-policy')).toHaveLength(0);
  });

  it('shows the server’s field errors next to their fields, the urgency weights included', async () => {
    servePolicy(() =>
      problem('validation-failed', 400, {
        errors: [
          { field: 'weights.noSharedLanguage', code: 'out-of-range', message: 'must be less than or equal to 1000' },
          { field: 'urgencyWeights.critical', code: 'required', message: 'must not be null' },
        ],
      }),
    );
    const app = await openPolicy();

    await retype(app, 'No shared language (S3)', '40');
    await app.user.click(screen.getByRole('button', { name: 'Save the policy' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Some answers need correcting.');
    expect(screen.getByLabelText('No shared language (S3)')).toHaveAccessibleDescription(
      /^Error: This number is outside the allowed range\./,
    );
    expect(screen.getByLabelText('Weight of critical urgency')).toHaveAccessibleDescription(
      /^Error: This field is required\./,
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('sends nothing when nothing changed, and reads Persian digits', async () => {
    const server = servePolicy(() => json({ ...policy, arrivalWindowDays: 21 }));
    const app = await openPolicy();

    await app.user.click(screen.getByRole('button', { name: 'Save the policy' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Nothing to save: these settings are already in use.');
    expect(server.requestsTo('PUT /api/admin/matching-policy')).toHaveLength(0);

    await retype(app, 'Arrival window (days)', '۲۱');
    await app.user.click(screen.getByRole('button', { name: 'Save the policy' }));
    await screen.findByText('Policy saved');
    expect(JSON.parse(server.requestsTo('PUT /api/admin/matching-policy')[0]!.body!)).toMatchObject({
      arrivalWindowDays: 21,
    });
    expect(screen.getByLabelText('Arrival window (days)')).toHaveValue('21');
  });

  it("fills in Haven's defaults without saving them", async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => json(users.admin),
      'GET /api/admin/matching-policy': () =>
        json({ ...policy, arrivalWindowDays: 30, weights: { ...policy.weights, distance: 3 } }),
    });
    const app = renderApp('/admin/matching-policy');
    expect(await screen.findByLabelText('Arrival window (days)')).toHaveValue('30');

    await app.user.click(screen.getByRole('button', { name: 'Fill in Haven’s defaults' }));

    expect(screen.getByRole('status')).toHaveTextContent(
      'Haven’s defaults are filled in. Save the policy to use them.',
    );
    expect(screen.getByLabelText('Arrival window (days)')).toHaveValue('14');
    expect(screen.getByLabelText('Distance (S1)')).toHaveValue('1');
    expect(server.requests.filter((request) => request.method === 'PUT')).toHaveLength(0);
  });

  it('says so when the policy cannot be loaded, and tries again', async () => {
    mockFetch({
      'GET /api/auth/me': () => json(users.admin),
      'GET /api/admin/matching-policy': [() => problem('unexpected', 500), () => json(policy)],
    });
    const app = renderApp('/admin/matching-policy');

    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side.');
    await app.user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByLabelText('Arrival window (days)')).toHaveValue('14'));
  });
});

describe('the policy draft', () => {
  it('turns typed text into the policy object and names what changed', () => {
    const draft = { ...draftOf(policy), 'urgencyWeights.CRITICAL': ' 6 ', 'weights.linkedApart': '0' };
    const read = readDraft(draft);

    expect(read.problems).toBeNull();
    expect(read.policy).toEqual({
      ...policy,
      urgencyWeights: { ...policy.urgencyWeights, CRITICAL: 6 },
      weights: { ...policy.weights, linkedApart: 0 },
    });
    expect(changedFields(policy, read.policy!)).toEqual(['urgencyWeights.CRITICAL', 'weights.linkedApart']);
  });

  it('keeps to the ranges of the API at both ends', () => {
    const at = (name: keyof ReturnType<typeof defaultDraft>, value: string) =>
      readDraft({ ...defaultDraft(), [name]: value }).problems?.[name];

    expect(at('arrivalWindowDays', '90')).toBeUndefined();
    expect(at('arrivalWindowDays', '91')).toBe('range');
    expect(at('minimumStayMonths', '24')).toBeUndefined();
    expect(at('minimumStayMonths', '25')).toBe('range');
    expect(at('urgencyWeights.NORMAL', '1')).toBeUndefined();
    expect(at('urgencyWeights.NORMAL', '0')).toBe('range');
    expect(at('urgencyWeights.NORMAL', '101')).toBe('range');
    expect(at('weights.waitForRoom', '0')).toBeUndefined();
    expect(at('weights.waitForRoom', '1000')).toBeUndefined();
    expect(at('weights.waitForRoom', '1001')).toBe('range');
    expect(at('weights.waitForRoom', '-1')).toBe('range');
    expect(at('weights.waitForRoom', '')).toBe('required');
  });

  it("Haven's defaults are the matching page's", () => {
    expect(readDraft(defaultDraft()).policy).toEqual(policy);
  });
});
