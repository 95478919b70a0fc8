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
