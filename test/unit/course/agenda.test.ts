import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clock, fitModules, withStartTimes } from '../../../src/course/agenda.ts';

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
