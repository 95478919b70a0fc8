/**
 * The simulation player on /simulations/<id>/: plain DOM over the xstate machine of
 * src/simulation, no framework, so the page stays light on a trainer's projector laptop. The view is
 * redrawn from the machine's snapshot after every step; focus and a live region say what changed.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import { getSimulationProgress, recordSimulationRun, saveSimulationSnapshot, type SimulationRun } from '../../progress/progress-store.ts';
import { seededRandom, shuffle } from '../../quiz/shuffle.ts';
import { CHANNEL_LABELS, DECIDED_BY_LABELS, deskOf, feedOf, PERSONA_LABELS, PRACTICE_LABELS, roleName, type DebriefLinks, type FeedItem } from '../../simulation/debrief.ts';
import { injectRoles, isDecision, shownText } from '../../simulation/definition.ts';
import { resumeRun, toSavedRun, type DropReason } from '../../simulation/saved-run.ts';
import { createSimulationMachine, type FocusTarget, type PlayMode, type SimulationContext, type SimulationMachine } from '../../simulation/simulation-machine.ts';
import type { DecisionNode, EndingNode, InjectNode, SimulationData, SimulationNode } from '../../simulation/simulation-types.ts';

/** What the page embeds for the player (JSON in a script element). */
export interface PlayerData {
  simulation: SimulationData;
  /** Fingerprint of `simulation` (saved-run.ts), computed at build time. */
  hash: string;
  links: DebriefLinks;
}

type Child = Node | string | false | null | undefined;
type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

/** A DOM element: attributes (`on…` keys are listeners; false or undefined leaves one out) and children. */
function h(tag: string, attributes: Attributes = {}, ...children: (Child | Child[])[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== undefined) element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) if (child !== false && child !== null && child !== undefined) element.append(child);
  return element;
}

const DROP_NOTICES: Record<DropReason, string> = {
  changed: 'This simulation has changed since you last played it, so your unfinished run could not be kept. It starts again from the briefing.',
  unreadable: 'Your unfinished run could not be read, so the simulation starts again from the briefing.',
};

/** A decision's choices in this run's order: shuffled from the seed, so the best one is not always first. */
function orderedChoices(node: DecisionNode, seed: number) {
  let salt = 0;
  for (const char of node.id) salt = (Math.imul(salt, 31) + char.charCodeAt(0)) >>> 0;
  return shuffle(node.choices, seededRandom(seed ^ salt));
}

function announcementFor(simulation: SimulationData, node: SimulationNode | undefined): string {
  if (!node) return '';
  if (node.type === 'inject') return `${node.at}. ${CHANNEL_LABELS[node.channel]} for ${deskOf(simulation, node)}: ${node.headline}`;
  if (node.type === 'decision') return `${node.at}. Decision for the ${roleName(simulation, node.role)}: ${node.headline}`;
  return `The simulation has ended: ${node.title}`;
}

let uid = 0;
const nextId = (prefix: string) => `${prefix}-${++uid}`;

/** Radio options in a list, each a label around its input. */
function options(name: string, items: { value: string; label: Child[]; checked?: boolean }[], onPick: (value: string) => void) {
  return h(
    'ul',
    { class: 'sim-options' },
    items.map((item) => h('li', {}, h('label', {}, h('input', { type: 'radio', name, value: item.value, checked: item.checked, onchange: () => onPick(item.value) }), h('span', {}, ...item.label)))),
  );
}

/** Shows (or clears) a "choose one first" alert after a form's button. */
function needsPick(form: HTMLElement, message: string | undefined) {
  form.querySelector('.sim-needs-pick')?.remove();
  const fieldset = form.querySelector('fieldset:last-of-type');
  if (!message) return fieldset?.removeAttribute('aria-describedby');
  const id = nextId('sim-needs-pick');
  form.querySelector('.button-row')?.append(h('p', { class: 'sim-needs-pick', id, role: 'alert' }, message));
  fieldset?.setAttribute('aria-describedby', id);
}

/** Starts the player in `root` (a `[data-simulation-player]` element holding its JSON). */
export function mountSimulation(root: HTMLElement) {
  const simulationId = root.dataset.simulationId!;
  const { simulation, hash, links } = JSON.parse(root.querySelector('script[data-simulation-data]')!.textContent!) as PlayerData;
  const nodes = new Map(simulation.nodes.map((node) => [node.id, node]));

  const machine: SimulationMachine = createSimulationMachine(simulation);
  const progress = getSimulationProgress(simulationId);
  const outcome = progress.snapshot ? resumeRun(machine, simulation, hash, progress.snapshot) : undefined;
  if (outcome && 'dropped' in outcome) saveSimulationSnapshot(simulationId, null);
  let notice = outcome && 'dropped' in outcome ? DROP_NOTICES[outcome.dropped] : undefined;
  // A resumed run says so above the card (a reload leaves focus at the top of the page), until the next step.
  const resumed = outcome && 'resumed' in outcome ? outcome.resumed.context : undefined;
  const resumedAt = resumed?.at ?? null;
  const resumedNode = resumedAt === null ? undefined : nodes.get(resumedAt);
  if (resumedNode && resumedNode.type !== 'ending') notice = `Welcome back: your run carries on at ${resumedNode.at}, where you left off. To begin again, use Start again.`;
  const runs: SimulationRun[] = progress.runs;
  let pendingFocus: FocusTarget | null = null;
  let confirming = false;

  const status = h('div', { role: 'status', class: 'visually-hidden' });
  const view = h('div');
  root.replaceChildren(status, view);
  let count = 0;
  const announce = (text: string) => {
    // A trailing space on every other message makes a repeated one be read again.
    status.textContent = text + (++count % 2 ? ' ' : '');
  };

  const actor = createActor(
    machine.provide({
      actions: {
        save: ({ context }) => saveSimulationSnapshot(simulationId, toSavedRun({ context }, hash)),
        recordResult: (_, result) => {
          const run = { ...result, date: new Date().toISOString() };
          recordSimulationRun(simulationId, run);
          runs.push(run);
        },
        announce: (_, { node }) => announce(announcementFor(simulation, nodes.get(node))),
        focus: (_, target) => {
          pendingFocus = target;
        },
      },
    }),
    { input: { seed: crypto.getRandomValues(new Uint32Array(1))[0]! }, ...(outcome && 'resumed' in outcome ? { snapshot: outcome.resumed } : {}) },
  );

  const render = (snapshot: SnapshotFrom<SimulationMachine>) => {
    const { context } = snapshot;
    const node = context.at === null ? undefined : nodes.get(context.at);
    if (resumedNode && (context.at !== resumedAt || context.pending !== resumed?.pending)) notice = undefined;
    root.classList.toggle('sim--room', context.mode === 'facilitated');
    const parts: Child[] = [notice && h('p', { class: 'callout sim-notice', role: 'note' }, notice)];
    if (snapshot.hasTag('briefing')) parts.push(setup());
    else if (node?.type === 'ending') parts.push(debrief(node, context));
    else if (node) parts.push(play(node, context, snapshot.hasTag('decided')));
    view.replaceChildren(...parts.filter((part): part is Node | string => Boolean(part)));
    const target = pendingFocus;
    pendingFocus = null;
    if (target) view.querySelector<HTMLElement>(`[data-focus="${target}"]`)?.focus();
  };

  const redraw = () => render(actor.getSnapshot());

  function setup() {
    const name = nextId('sim-mode');
    let mode: PlayMode = 'solo';
    let role: string | undefined;
    const last = runs.at(-1);
    const lastEnding = last && simulation.nodes.find((n): n is EndingNode => n.type === 'ending' && n.id === last.ending);
    const first = simulation.nodes.find((n): n is Exclude<SimulationNode, EndingNode> => n.type !== 'ending');
    const roles = h(
      'fieldset',
      {},
      h('legend', {}, 'Your role'),
      options(
        nextId('sim-role'),
        simulation.roles.map((r) => ({ value: r.track, label: [h('strong', {}, `${r.name}.`), ` ${r.brief}`] })),
        (value) => {
          role = value;
          needsPick(form, undefined);
        },
      ),
    );
    const form = h(
      'form',
      {
        class: 'sim-setup',
        novalidate: true,
        onsubmit: (event: Event) => {
          event.preventDefault();
          if (mode === 'solo' && !role) return needsPick(form, 'Choose your role first.');
          notice = undefined;
          actor.send({ type: 'sim.start', mode, ...(mode === 'solo' ? { role } : {}) });
        },
      },
      h('h2', { tabindex: -1, 'data-focus': 'briefing' }, 'Start the simulation'),
      lastEnding && last && h('p', { class: 'meta' }, `Your last run, on ${new Date(last.date).toLocaleDateString(undefined, { dateStyle: 'long' })}, ended: ${lastEnding.title}.`),
      h(
        'fieldset',
        {},
        h('legend', {}, 'How will you play?'),
        options(
          name,
          [
            { value: 'solo', checked: true, label: [h('strong', {}, 'On my own.'), ' You play one role; the course plays the others, by the book or the way a department acting alone would, and you find out which at the end. You see what lands on every desk; on another role’s card, “you” means that role.'] },
            { value: 'facilitated', label: [h('strong', {}, 'With a group, on one screen.'), " A trainer moves the clock on; every role's decision is shown to the room, and the room chooses together."] },
          ],
          (value) => {
            mode = value as PlayMode;
            roles.hidden = mode !== 'solo';
            needsPick(form, undefined);
          },
        ),
      ),
      roles,
      h('div', { class: 'button-row' }, h('button', { type: 'submit' }, `Start at ${first?.at ?? ''}`)),
    );
    return form;
  }

  function play(node: InjectNode | DecisionNode, context: SimulationContext, decided: boolean) {
    const feed = feedOf(simulation, context.path);
    // The card on screen is the last step of the path once it is there (an inject, or a decision made).
    const past = node.type === 'inject' || decided ? feed.slice(0, -1) : feed;
    const desks = node.type === 'inject' ? injectRoles(node.for, simulation.roles.map((r) => r.track)) : [];
    const room = context.mode === 'facilitated';
    const restart = confirming
      ? h(
          'span',
          { class: 'sim-confirm' },
          h('span', {}, 'Start again? This run will be lost.'),
          h('button', { type: 'button', onclick: () => ((confirming = false), actor.send({ type: 'sim.restart' })) }, 'Yes, start again'),
          h('button', { type: 'button', class: 'secondary', onclick: () => ((confirming = false), redraw()) }, 'Keep playing'),
        )
      : h('button', { type: 'button', class: 'secondary', onclick: () => ((confirming = true), redraw()) }, 'Start again');
    return h(
      'div',
      { class: 'sim-play' },
      h(
        'div',
        { class: 'sim-bar' },
        h('p', { class: 'sim-clock' }, h('span', { class: 'visually-hidden' }, 'Time: '), node.at),
        h('p', { class: 'sim-mode meta' }, room ? 'Facilitated: the room plays every role' : `Solo: you are the ${roleName(simulation, context.role ?? '')}`),
        restart,
      ),
      h(
        'ul',
        { class: 'sim-roster', 'aria-label': 'Roles' },
        simulation.roles.map((role) => {
          const busy = isDecision(node) && node.role === role.track ? 'deciding now' : desks.includes(role.track) ? 'on their desk now' : undefined;
          return h('li', { class: busy ? 'sim-roster__busy' : undefined }, role.name, context.mode === 'solo' && context.role === role.track && h('span', { class: 'tag' }, 'you'), busy && h('span', {}, `: ${busy}`));
        }),
      ),
      node.type === 'inject' ? injectCard(node, context) : decisionCard(node, context, decided),
      past.length > 0 && feedList(past, context),
    );
  }

  function injectCard(node: InjectNode, context: SimulationContext) {
    const heading = nextId('sim-card');
    const mine = context.mode === 'solo' && injectRoles(node.for, simulation.roles.map((r) => r.track)).includes(context.role ?? '');
    return h(
      'section',
      { class: 'sim-card', 'aria-labelledby': heading },
      h('p', { class: 'sim-card__kicker' }, `${CHANNEL_LABELS[node.channel]} · for ${deskOf(simulation, node)}${mine ? ' (your desk)' : ''}`),
      h('h2', { id: heading, tabindex: -1, 'data-focus': 'node' }, h('span', { class: 'sim-time' }, node.at), ` ${node.headline}`),
      h('p', { class: 'sim-card__from' }, `From: ${node.from}`),
      h('p', { class: 'sim-card__text' }, shownText(node, context.flags)),
      h('button', { type: 'button', onclick: () => actor.send({ type: 'sim.advance' }) }, context.mode === 'facilitated' ? 'Move the clock on' : 'Next'),
    );
  }

  function decisionCard(node: DecisionNode, context: SimulationContext, decided: boolean) {
    const heading = nextId('sim-card');
    const room = context.mode === 'facilitated';
    let picked: string | undefined;
    const situation = shownText(node, context.flags);
    const chosen = node.choices.find((c) => c.id === context.pending);
    const fieldset = h(
      'fieldset',
      { disabled: decided },
      h('legend', {}, node.prompt),
      options(
        nextId('sim-choice'),
        orderedChoices(node, context.seed).map((choice) => ({ value: choice.id, checked: decided && context.pending === choice.id, label: [choice.text] })),
        (value) => {
          picked = value;
          needsPick(form, undefined);
        },
      ),
    );
    const form = h(
      'form',
      {
        novalidate: true,
        onsubmit: (event: Event) => {
          event.preventDefault();
          if (!picked) return needsPick(form, 'Choose one first.');
          actor.send({ type: 'sim.choose', choiceId: picked });
        },
      },
      fieldset,
      !decided && h('div', { class: 'button-row' }, h('button', { type: 'submit' }, room ? "Lock in the room's choice" : 'Decide')),
    );
    return h(
      'section',
      { class: 'sim-card sim-card--decision', 'aria-labelledby': heading },
      h('p', { class: 'sim-card__kicker' }, room ? `Decision for the ${roleName(simulation, node.role)}` : 'Your decision'),
      h('h2', { id: heading, tabindex: -1, 'data-focus': 'node' }, h('span', { class: 'sim-time' }, node.at), ` ${node.headline}`),
      situation && h('p', { class: 'sim-card__text' }, situation),
      form,
      decided &&
        chosen &&
        h(
          'div',
          { class: 'sim-outcome', tabindex: -1, 'data-focus': 'outcome' },
          h('p', {}, h('strong', {}, room ? 'The room chose:' : 'You chose:'), ` ${chosen.text}`),
          h('p', {}, h('strong', {}, 'What happens:'), ` ${chosen.outcome}`),
          h(
            'div',
            { class: 'button-row' },
            h('button', { type: 'button', onclick: () => actor.send({ type: 'sim.advance' }) }, room ? 'Move the clock on' : 'Next'),
            room && h('button', { type: 'button', class: 'secondary', onclick: () => actor.send({ type: 'sim.revise' }) }, 'Change the room’s choice'),
          ),
        ),
    );
  }

  /** What has happened so far, newest first. In solo play a colleague's choice stays hidden until the debrief. */
  function feedList(items: FeedItem[], context: SimulationContext) {
    const heading = nextId('sim-feed');
    return h(
      'section',
      { class: 'sim-feed', 'aria-labelledby': heading },
      h('h2', { id: heading }, 'Earlier'),
      h(
        'ol',
        { reversed: true },
        [...items].reverse().map((item) =>
          h(
            'li',
            {},
            item.kind === 'inject'
              ? h('details', {}, h('summary', {}, h('span', { class: 'sim-time' }, item.node.at), ` ${item.node.headline} `, h('span', { class: 'meta' }, `(${CHANNEL_LABELS[item.node.channel]}, ${deskOf(simulation, item.node)})`)), h('p', {}, item.text))
              : h(
                  'p',
                  {},
                  h('span', { class: 'sim-time' }, item.node.at),
                  item.by === 'colleague'
                    ? ` The ${roleName(simulation, item.node.role)} made a decision: ${item.node.headline.toLowerCase()}.`
                    : ` ${context.mode === 'facilitated' ? 'The room' : 'You'} chose, for the ${roleName(simulation, item.node.role)}: ${item.choice.text}`,
                ),
          ),
        ),
      ),
      context.mode === 'solo' && h('p', { class: 'meta' }, 'You will see what your colleagues chose in the debrief.'),
    );
  }

  function debrief(ending: EndingNode, context: SimulationContext) {
    const decisions = feedOf(simulation, context.path).filter((item): item is Extract<FeedItem, { kind: 'decision' }> => item.kind === 'decision');
    const own = decisions.filter((item) => item.by !== 'colleague');
    const best = own.filter((item) => item.mark === 'best').length;
    const solo = context.mode === 'solo';
    const link = (href: string | undefined, text: string) => (href ? h('a', { href }, text) : text);
    const pathHeading = nextId('sim-path');
    return h(
      'section',
      { class: 'sim-debrief', 'aria-labelledby': 'sim-debrief-heading' },
      h('p', { class: 'sim-card__kicker' }, `Debrief${ending.at ? ` · ${ending.at}` : ''}`),
      h('h2', { id: 'sim-debrief-heading', tabindex: -1, 'data-focus': 'ending' }, ending.title),
      h('p', { class: `sim-rating sim-rating--${ending.rating}` }, `Outcome: ${ending.rating}`),
      h('p', {}, ending.happened),
      h('p', {}, `${solo ? `You made ${own.length} decision${own.length === 1 ? '' : 's'} as the ${roleName(simulation, context.role ?? '')}` : `The room made ${own.length} decisions`}; ${best} went by the book.`),
      solo &&
        Object.keys(context.colleagues).length > 0 && [
          h('h3', {}, 'Your colleagues this run'),
          h('ul', {}, Object.entries(context.colleagues).map(([track, persona]) => h('li', {}, `The ${roleName(simulation, track)} ${PERSONA_LABELS[persona]}.`))),
        ],
      h('h3', { id: pathHeading }, 'Every decision'),
      // On a phone the table scrolls sideways in its own region, which keyboard users reach with Tab.
      h(
        'div',
        { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': pathHeading },
        h(
          'table',
          { class: 'sim-path' },
          h('caption', { class: 'visually-hidden' }, 'Every decision of this run, in order'),
          h('thead', {}, h('tr', {}, ['Time', 'Decision', 'Choice', 'Practice', 'What followed'].map((label) => h('th', { scope: 'col' }, label)))),
          h(
            'tbody',
            {},
            decisions.map((item) =>
              h(
                'tr',
                {},
                h('td', {}, item.node.at),
                h('td', {}, h('strong', {}, roleName(simulation, item.node.role)), `: ${item.node.headline} `, h('span', { class: 'meta' }, `(decided by ${DECIDED_BY_LABELS[item.by]})`)),
                h('td', {}, item.choice.text),
                h('td', { class: `sim-mark sim-mark--${item.mark}` }, PRACTICE_LABELS[item.mark]),
                h('td', {}, item.choice.outcome),
              ),
            ),
          ),
        ),
      ),
      h('h3', {}, 'What the real cases say'),
      h('ul', {}, ending.cases.map((c) => h('li', {}, link(links.cases[c.id]?.href, links.cases[c.id]?.title ?? c.id), `: ${c.says}`))),
      h('h3', {}, 'Read more in the course'),
      h('ul', {}, ending.sections.map((s) => h('li', {}, link(links.sections[s.link]?.href, links.sections[s.link]?.label ?? s.link), `: ${s.why}`))),
      h('h3', {}, 'What each role could have done'),
      h('dl', { class: 'sim-roles' }, simulation.roles.map((role) => h('div', {}, h('dt', {}, role.name), h('dd', {}, ending.roles[role.track] ?? '')))),
      (ending.asOf ?? []).map((note) => h('p', { class: 'meta' }, `As of ${new Date(`${note.date}-01T00:00:00Z`).toLocaleDateString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' })}: ${note.text}`)),
      h('h3', {}, 'Questions for the debrief'),
      h('ol', {}, simulation.discussion.map((q) => h('li', {}, q))),
      h(
        'div',
        { class: 'button-row' },
        h('button', { type: 'button', onclick: () => window.print() }, 'Print the debrief'),
        h('button', { type: 'button', class: 'secondary', onclick: () => actor.send({ type: 'sim.restart' }) }, 'Play again'),
      ),
    );
  }

  actor.subscribe(render);
  actor.start();
  redraw();
}
