import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncedSaver } from '../../../src/worksheets/debounced-saver.ts';

describe('createDebouncedSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves only the latest value once typing pauses', () => {
    const save = vi.fn();
    const saver = createDebouncedSaver(save, 400);
    saver.schedule('a');
    vi.advanceTimersByTime(300);
    saver.schedule('ab');
    vi.advanceTimersByTime(300);
    expect(save).not.toHaveBeenCalled();
    expect(saver.pending).toBe(true);
    vi.advanceTimersByTime(100);
    expect(save).toHaveBeenCalledExactlyOnceWith('ab');
    expect(saver.pending).toBe(false);
  });

  it('flushes a waiting value at once and then does not save it again', () => {
    const save = vi.fn();
    const saver = createDebouncedSaver(save, 400);
    saver.schedule('abc');
    saver.flush();
    expect(save).toHaveBeenCalledExactlyOnceWith('abc');
    vi.advanceTimersByTime(1000);
    saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('uses the timers it is given', () => {
    const callbacks: (() => void)[] = [];
    const save = vi.fn();
    const saver = createDebouncedSaver(save, 10, { set: (callback) => callbacks.push(callback), clear: () => {} });
    saver.schedule(1);
    callbacks.at(-1)!();
    expect(save).toHaveBeenCalledWith(1);
  });
});
