import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { csrf, json, mockFetch, problem, users } from '../../../../testing/mock-fetch';
import { renderApp } from '../../../../testing/render-app';
import { offer, offerInArea } from '../../test-data';
import { wholeText } from '../../../../testing/whole-text';

type App = ReturnType<typeof renderApp>;

const leeds = { query: 'LS6 3AB', lat: 53.82, lon: -1.58, label: 'LS6 (Leeds)', precision: 'POSTCODE' };
// Offline, a postcode outside London finds only its area's post town, here ~95 km away.
const shrewsburyArea = { query: 'SY23 3AA', lat: 52.71, lon: -2.75, label: 'SY (Shrewsbury)', precision: 'AREA' };
const aberystwyth = { query: 'Aberystwyth', lat: 52.41, lon: -4.08, label: 'Aberystwyth', precision: 'PLACE' };

const AREA_NOTICE_TITLE = 'We could only find the general area';

/** The notice that the location is only approximate, if it is shown. */
function areaNotice(): HTMLElement | null {
  return screen.queryByText(AREA_NOTICE_TITLE)?.closest<HTMLElement>('[role="status"]') ?? null;
}

function stepHeading(name: string) {
  return screen.findByRole('heading', { level: 2, name });
}

async function next(app: App) {
  await app.user.click(screen.getByRole('button', { name: 'Next' }));
}

async function fillThePlace(app: App, location: { postcode: string } | { place: string } = { postcode: 'ls6 3ab' }) {
  await app.user.click(screen.getByRole('radio', { name: 'A room in your home' }));
  await app.user.type(screen.getByLabelText('A short title'), 'Double room in a quiet house');
  await app.user.type(screen.getByLabelText('Full address'), '14 Ash Road, Leeds');
  if ('postcode' in location) {
    await app.user.type(screen.getByLabelText('Postcode'), location.postcode);
  } else {
    await app.user.click(screen.getByRole('radio', { name: 'By town or village name' }));
    await app.user.type(screen.getByLabelText('Town or village'), location.place);
  }
}

async function fillTheRest(app: App) {
  await stepHeading('Step 2 of 5: The space');
  await app.user.clear(screen.getByLabelText('Bedrooms for guests'));
  await app.user.type(screen.getByLabelText('Bedrooms for guests'), '1');
  await app.user.type(screen.getByLabelText('Most people who can stay'), '2');
  await app.user.click(
    screen.getByRole('radio', { name: 'Partly, for example one step at the door or stairs to the bedroom' }),
  );
  await next(app);

  await stepHeading('Step 3 of 5: Who it suits');
  await app.user.click(screen.getByRole('checkbox', { name: 'Children are welcome' }));
  await app.user.click(screen.getByRole('checkbox', { name: 'LGBTQI+ affirming home' }));
  await next(app);

  await stepHeading('Step 4 of 5: Dates');
  await app.user.type(screen.getByLabelText('Available from'), '2099-12-01');
  await next(app);
  await stepHeading('Step 5 of 5: Check and publish');
}

function hostRoutes(extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    'GET /api/auth/me': () => json(users.host),
    'GET /api/auth/csrf': csrf('t'),
    'GET /api/geo/lookup': () => json(leeds),
    'GET /api/host/offers': () => json([offer]),
    ...extra,
  });
}

describe('Offer a room', () => {
  it('checks each step before Next, and looks the postcode up before leaving the first step', async () => {
    const server = hostRoutes({ 'GET /api/geo/lookup': [() => problem('not-found', 404), () => json(leeds)] });
    const app = renderApp('/host/offers/new');
    await stepHeading('Step 1 of 5: The place');

    await next(app);

    expect(screen.getByRole('heading', { level: 2, name: 'Step 1 of 5: The place' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'What are you offering?' })).toHaveTextContent(
      'Choose one of the options.',
    );
    expect(screen.getByLabelText('A short title')).toHaveAccessibleDescription(
      'Error: This field is required. For example: Double room in a quiet house. Caseworkers see it in their lists.',
    );
    expect(screen.getByLabelText('Postcode')).toHaveAttribute('aria-invalid', 'true');
    expect(server.requestsTo('GET /api/geo/lookup')).toHaveLength(0);

    await fillThePlace(app);
    await next(app);

    // Not found: the host stays on step 1 with the message next to the postcode.
    await waitFor(() =>
      expect(screen.getByLabelText('Postcode')).toHaveAccessibleDescription(
        'Error: We could not find this postcode or place. Check it, or try the nearest town. For example LS6 3AB.',
      ),
    );
    expect(server.requestsTo('GET /api/geo/lookup')[0]?.url).toBe('/api/geo/lookup?q=ls6+3ab');

    await next(app);
    const heading = await stepHeading('Step 2 of 5: The space');
    // Focus moves in an effect after the step has rendered: wait for it, not for the render alone.
    await waitFor(() => expect(heading).toHaveFocus());

    await app.user.clear(screen.getByLabelText('Bedrooms for guests'));
    await app.user.type(screen.getByLabelText('Most people who can stay'), '40');
    await next(app);
    expect(screen.getByLabelText('Bedrooms for guests')).toHaveAccessibleDescription(/This field is required/);
    expect(screen.getByLabelText('Most people who can stay')).toHaveAccessibleDescription(
      /Enter a number of people from 1 to 30/,
    );
    expect(screen.getByRole('group', { name: 'Step-free access' })).toHaveTextContent('Choose one of the options.');

    await app.user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await stepHeading('Step 1 of 5: The place')).toBeInTheDocument();
    expect(screen.getByLabelText('A short title')).toHaveValue('Double room in a quiet house');
  });

  it('refuses a start date in the past and an end before the start', async () => {
    hostRoutes();
    const app = renderApp('/host/offers/new');
    await stepHeading('Step 1 of 5: The place');
    await fillThePlace(app);
    await next(app);
    await stepHeading('Step 2 of 5: The space');
    await app.user.type(screen.getByLabelText('Most people who can stay'), '2');
    await app.user.click(screen.getByRole('radio', { name: 'I am not sure' }));
    await next(app);
    await stepHeading('Step 3 of 5: Who it suits');
    await next(app);
    await stepHeading('Step 4 of 5: Dates');

    await app.user.type(screen.getByLabelText('Available from'), '2020-01-01');
    await app.user.click(screen.getByRole('radio', { name: 'Until a date' }));
    await app.user.type(screen.getByLabelText('Available until'), '2019-06-01');
    await next(app);

    expect(screen.getByLabelText('Available from')).toHaveAccessibleDescription(/Choose today or a later date/);
    expect(screen.getByLabelText('Available until')).toHaveAccessibleDescription(
      /The end date must be after the start date/,
    );
  });

  it('shows every answer for review and publishes the offer as AVAILABLE', async () => {
    const server = hostRoutes({
      'POST /api/host/offers': (request) => json({ ...offer, ...JSON.parse(request.body ?? '{}'), id: 'o-9' }, 201),
    });
    const app = renderApp('/host/offers/new');
    await stepHeading('Step 1 of 5: The place');
    await fillThePlace(app);
    await next(app);
    await fillTheRest(app);

    const review = screen.getByRole('region', { name: 'The place' });
    expect(review).toHaveTextContent('A room in your home');
    expect(review).toHaveTextContent('14 Ash Road, Leeds');
    expect(review).toHaveTextContent('Others see only the area: LS6 (Leeds)');
    const suits = screen.getByRole('region', { name: 'Who it suits' });
    expect(suits).toHaveTextContent('Children are welcomeYes');
    expect(suits).toHaveTextContent('Women only (with their children)No');
    expect(screen.getByRole('region', { name: 'Dates' })).toHaveTextContent('1 Dec 2099');
    expect(screen.getByRole('region', { name: 'Dates' })).toHaveTextContent('As long as needed (no end date)');
    expect(screen.getByRole('region', { name: 'Dates' })).toHaveTextContent('6 months');

    await app.user.click(screen.getByRole('button', { name: 'Publish' }));

    expect(await screen.findByText(wholeText('“Double room in a quiet house” is published.'))).toBeInTheDocument();
    expect(app.location()).toBe('/host/offers');
    expect(JSON.parse(server.requestsTo('POST /api/host/offers')[0]?.body ?? '{}')).toEqual({
      title: 'Double room in a quiet house',
      type: 'ROOM_IN_HOME',
      address: '14 Ash Road, Leeds',
      postcode: 'LS6 3AB',
      place: null,
      bedrooms: 1,
      maxGuests: 2,
      stepFree: 'SOME',
      wheelchairBathroom: false,
      groundFloorBedroom: false,
      petsAllowed: false,
      childrenWelcome: true,
      womenOnly: false,
      lgbtqiAffirming: true,
      smokingAllowed: false,
      availableFrom: '2099-12-01',
      availableUntil: null,
      minimumStayMonths: 6,
      status: 'AVAILABLE',
    });
  });

  it('takes the host back to the first step when the server cannot find the postcode', async () => {
    hostRoutes({
      'POST /api/host/offers': () =>
        problem('validation-failed', 400, {
          errors: [{ field: 'postcode', code: 'location-not-found', message: 'We could not find this postcode.' }],
        }),
    });
    const app = renderApp('/host/offers/new');
    await stepHeading('Step 1 of 5: The place');
    await fillThePlace(app);
    await next(app);
    await fillTheRest(app);

    await app.user.click(screen.getByRole('button', { name: 'Save as draft' }));

    expect(await stepHeading('Step 1 of 5: The place')).toBeInTheDocument();
    expect(screen.getByLabelText('Postcode')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Postcode')).toHaveAccessibleDescription(
      'Error: We could not find this postcode or place. Check it, or try the nearest town. For example LS6 3AB.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Some answers need correcting.');
    expect(app.location()).toBe('/host/offers/new');
    // The error summary has the focus (not the step's heading) and leads to the field.
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'There is a problem' }).closest('.error-summary')).toHaveFocus(),
    );
    await app.user.click(screen.getByRole('link', { name: /^Postcode: / }));
    await waitFor(() => expect(screen.getByLabelText('Postcode')).toHaveFocus());
  });

  it('gives each step its own history entry, and keeps unsaved answers through a reload until saved', async () => {
    hostRoutes({
      'POST /api/host/offers': (request) => json({ ...offer, ...JSON.parse(request.body ?? '{}'), id: 'o-9' }, 201),
    });
    const first = renderApp('/host/offers/new');
    await stepHeading('Step 1 of 5: The place');
    await fillThePlace(first);
    await next(first);
    await stepHeading('Step 2 of 5: The space');
    expect(first.location()).toBe('/host/offers/new?step=space');
    await first.user.type(screen.getByLabelText('Most people who can stay'), '3');

    // The browser's Back: the step before, answers as they were; Forward: this step again.
    await act(() => first.router.navigate(-1));
    const placeHeading = await stepHeading('Step 1 of 5: The place');
    await waitFor(() => expect(placeHeading).toHaveFocus());
    expect(screen.getByLabelText('A short title')).toHaveValue('Double room in a quiet house');
    await act(() => first.router.navigate(1));
    await stepHeading('Step 2 of 5: The space');
    expect(screen.getByLabelText('Most people who can stay')).toHaveValue('3');

    // A reload starts the page again at the same address, from the answers kept for this tab.
    first.unmount();
    const again = renderApp('/host/offers/new?step=space');
    await stepHeading('Step 2 of 5: The space');
    expect(screen.getByText(/Your answers not saved yet are back/)).toBeInTheDocument();
    expect(screen.getByLabelText('Most people who can stay')).toHaveValue('3');
    await again.user.click(
      screen.getByRole('radio', { name: 'Partly, for example one step at the door or stairs to the bedroom' }),
    );
    await next(again);
    await next(again);
    await stepHeading('Step 4 of 5: Dates');
    await again.user.type(screen.getByLabelText('Available from'), '2099-12-01');
    await next(again);
    // The location looked up before the reload is still known: the review names its area.
    await stepHeading('Step 5 of 5: Check and publish');
    expect(screen.getByRole('region', { name: 'The place' })).toHaveTextContent(
      'Others see only the area: LS6 (Leeds)',
    );
    await again.user.click(screen.getByRole('button', { name: 'Publish' }));

    expect(await screen.findByText(wholeText('“Double room in a quiet house” is published.'))).toBeInTheDocument();
    expect(sessionStorage.getItem('haven.draft.offer.new')).toBeNull();
  });

  it('forgets the unsaved answers when the host discards them', async () => {
    hostRoutes();
    const app = renderApp('/host/offers/new');
    await stepHeading('Step 1 of 5: The place');
    await app.user.type(screen.getByLabelText('A short title'), 'Attic room');
    expect(sessionStorage.getItem('haven.draft.offer.new')).toContain('Attic room');

    await app.user.click(screen.getByRole('button', { name: 'Discard this offer and go back to my offers' }));

    await waitFor(() => expect(app.location()).toBe('/host/offers'));
    expect(sessionStorage.getItem('haven.draft.offer.new')).toBeNull();
  });

  it('says when a postcode finds only the rough area, and one click asks for the town instead', async () => {
    const server = hostRoutes({ 'GET /api/geo/lookup': [() => json(shrewsburyArea), () => json(aberystwyth)] });
    const app = renderApp('/host/offers/new');
    await stepHeading('Step 1 of 5: The place');
    await fillThePlace(app, { postcode: 'SY23 3AA' });

    await next(app);

    // Not an error: the host stays on step 1 to read the notice, which takes the focus.
    await waitFor(() => expect(areaNotice()).toHaveFocus());
    const notice = areaNotice()!;
    expect(notice).toHaveTextContent(
      'What you typed shows only roughly where your home is: near SY (Shrewsbury). That may be far from where you live.',
    );
    expect(notice).toHaveTextContent('You can also keep what you typed and press Next.');
    expect(screen.getByRole('heading', { level: 2, name: 'Step 1 of 5: The place' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Postcode')).not.toHaveAttribute('aria-invalid', 'true');

    await app.user.click(within(notice).getByRole('button', { name: 'Type my town or village instead' }));

    expect(screen.getByRole('radio', { name: 'By town or village name' })).toBeChecked();
    await waitFor(() => expect(screen.getByLabelText('Town or village')).toHaveFocus());
    expect(areaNotice()).not.toBeInTheDocument();

    await app.user.type(screen.getByLabelText('Town or village'), 'Aberystwyth');
    await next(app);

    // A place is found precisely enough: straight on, no notice.
    await stepHeading('Step 2 of 5: The space');
    expect(server.requestsTo('GET /api/geo/lookup').map((request) => request.url)).toEqual([
      '/api/geo/lookup?q=SY23+3AA',
      '/api/geo/lookup?q=Aberystwyth',
    ]);
    await app.user.click(screen.getByRole('button', { name: 'Back' }));
    await stepHeading('Step 1 of 5: The place');
    expect(areaNotice()).not.toBeInTheDocument();
  });

  it('lets the host go on with a postcode that finds only the rough area, marked approximate', async () => {
    const server = hostRoutes({
      'GET /api/geo/lookup': () => json(shrewsburyArea),
      'POST /api/host/offers': (request) => json({ ...offer, ...JSON.parse(request.body ?? '{}'), id: 'o-9' }, 201),
    });
    const app = renderApp('/host/offers/new');
    await stepHeading('Step 1 of 5: The place');
    await fillThePlace(app, { postcode: 'SY23 3AA' });
    await next(app);
    await waitFor(() => expect(areaNotice()).toBeInTheDocument());

    // Next again keeps the postcode; it is not looked up a second time.
    await next(app);
    await fillTheRest(app);
    expect(server.requestsTo('GET /api/geo/lookup')).toHaveLength(1);

    expect(screen.getByRole('region', { name: 'The place' })).toHaveTextContent(
      'Others see only the area: SY (Shrewsbury) (approximate)',
    );

    await app.user.click(screen.getByRole('button', { name: 'Publish' }));

    expect(await screen.findByText(wholeText('“Double room in a quiet house” is published.'))).toBeInTheDocument();
    expect(JSON.parse(server.requestsTo('POST /api/host/offers')[0]?.body ?? '{}')).toMatchObject({
      postcode: 'SY23 3AA',
      place: null,
    });
  });

  it.each([
    {
      kind: 'a London postcode district',
      typed: { postcode: 'E1 6AN' },
      found: { query: 'E1 6AN', lat: 51.52, lon: -0.06, label: 'E1 (London)', precision: 'DISTRICT' },
    },
    {
      kind: 'a place name',
      typed: { place: 'Leeds' },
      found: { query: 'Leeds', lat: 53.8, lon: -1.55, label: 'Leeds', precision: 'PLACE' },
    },
  ])('does not call $kind approximate, and Next goes straight on', async ({ typed, found }) => {
    hostRoutes({ 'GET /api/geo/lookup': () => json(found) });
    const app = renderApp('/host/offers/new');
    await stepHeading('Step 1 of 5: The place');
    await fillThePlace(app, typed);

    await next(app);

    await fillTheRest(app);
    expect(areaNotice()).not.toBeInTheDocument();
    const review = screen.getByRole('region', { name: 'The place' });
    expect(review).toHaveTextContent(`Others see only the area: ${found.label}`);
    expect(review).not.toHaveTextContent('approximate');
  });

  it('edits an offer: the form starts filled in, and Save as draft sends a PUT with DRAFT', async () => {
    const server = hostRoutes({
      'GET /api/host/offers/o-1': () => json(offer),
      'PUT /api/host/offers/o-1': (request) => json({ ...offer, ...JSON.parse(request.body ?? '{}') }),
    });
    const app = renderApp('/host/offers/o-1/edit');
    await screen.findByRole('heading', { level: 1, name: 'Change your offer' });
    await stepHeading('Step 1 of 5: The place');
    expect(screen.getByRole('radio', { name: 'A room in your home' })).toBeChecked();
    expect(screen.getByLabelText('Postcode')).toHaveValue('LS6 3AB');

    await app.user.clear(screen.getByLabelText('A short title'));
    await app.user.type(screen.getByLabelText('A short title'), 'Sunny double room');
    for (const step of ['Step 2 of 5: The space', 'Step 3 of 5: Who it suits', 'Step 4 of 5: Dates']) {
      await next(app);
      await stepHeading(step);
    }
    expect(screen.getByLabelText('Available from')).toHaveValue('2099-12-01');
    await next(app);
    await stepHeading('Step 5 of 5: Check and publish');
    await app.user.click(screen.getByRole('button', { name: 'Save as draft' }));

    expect(
      await screen.findByText(wholeText('“Sunny double room” is saved as a draft. Publish it when you are ready.')),
    ).toBeInTheDocument();
    const body: unknown = JSON.parse(server.requestsTo('PUT /api/host/offers/o-1')[0]?.body ?? '{}');
    expect(body).toMatchObject({
      title: 'Sunny double room',
      status: 'DRAFT',
      postcode: 'LS6 3AB',
      minimumStayMonths: 6,
    });
    // The postcode was found before; it is not looked up again.
    expect(server.requestsTo('GET /api/geo/lookup')).toHaveLength(0);
  });

  it('starts a saved offer from its stored area: approximate on review, with no notice until the host looks again', async () => {
    const server = hostRoutes({
      'GET /api/host/offers/o-4': () => json(offerInArea),
      'GET /api/geo/lookup': () => json({ ...shrewsburyArea, query: 'SY23 3AB' }),
    });
    const app = renderApp('/host/offers/o-4/edit');
    await stepHeading('Step 1 of 5: The place');

    // The host kept this postcode when the offer was saved: no notice, Next goes straight on.
    expect(areaNotice()).not.toBeInTheDocument();
    for (const step of ['Step 2 of 5: The space', 'Step 3 of 5: Who it suits', 'Step 4 of 5: Dates']) {
      await next(app);
      await stepHeading(step);
    }
    await next(app);
    await stepHeading('Step 5 of 5: Check and publish');
    expect(screen.getByRole('region', { name: 'The place' })).toHaveTextContent(
      'Others see only the area: SY (Shrewsbury) (approximate)',
    );
    expect(server.requestsTo('GET /api/geo/lookup')).toHaveLength(0);

    // A changed postcode is looked up again, and found only roughly again: now the notice shows.
    await app.user.click(screen.getByRole('button', { name: 'Change The place' }));
    await stepHeading('Step 1 of 5: The place');
    await app.user.clear(screen.getByLabelText('Postcode'));
    await app.user.type(screen.getByLabelText('Postcode'), 'SY23 3AB');
    await next(app);

    await waitFor(() => expect(areaNotice()).toHaveFocus());
    expect(server.requestsTo('GET /api/geo/lookup').map((request) => request.url)).toEqual([
      '/api/geo/lookup?q=SY23+3AB',
    ]);
  });

  it.each([
    { kind: 'a precise area', precision: 'DISTRICT' },
    { kind: 'an area saved before its precision was recorded', precision: null },
  ])('does not call $kind of a saved offer approximate', async ({ precision }) => {
    hostRoutes({ 'GET /api/host/offers/o-1': () => json({ ...offer, locationPrecision: precision }) });
    const app = renderApp('/host/offers/o-1/edit');
    await stepHeading('Step 1 of 5: The place');

    // Each step renders after its checks settle: a click before that would land on the old step.
    for (const step of ['Step 2 of 5: The space', 'Step 3 of 5: Who it suits', 'Step 4 of 5: Dates']) {
      await next(app);
      await stepHeading(step);
    }
    await next(app);
    await stepHeading('Step 5 of 5: Check and publish');
    const review = screen.getByRole('region', { name: 'The place' });
    expect(review).toHaveTextContent('Others see only the area: LS6 (Leeds)');
    expect(review).not.toHaveTextContent('approximate');
  });

  it('does not offer to change a withdrawn offer', async () => {
    hostRoutes({ 'GET /api/host/offers/o-1': () => json({ ...offer, status: 'WITHDRAWN' }) });
    renderApp('/host/offers/o-1/edit');

    expect(await screen.findByText('This offer has been withdrawn and cannot be changed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Back to my offers' })).toHaveAttribute(
      'href',
      '/host/offers',
    );
  });
});
