/** Live-session agendas for trainers, derived from the modules' facilitator timings. */

export interface AgendaItem {
  title: string;
  minutes: number;
  /** Root-relative path of the module or worksheet this slot uses, if any. */
  path?: string;
}

export interface AgendaModule {
  title: string;
  path: string;
  /** Minutes the facilitator notes ask for (or the module's own minutes). */
  minutes: number;
}

/**
 * Shares `budget` minutes among `modules` in proportion to the time each asks for, in steps of
 * five minutes and at least five each, so that the slots add up to exactly `budget`. A track with
 * more modules than fit five minutes each gets one slot for a selection of them instead.
 */
export function fitModules(modules: AgendaModule[], budget: number): AgendaItem[] {
  if (modules.length === 0) return [];
  if (budget < 5 * modules.length) {
    return [{ title: `A selection of the ${modules.length} modules: pick those that matter most to the group (there is not time for all of them)`, minutes: budget }];
  }
  const asked = modules.reduce((sum, m) => sum + m.minutes, 0);
  const slots = modules.map((m) => Math.max(5, Math.floor((m.minutes / asked) * budget / 5) * 5));
  // Hand out (or take back) the rounding difference five minutes at a time, largest asks first.
  const order = modules.map((m, i) => i).sort((a, b) => modules[b].minutes - modules[a].minutes);
  let difference = budget - slots.reduce((sum, s) => sum + s, 0);
  for (let k = 0; difference !== 0; k = (k + 1) % order.length) {
    const i = order[k];
    const step = Math.sign(difference) * Math.min(5, Math.abs(difference));
    if (slots[i] + step >= 5) {
      slots[i] += step;
      difference -= step;
    }
  }
  return modules.map((m, i) => ({ title: m.title, minutes: slots[i], path: m.path }));
}

/** Start times (minutes from the start) for a list of agenda items. */
export function withStartTimes(items: AgendaItem[]): (AgendaItem & { start: number })[] {
  let start = 0;
  return items.map((item) => {
    const timed = { ...item, start };
    start += item.minutes;
    return timed;
  });
}

/** `75` → `1:15`, as a clock offset from the start of the session. */
export const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** A ready agenda: its slots, its total, and whether it gives the modules less than their notes ask. */
export interface Agenda {
  items: AgendaItem[];
  minutes: number;
  /** Set when the modules' facilitator notes ask for more time than the slot has. */
  compressed?: { asked: number; given: number };
}

/** Minutes each module asks for live: its facilitator notes, or its own minutes. */
export const askedMinutes = (modules: readonly AgendaModule[]) => modules.reduce((sum, module) => sum + module.minutes, 0);

/** Modules at the time their notes ask for when it fits `budget`, otherwise shared out to fill it (and flagged). */
function modulesWithin(modules: AgendaModule[], budget: number): { items: AgendaItem[]; compressed?: { asked: number; given: number } } {
  const asked = askedMinutes(modules);
  if (asked <= budget) return { items: modules.map((module) => ({ title: module.title, minutes: module.minutes, path: module.path })) };
  return { items: fitModules(modules, budget), compressed: { asked, given: budget } };
}

const agenda = (items: AgendaItem[], compressed?: Agenda['compressed']): Agenda => ({ items, minutes: items.reduce((sum, item) => sum + item.minutes, 0), compressed });

/**
 * The executive boot camp, 90 minutes at most: an opening, the modules at their facilitator times
 * (compressed, and said so, only if they do not fit), the worksheet at its own minutes, a close.
 */
export function bootCampAgenda(modules: AgendaModule[], worksheet: { title: string; path: string; minutes: number } | undefined, limit = 90): Agenda {
  const opening = { title: 'Opening: why this matters to the business, and what you will leave with', minutes: 5 };
  const close = { title: 'Close: each person names the decision they will take to their next leadership meeting', minutes: 5 };
  const sheet = worksheet ? [{ title: `${worksheet.title}: each executive drafts it, then compares with a neighbour`, minutes: worksheet.minutes, path: worksheet.path }] : [];
  const budget = limit - opening.minutes - close.minutes - (worksheet?.minutes ?? 0);
  const fitted = modulesWithin(modules, budget);
  return agenda([opening, ...fitted.items, ...sheet, close], fitted.compressed);
}

/**
 * A half-day department workshop (3½ hours): Foundations for the room, a break, then the
 * department's track, a case discussion and a close.
 */
export function workshopAgenda(foundations: AgendaModule[], role: AgendaModule[], limit = 210): Agenda {
  const fixed = [
    { title: 'Opening: what the group already does on social media, and what worries it', minutes: 10 },
    { title: 'Break', minutes: 15 },
    { title: 'Case discussion in small groups: pick a case study from the module pages and answer its discussion questions', minutes: 20 },
    { title: 'Close: each person writes what they will do differently on Monday', minutes: 10 },
  ];
  const available = limit - fixed.reduce((sum, item) => sum + item.minutes, 0);
  // Foundations gets an hour at most, so the department's own track keeps the larger share.
  const foundationsBudget = Math.min(askedMinutes(foundations), 60);
  const first = modulesWithin(foundations, foundationsBudget);
  const second = modulesWithin(role, available - first.items.reduce((sum, item) => sum + item.minutes, 0));
  const asked = askedMinutes(foundations) + askedMinutes(role);
  const given = [...first.items, ...second.items].reduce((sum, item) => sum + item.minutes, 0);
  // Time the modules do not need goes to the case discussion, so the half day ends on time.
  const cases = { ...fixed[2], minutes: fixed[2].minutes + available - given };
  return agenda([fixed[0], ...first.items, fixed[1], ...second.items, cases, fixed[3]], asked > given ? { asked, given } : undefined);
}

/** "3½ hours", "90 minutes". */
export function duration(minutes: number): string {
  if (minutes < 120) return `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} hours` : rest === 30 ? `${hours}½ hours` : `${hours} h ${rest} min`;
}
