/** The timer functions the saver uses; tests pass fakes, the browser passes its own. */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface DebouncedSaver<T> {
  /** Remembers the latest value and saves it once typing has paused for the delay. */
  schedule(value: T): void;
  /** Saves a waiting value now (on blur or when the page is hidden), so nothing typed is lost. */
  flush(): void;
  /** True while a value waits to be saved. */
  readonly pending: boolean;
}

/**
 * Saves the latest of a burst of values once, `delayMs` after the last one: a worksheet is saved as
 * the learner types without writing storage on every keystroke.
 */
export function createDebouncedSaver<T>(save: (value: T) => void, delayMs: number, timers: Timers = browserTimers): DebouncedSaver<T> {
  let waiting: { value: T } | undefined;
  let handle: unknown;

  function flush() {
    if (handle !== undefined) timers.clear(handle);
    handle = undefined;
    if (!waiting) return;
    const { value } = waiting;
    waiting = undefined;
    save(value);
  }

  return {
    schedule(value) {
      waiting = { value };
      if (handle !== undefined) timers.clear(handle);
      handle = timers.set(flush, delayMs);
    },
    flush,
    get pending() {
      return waiting !== undefined;
    },
  };
}
