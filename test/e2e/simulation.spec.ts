import type { Page } from '@playwright/test';
import { playThrough } from '../../src/simulation/run.ts';
import { drawColleagues, type Persona } from '../../src/simulation/simulation-machine.ts';
import { shippedSimulation } from '../helpers/simulation.ts';
import { axeViolations, expect, test } from './fixtures.ts';
import { PROGRESS_KEY } from './progress-helpers.ts';

const ID = 'hijacked-brand-account';
const simulation = shippedSimulation(ID);
const ROLE = 'support';
const ROLE_NAME = simulation.roles.find((r) => r.track === ROLE)!.name;

/** A seed whose draw gives every colleague the same persona, so a solo run is predictable. */
function seedFor(persona: Persona): number {
  for (let seed = 1; seed < 100_000; seed++) {
    if (Object.values(drawColleagues(simulation, seed, ROLE)).every((p) => p === persona)) return seed;
  }
  throw new Error(`no seed gives every colleague ${persona}`);
}

/** The ending a solo run reaches when the learner and every colleague play `persona`. */
const endingFor = (persona: Persona) => {
  const { ending } = playThrough(simulation, { mode: 'solo', role: ROLE, seed: seedFor(persona), choose: (node) => node.choices.find((c) => c.path === persona)!.id });
  return simulation.nodes.find((n) => n.id === ending && n.type === 'ending') as { title: string };
};

/** Fixes the seed the page draws for a new run (crypto.getRandomValues on a one-number array). */
async function fixSeed(page: Page, seed: number) {
  await page.addInitScript((value) => {
    const original = crypto.getRandomValues.bind(crypto);
    crypto.getRandomValues = (<T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint32Array && array.length === 1) {
        array[0] = value;
        return array;
      }
      return original(array as never) as T;
    }) as typeof crypto.getRandomValues;
  }, seed);
}

const player = (page: Page) => page.locator('[data-simulation-player]');
const cardHeading = (page: Page) => player(page).locator('.sim-card h2, .sim-debrief h2').first();

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string) {
  for (let presses = 0; presses < 150; presses++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** From the setup form, by keyboard: solo, the given role, start. */
async function startSoloByKeyboard(page: Page) {
  await tabTo(page, '.sim-setup input[value="solo"]');
  await page.keyboard.press('Tab');
  const roles = await player(page).locator('.sim-setup fieldset:last-of-type input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const index = roles.indexOf(ROLE);
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(player(page).locator(`input[value="${ROLE}"]`)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText(/^Start at/);
  await page.keyboard.press('Enter');
}

/** Plays the card on screen by keyboard: Next on an inject; on a decision, the choice of `persona`, Decide, then Next. */
async function stepByKeyboard(page: Page, persona: Persona) {
  await expect(cardHeading(page)).toBeFocused();
  const radios = player(page).locator('.sim-card--decision input[type="radio"]');
  if ((await radios.count()) === 0) {
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Next');
    await page.keyboard.press('Enter');
    return;
  }
  const headline = (await cardHeading(page).textContent())!.replace(/^\d\d:\d\d\s*/, '').trim();
  const node = simulation.nodes.find((n) => n.type === 'decision' && n.headline === headline);
  if (node?.type !== 'decision') throw new Error(`no decision "${headline}"`);
  const wanted = node.choices.find((c) => c.path === persona)!.text;
  const labels = await radios.evaluateAll((inputs) => inputs.map((i) => i.closest('label')!.textContent!.trim()));
  const index = labels.indexOf(wanted);
  await page.keyboard.press('Tab');
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Decide');
  await page.keyboard.press('Enter');
  const outcome = player(page).locator('.sim-outcome');
  await expect(outcome).toBeFocused();
  await expect(outcome).toContainText(wanted);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

async function playToEnd(page: Page, persona: Persona) {
  for (let steps = 0; steps < 60; steps++) {
    if (await player(page).locator('.sim-debrief').isVisible()) return;
    await stepByKeyboard(page, persona);
  }
  throw new Error('the run did not end');
}

const savedRuns = (page: Page) =>
  page.evaluate(([key, id]) => JSON.parse(localStorage.getItem(key!) ?? '{}').simulations?.[id!]?.runs ?? [], [PROGRESS_KEY, ID] as const) as Promise<{ ending: string; path: unknown[]; role: string }[]>;

for (const persona of ['best', 'silo'] as const) {
  test(`a learner plays solo by keyboard alone to the ending of a run played ${persona === 'best' ? 'by the book' : 'in silos'}`, async ({ page }) => {
    test.setTimeout(90_000);
    await fixSeed(page, seedFor(persona));
    await page.goto(`/simulations/${ID}/`);
    await startSoloByKeyboard(page);
    await expect(player(page).locator('.sim-mode')).toHaveText(`Solo: you are the ${ROLE_NAME}`);
    await playToEnd(page, persona);
    const expected = endingFor(persona);
    const debrief = player(page).locator('.sim-debrief');
    await expect(debrief.getByRole('heading', { level: 2 })).toHaveText(expected.title);
    await expect(debrief.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(debrief).toContainText(`${persona === 'best' ? 'played by the book' : 'acted alone, in a silo'}.`);
    await expect(debrief.locator('.sim-path tbody tr')).toHaveCount(simulation.nodes.filter((n) => n.type === 'decision').length);
    await expect(debrief.getByRole('link').first()).toHaveAttribute('href', /^\/(case-studies|tracks)\//);
    const runs = await savedRuns(page);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ role: ROLE, ending: simulation.nodes.find((n) => n.type === 'ending' && n.title === expected.title)!.id });
    expect(runs[0]!.path.length).toBeGreaterThan(20);
  });
}

test('a reload mid-way resumes the run at the same card, with the same clock and what came before', async ({ page }) => {
  await fixSeed(page, seedFor('best'));
  await page.goto(`/simulations/${ID}/`);
  await startSoloByKeyboard(page);
  for (let i = 0; i < 4; i++) await stepByKeyboard(page, 'best');
  const heading = await cardHeading(page).textContent();
  const clock = await player(page).locator('.sim-clock').textContent();
  const earlier = await player(page).locator('.sim-feed li').count();
  await page.reload();
  await expect(cardHeading(page)).toHaveText(heading!);
  await expect(player(page).locator('.sim-clock')).toHaveText(clock!);
  await expect(player(page).locator('.sim-feed li')).toHaveCount(earlier);
  await expect(player(page).locator('.sim-mode')).toHaveText(`Solo: you are the ${ROLE_NAME}`);
  // The page says the run was resumed (focus is at the top after a reload), until the next step.
  await expect(player(page).locator('.sim-notice')).toContainText(`carries on at ${clock!.replace(/^Time:\s*/, '')}`);
  // It goes on from there, and "Start again" (confirmed) returns to the briefing.
  await cardHeading(page).focus();
  await stepByKeyboard(page, 'best');
  await expect(cardHeading(page)).not.toHaveText(heading!);
  await expect(player(page).locator('.sim-notice')).toHaveCount(0);
  await player(page).getByRole('button', { name: 'Start again' }).click();
  await player(page).getByRole('button', { name: 'Yes, start again' }).click();
  await expect(player(page).getByRole('heading', { name: 'Start the simulation' })).toBeFocused();
});

test('a trainer runs the facilitated mode through three steps: the room sees whose decision it is and chooses', async ({ page }) => {
  await page.goto(`/simulations/${ID}/`);
  await player(page).getByLabel(/With a group, on one screen/).check();
  await expect(player(page).getByRole('group', { name: 'Your role' })).toBeHidden();
  await player(page).getByRole('button', { name: /^Start at/ }).click();
  await expect(player(page)).toHaveClass(/sim--room/);

  // Step 1: an inject on the social team's desk.
  await expect(player(page).locator('.sim-clock')).toHaveText('Time: 08:47');
  await expect(player(page).locator('.sim-card__kicker')).toHaveText('Text message · for Head of social media');
  await expect(player(page).getByRole('list', { name: 'Roles' }).locator('.sim-roster__busy')).toHaveText('Head of social media: on their desk now');
  await player(page).getByRole('button', { name: 'Move the clock on' }).click();

  // Step 2: the social team's decision, shown to the room; the room locks in a choice.
  await expect(player(page).locator('.sim-clock')).toHaveText('Time: 08:50');
  await expect(player(page).locator('.sim-card__kicker')).toHaveText('Decision for the Head of social media');
  await expect(player(page).getByRole('list', { name: 'Roles' }).locator('.sim-roster__busy')).toHaveText('Head of social media: deciding now');
  await player(page).getByRole('button', { name: "Lock in the room's choice" }).click();
  await expect(player(page).getByRole('alert')).toHaveText('Choose one first.');
  // A mis-click on the projector can be taken back before the clock moves on.
  await player(page).getByLabel(/delete the scam post from the phone/).check();
  await player(page).getByRole('button', { name: "Lock in the room's choice" }).click();
  await player(page).getByRole('button', { name: 'Change the room’s choice' }).click();
  await expect(cardHeading(page)).toBeFocused();
  await player(page).getByLabel(/call the security on-call number now/).check();
  await player(page).getByRole('button', { name: "Lock in the room's choice" }).click();
  await expect(player(page).locator('.sim-outcome')).toContainText('The room chose:');
  await expect(player(page).locator('.sim-outcome')).toBeFocused();
  await player(page).getByRole('button', { name: 'Move the clock on' }).click();

  // Step 3: the consequence lands on security's desk.
  await expect(player(page).locator('.sim-clock')).toHaveText('Time: 08:55');
  await expect(cardHeading(page)).toHaveText('08:55 Security hears about it from the social team');
  await expect(player(page).locator('.sim-card__kicker')).toHaveText('Phone call · for Head of security operations');
  await expect(player(page).locator('.sim-feed')).toContainText('The room chose, for the Head of social media:');
  await expect(player(page).getByRole('status')).toContainText('08:55. Phone call for Head of security operations');
});

test('the simulation has no WCAG 2.2 AA violations in either colour scheme: setup, inject, outcome and debrief', async ({ page }) => {
  test.setTimeout(90_000);
  await fixSeed(page, seedFor('silo'));
  const check = async (where: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `${where} (${scheme})`).toEqual([]);
    }
  };
  await page.goto(`/simulations/${ID}/`);
  await check('setup');
  await startSoloByKeyboard(page);
  await check('inject');
  await playToEnd(page, 'silo');
  await check('debrief');
  // On a phone the path table scrolls sideways in its own region, which must be reachable by keyboard.
  await page.setViewportSize({ width: 390, height: 844 });
  await check('debrief on a phone');
  await page.setViewportSize({ width: 1280, height: 720 });
  await player(page).getByRole('button', { name: 'Play again' }).click();
  await player(page).getByLabel(/With a group, on one screen/).check();
  await player(page).getByRole('button', { name: /^Start at/ }).click();
  await player(page).getByRole('button', { name: 'Move the clock on' }).click();
  await player(page).locator('.sim-options input').first().check();
  await player(page).getByRole('button', { name: "Lock in the room's choice" }).click();
  await check('facilitated outcome');
});

test('the debrief prints without the controls, and no other page loads the simulation', async ({ page }) => {
  await fixSeed(page, seedFor('best'));
  await page.goto(`/simulations/${ID}/`);
  await startSoloByKeyboard(page);
  await playToEnd(page, 'best');
  await page.emulateMedia({ media: 'print' });
  await expect(player(page).locator('.sim-debrief')).toBeVisible();
  await expect(player(page).getByRole('button', { name: 'Print the debrief' })).toBeHidden();
  await expect(page.locator('.sim-page-intro')).toBeHidden();

  for (const path of ['/', '/tracks/executive/', '/trainer/', '/simulations/']) {
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((url) => /SimulationPlayer|simulation-player/.test(url)), path).toEqual([]);
    page.removeAllListeners('request');
  }
  // The pages that link to the simulations.
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'crisis simulation' })).toHaveAttribute('href', '/simulations/');
  await page.goto('/tracks/executive/');
  await expect(page.getByRole('link', { name: simulation.title })).toHaveAttribute('href', `/simulations/${ID}/`);
  await page.goto('/trainer/');
  await expect(page.getByRole('link', { name: /Facilitator's brief/ })).toHaveAttribute('href', '/trainer/crisis-simulation-brief/');
});
