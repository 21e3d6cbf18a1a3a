import type { Page } from '@playwright/test';
import { csrfHeaders, expectNoHorizontalScroll, logIn, logOut } from './support/actions';
import { DEMO_ACCOUNTS, demoPassword, expect, expectAccessible, test } from './support/fixtures';

/** Approved demo hosts with an offer each, who share the demo password. */
const DEMO_HOSTS = ['host.leeds@haven.example', 'host.bristol@haven.example', 'host.cardiff@haven.example'];

type MapOffer = { id: string; title: string; status: string; hostId: string };
type FamilySummary = { id: string; reference: string };
type Proposal = { id: string; familyId: string };

/**
 * Proposes by hand, as a signed-in caseworker, a READY demo family for an available offer of an
 * approved demo host. The server refuses (409, `brokenRules`) a pair that breaks a hard rule other
 * than H10–H12, so this tries the pairs in turn until one is accepted.
 */
async function proposeFeasiblePair(page: Page): Promise<{ proposal: Proposal; hostEmail: string; offerTitle: string }> {
  const map = (await (await page.request.get('/api/map?zoom=22')).json()) as { offers: MapOffer[] };
  const offers: { offer: MapOffer; hostEmail: string }[] = [];
  for (const hostEmail of DEMO_HOSTS) {
    const hosts = (await (await page.request.get(`/api/hosts?q=${encodeURIComponent(hostEmail)}`)).json()) as {
      items: { id: string; email: string }[];
    };
    const hostId = hosts.items.find((host) => host.email === hostEmail)?.id;
    for (const offer of map.offers) {
      if (offer.hostId === hostId && offer.status === 'AVAILABLE') offers.push({ offer, hostEmail });
    }
  }
  expect(offers.length, 'an available offer of an approved demo host').toBeGreaterThan(0);
  const families = (await (await page.request.get('/api/families?status=READY&size=100')).json()) as {
    items: FamilySummary[];
  };
  expect(families.items.length, 'READY demo families').toBeGreaterThan(0);
  const headers = await csrfHeaders(page.request);
  for (const { offer, hostEmail } of offers) {
    for (const family of families.items) {
      const response = await page.request.post('/api/matching/proposals', {
        headers,
        data: { familyId: family.id, offerId: offer.id },
      });
      if (response.status() === 201) {
        return { proposal: (await response.json()) as Proposal, hostEmail, offerTitle: offer.title };
      }
      expect(response.status(), await response.text()).toBe(409);
    }
  }
  throw new Error('No READY demo family fits an available demo offer');
}

async function firstNamesOf(page: Page, familyId: string): Promise<string[]> {
  const family = (await (await page.request.get(`/api/families/${familyId}`)).json()) as {
    members: { firstName: string }[];
  };
  return family.members.map((member) => member.firstName).filter((name) => name.trim().length > 1);
}

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

async function openNotification(page: Page, text: string) {
  // On a phone the header's tools are behind the Menu button (which shows the unread count).
  const menu = page.getByRole('button', { name: /^Menu/ });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('link', { name: /^Notifications \(\d+ unread\)$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: text }).first().click();
}

test('a caseworker approves a proposal, the host accepts, and the placement runs to its end and a rematch', async ({
  page,
}) => {
  test.setTimeout(240_000);

  // ---- The caseworker's home is the dashboard; a pair is proposed by hand and approved ------------
  await logIn(page, DEMO_ACCOUNTS.caseworker.email, demoPassword());
  await expect(page).toHaveURL(/\/caseworker$/);
  await expect(page.getByRole('region', { name: 'Families waiting for a home' })).toContainText(
    /families? (is|are) ready and waiting/,
  );
  await expect(page.getByRole('region', { name: 'Placements by status' })).toBeVisible();
  await expectAccessible(page);

  const { proposal, hostEmail, offerTitle } = await proposeFeasiblePair(page);
  const firstNames = await firstNamesOf(page, proposal.familyId);

  await page.goto(`/caseworker/proposals/${proposal.id}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Proposal: / })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Each rule as checked for this pair' })).toContainText('H1');
  await expectAccessible(page);
  const decision = page.getByRole('region', { name: 'Your decision' });
  if (await decision.getByText('Needs an override').isVisible()) {
    await decision.getByLabel('Why this home is right for this family all the same').fill('Checked with the family.');
    await decision.getByRole('button', { name: 'Approve with an override' }).click();
  } else {
    await decision.getByRole('button', { name: 'Approve' }).click();
  }
  await expect(page).toHaveURL(/\/caseworker\/placements\/[0-9a-f-]{36}$/);
  const placementUrl = new URL(page.url()).pathname;
  const placementId = placementUrl.split('/').pop()!;
  await expect(page.getByRole('status').filter({ hasText: 'Approved. The host has been asked' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Where it stands' })).toContainText('Waiting for the host’s answer');
  await expectAccessible(page);
  await logOut(page);

  // ---- The host is told, sees only the minimal summary, and accepts (on a phone) ------------------
  await page.setViewportSize({ width: 360, height: 740 });
  await logIn(page, hostEmail, demoPassword());
  await expect(page).toHaveURL(/\/host$/);
  await expect(page.getByRole('region', { name: /proposed to you$/ })).toContainText('Please answer by');
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);

  await openNotification(page, 'A family has been proposed for your offer: please answer');
  await expect(page).toHaveURL(new RegExp(`/host/placements/${placementId}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Families proposed to you' })).toBeVisible();
  const offered = page.getByRole('listitem', { name: offerTitle });
  const summary = offered.getByRole('region', { name: 'About the family' });
  await expect(summary).toContainText('Household');
  await expect(summary).toContainText('Needs a home from');
  const mainText = await page.getByRole('main').innerText();
  for (const name of firstNames) {
    expect(mainText, `the host's page names a family member (${name})`).not.toMatch(new RegExp(`\\b${name}\\b`));
  }
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);

  await offered.getByRole('button', { name: 'Accept' }).click();
  await expect(offered.getByRole('status')).toContainText('You accepted');
  await expect(offered).toContainText('A caseworker is asking the family whether they agree.');
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await logOut(page);

  // ---- The caseworker confirms, records the move-in and a check-in, and ends it -------------------
  await logIn(page, DEMO_ACCOUNTS.caseworker.email, demoPassword());
  await expect(page).toHaveURL(/\/caseworker$/);
  await openNotification(page, 'A host accepted: ask the family to confirm');
  await expect(page).toHaveURL(new RegExp(`${placementUrl}$`));
  const actions = page.getByRole('region', { name: 'What to do next' });
  await expect(page.getByRole('region', { name: 'Where it stands' })).toContainText('Host accepted');
  await expectAccessible(page);

  await actions.getByRole('button', { name: 'The family agrees: confirm' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Confirmed.' })).toBeVisible();
  await actions.getByRole('button', { name: 'Record the move-in' }).click(); // today, as filled in
  await expect(page.getByRole('status').filter({ hasText: 'Move-in recorded.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Where it stands' })).toContainText('Next check-in due');
  await expectAccessible(page);

  await actions.getByRole('radio', { name: 'Going well' }).check();
  await actions.getByLabel('Notes on the check-in (optional)').fill('Settling in; school place found.');
  await actions.getByRole('button', { name: 'Record the check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in recorded.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What has happened' })).toContainText('Check-in: Going well');
  await expectAccessible(page);

  await actions.getByRole('button', { name: 'End this placement…' }).click();
  await actions.getByRole('radio', { name: 'Planned end' }).check();
  await actions.getByLabel('Notes on the end (optional)').fill('The family moves nearer to relatives.');
  await expect(actions.getByRole('checkbox', { name: 'Send the family back to matching' })).toBeChecked();
  await expectAccessible(page);
  await actions.getByRole('button', { name: 'End the placement' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'the family is back in matching' })).toBeVisible();
  const timeline = page.getByRole('region', { name: 'What has happened' });
  await expect(timeline).toContainText('Ended: Planned end');
  await expect(timeline).toContainText('The family went back to matching.');
  await expect(page.getByRole('region', { name: 'Where it stands' })).toContainText('Ended');
  await expectAccessible(page);

  // The family waits for a new match.
  await page.getByRole('region', { name: 'Where it stands' }).getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/caseworker/families/${proposal.familyId}$`));
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('Now: To match again');
  await expectAccessible(page);

  // The placements list has it, filtered by status.
  await mainNav(page).getByRole('link', { name: 'Placements' }).click();
  // The family page has a "Status" region too: wait for the list before choosing its status.
  await expect(page.getByRole('heading', { level: 1, name: 'Placements' })).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'Ended' });
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/status=ENDED/);
  await expect(page.locator(`a[href="${placementUrl}"]`)).toBeVisible();
  await expectAccessible(page);

  // On a phone, in Dari too, the placement and the dashboard fit the width.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(placementUrl);
  await expect(page.getByRole('region', { name: 'What has happened' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.getByLabel('Language').selectOption('fa-AF');
  await expect(page.locator('html[dir=rtl]')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'آنچه پیش آمده' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  await page.goto('/caseworker');
  await expect(page.getByRole('heading', { level: 2, name: 'بیشترین انتظار' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
});

test('the map draws offers and families as vector marks without tiles, with a key and the same as a list', async ({
  page,
}) => {
  await logIn(page, DEMO_ACCOUNTS.caseworker.email, demoPassword());
  await expect(page).toHaveURL(/\/caseworker$/);
  // The map asks for the area on screen once it has drawn: wait for that answer, which replaces the first.
  const areaAnswer = page.waitForResponse((response) => /\/api\/map\?south=/.test(response.url()));
  await mainNav(page).getByRole('link', { name: 'Map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Map' })).toBeVisible();
  await areaAnswer;

  const marks = page.locator('.map-canvas path.leaflet-interactive');
  await expect.poll(() => marks.count()).toBeGreaterThan(0);
  // No tile loads here (no internet): the bundled coastline and the main cities give the marks a place.
  await expect.poll(() => page.locator('.map-canvas .leaflet-base-map-pane path').count()).toBeGreaterThan(10);
  await expect(page.locator('.map-city-label', { hasText: 'Birmingham' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Key' })).toContainText('Family: dashed outline');
  const list = page.getByRole('region', { name: 'The same as a list' });
  await expect(list.getByRole('table').first()).toBeVisible();
  await expectAccessible(page);

  // A filter takes the families off the map and off the list.
  const before = await marks.count();
  await page.getByRole('checkbox', { name: 'Families' }).uncheck();
  await expect.poll(() => marks.count()).toBeLessThan(before);
  await expect(list.getByRole('table', { name: /famil/ })).toHaveCount(0);

  // A mark opens a popup with a link to what it stands for: a circle (filled, so its middle takes
  // the click; a dashed line's middle may fall in a gap) inside the map's frame.
  const frame = (await page.locator('.map-canvas').boundingBox())!;
  const circles = page.locator('.map-canvas path.leaflet-interactive:not([fill="none"])');
  let inside = -1;
  for (let index = 0; index < (await circles.count()) && inside < 0; index++) {
    const box = await circles.nth(index).boundingBox();
    const [x, y] = box ? [box.x + box.width / 2, box.y + box.height / 2] : [-1, -1];
    if (x > frame.x + 20 && x < frame.x + frame.width - 20 && y > frame.y + 20 && y < frame.y + frame.height - 20)
      inside = index;
  }
  expect(inside, 'a mark inside the map').toBeGreaterThanOrEqual(0);
  await circles.nth(inside).click({ force: true });
  await expect(page.locator('.leaflet-popup-content')).toContainText(/Host’s page|Open the/);
  await expectAccessible(page);

  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalScroll(page);
});
