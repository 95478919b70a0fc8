import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootCampAgenda, clock, duration, fitModules, withStartTimes, workshopAgenda } from '../../../src/course/agenda.ts';

const modules = (...minutes: number[]) => minutes.map((m, i) => ({ title: `M${i + 1}`, path: `/m${i + 1}/`, minutes: m }));

describe('fitModules', () => {
  it('shares the time in proportion to what each module asks for', () => {
    expect(fitModules(modules(20, 20, 25, 20, 25), 65).map((s) => s.minutes)).toEqual([15, 10, 15, 10, 15]);
    expect(fitModules(modules(15, 15, 30), 60).map((s) => s.minutes)).toEqual([15, 15, 30]);
  });

  it('always adds up to the budget, in slots of at least five minutes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 40 }), (asks, extra) => {
        const budget = 5 * asks.length + 5 * extra;
        const slots = fitModules(modules(...asks), budget);
        expect(slots.reduce((sum, s) => sum + s.minutes, 0)).toBe(budget);
        for (const slot of slots) expect(slot.minutes).toBeGreaterThanOrEqual(5);
      }),
    );
  });

  it('gives one slot for a selection when the modules cannot all fit', () => {
    expect(fitModules(modules(10, 10, 10), 10)).toEqual([
      { title: 'A selection of the 3 modules: pick those that matter most to the group (there is not time for all of them)', minutes: 10 },
    ]);
  });
});

describe('timing helpers', () => {
  it('gives start times and clock offsets', () => {
    const timed = withStartTimes([{ title: 'a', minutes: 5 }, { title: 'b', minutes: 70 }, { title: 'c', minutes: 5 }]);
    expect(timed.map((t) => clock(t.start))).toEqual(['0:00', '0:05', '1:15']);
  });
});

describe('ready agendas', () => {
  const memo = { title: 'Decision memo', path: '/tracks/executive/roadmap/', minutes: 25 };

  it('runs the boot camp at the facilitator minutes when they fit 90 minutes, worksheet included', () => {
    const plan = bootCampAgenda(modules(10, 10, 12, 13, 10), memo);
    expect(plan.minutes).toBe(90);
    expect(plan.compressed).toBeUndefined();
    expect(plan.items.map((item) => item.minutes)).toEqual([5, 10, 10, 12, 13, 10, 25, 5]);
    expect(plan.items.at(-2)).toMatchObject({ path: '/tracks/executive/roadmap/', minutes: 25 });
  });

  it('says plainly when it compresses the modules, and still ends at 90', () => {
    const plan = bootCampAgenda(modules(20, 20, 20, 20), memo);
    expect(plan.minutes).toBe(90);
    expect(plan.compressed).toEqual({ asked: 80, given: 55 });
  });

  it('fills a half day: Foundations up to an hour, then the department, with break, cases and close', () => {
    const plan = workshopAgenda(modules(12, 12, 12, 12), modules(20, 20, 20, 20, 20));
    expect(plan.minutes).toBe(210);
    expect(plan.compressed).toBeUndefined();
    expect(plan.items.find((item) => item.title.startsWith('Case discussion'))?.minutes).toBe(27);
    const long = workshopAgenda(modules(20, 20, 20, 20), modules(30, 30, 30, 30));
    expect(long.minutes).toBe(210);
    expect(long.compressed).toEqual({ asked: 200, given: 155 });
  });

  it('names durations as trainers say them', () => {
    expect([duration(90), duration(180), duration(210), duration(200)]).toEqual(['90 minutes', '3 hours', '3½ hours', '3 h 20 min']);
  });
});
