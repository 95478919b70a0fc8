/**
 * The learner's progress, kept in the browser (`localStorage`), shared by every island.
 *
 * One persistent atom holds the whole validated record (progress-schema.ts). Reading it always
 * goes through `decodeProgress`: data that cannot be read is set aside under a backup key and the
 * learner starts fresh (`$storageStatus` = 'recovered'); storage that is blocked or full makes
 * the store live in memory for the visit ('memory'). Other tabs' writes arrive through `storage`
 * events. No action here throws; bad arguments are reported on the console and ignored.
 */
import { persistentAtom, setPersistentEngine, windowPersistentEvents, type PersistentEvents } from '@nanostores/persistent';
import { atom, type ReadableAtom } from 'nanostores';
import { decodeProgress, encodeProgress, parseProgress } from './progress-codec.ts';
import { foldPendingVisits, parsePendingVisits } from './pending-visits.ts';
import { PROGRESS_CHANGED_EVENT, announceStore } from './progress-events.ts';
import {
  attestationSchema,
  emptyProgress,
  finalAttemptSchema,
  moduleIdSchema,
  moduleProgressSchema,
  ownerIdSchema,
  quizAttemptSchema,
  quizSnapshotSchema,
  trackIdSchema,
  SIMULATION_RUNS_KEPT,
  simulationRunSchema,
  simulationSnapshotSchema,
  worksheetSchema,
  type Attestation,
  type FinalAttempt,
  type Progress,
  type QuizAttempt,
  type QuizSnapshot,
  type SimulationRun,
  type SimulationSnapshot,
} from './progress-schema.ts';
import { memoryStorage, openSafeStorage, storageKeys, type StorageBackend } from './safe-storage.ts';

export type { Attestation, FinalAttempt, Progress, QuizAttempt, QuizSnapshot, SimulationRun, SimulationSnapshot };

/** ok: saved in the browser · memory: storage unavailable or full, kept for this visit only · recovered: unreadable data was set aside. */
export type StorageStatus = 'ok' | 'memory' | 'recovered';

/** What was set aside, stored as JSON under the backup key. */
export interface SetAsideRecord {
  /** When it was found. */
  date: string;
  /** Why it could not be read. */
  reason: string;
  /** The stored text exactly as found. */
  text: string;
}

/** Where the store keeps its data: real browser storage in pages, fakes in tests. */
export interface ProgressEnvironment {
  /** Returns the storage to use; may throw (blocked storage). */
  openStorage: () => StorageBackend | undefined;
  /** Notifications of other tabs' writes. */
  events: PersistentEvents;
  /** Storage key namespace (see `storageKeys`). */
  namespace: string | null | undefined;
  /** The clock, for dates on visits and set-aside data. */
  now?: () => Date;
  /** Called after each save, to tell this tab's reading views (progress-watch.ts). */
  onSaved?: () => void;
}

const warn = (message: string, detail?: unknown) => console.warn(`[progress] ${message}`, ...(detail === undefined ? [] : [detail]));

/** A JSON round trip: what storage would give back, or undefined if `value` cannot be stored. */
function jsonCopy(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Creates the progress store over the given environment. Pages use the one instance exported
 * below; tests create their own. Note that `@nanostores/persistent` has one storage engine per
 * page, which this installs: create one store at a time.
 */
export function createProgressStore(environment: ProgressEnvironment) {
  const now = environment.now ?? (() => new Date());
  const keys = storageKeys(environment.namespace ?? '');
  const $storageStatus = atom<StorageStatus>('ok');
  const storage = openSafeStorage(environment.openStorage, {
    probeKey: keys.probe,
    onFallback: (error) => {
      warn('browser storage is unavailable or full; progress is kept for this visit only', error);
      $storageStatus.set('memory');
    },
  });
  setPersistentEngine(storage.engine, environment.events);

  /** The text this tab last read or wrote, to notice writes by other tabs. */
  let lastText: string | undefined;

  const decode = (text: string): Progress => {
    lastText = text;
    const result = decodeProgress(text);
    if (result.ok) return result.progress;
    const record: SetAsideRecord = { date: now().toISOString(), reason: `The saved progress ${result.reason}.`, text };
    storage.write(keys.backup, JSON.stringify(record));
    warn(`set aside unreadable progress under "${keys.backup}": ${record.reason}`);
    if ($storageStatus.get() !== 'memory') $storageStatus.set('recovered');
    return emptyProgress();
  };
  const encode = (progress: Progress): string => (lastText = encodeProgress(progress));

  const $stored = persistentAtom<Progress>(keys.progress, emptyProgress(), { encode, decode });
  // Replace unreadable data (now in the backup) with the fresh record, so it is reported once.
  if ($storageStatus.get() === 'recovered') $stored.set($stored.get());

  /** The freshest progress: another tab may have written since this one last heard. */
  const current = (): Progress => {
    const text = storage.read(keys.progress);
    if (text === undefined) return lastText === undefined ? $stored.get() : emptyProgress();
    return text === lastText ? $stored.get() : decode(text);
  };

  /** Visits pages noted without the store (pending-visits.ts) that fit the schema. */
  const acceptVisit = (moduleId: string, visit: unknown) => moduleIdSchema.safeParse(moduleId).success && moduleProgressSchema.safeParse(visit).success;

  /**
   * Applies a change to a copy of the freshest progress (or replaces it) and saves the result if it
   * passes the schema every read uses; false (and nothing saved) otherwise. Pending visits are
   * folded in first and saved with the change (`replace` leaves them for the next change), then
   * removed, unless another tab added to them meanwhile.
   */
  const update = (action: string, change: (draft: Progress) => Progress | void, { fold = true } = {}): boolean => {
    try {
      const pendingText = fold ? storage.read(keys.pendingVisits) : undefined;
      const fresh = current();
      const draft = structuredClone(pendingText === undefined ? fresh : foldPendingVisits(fresh, parsePendingVisits(pendingText), acceptVisit));
      const checked = parseProgress(change(draft) ?? draft);
      if (!checked.ok) {
        warn(`${action}: the progress would not be readable (it ${checked.reason}); nothing was saved`);
        return false;
      }
      $stored.set(checked.progress);
      if (pendingText !== undefined && storage.read(keys.pendingVisits) === pendingText) storage.remove(keys.pendingVisits);
      environment.onSaved?.();
      return true;
    } catch (error) {
      warn(`${action}: could not update progress`, error);
      return false;
    }
  };

  /** Folds visits noted by pages without the store into the record, if there are any. */
  const foldPending = () => {
    if (storage.read(keys.pendingVisits) !== undefined) update('foldPendingVisits', () => {});
  };
  foldPending();
  // Another tab noted a visit.
  environment.events.addEventListener(
    keys.pendingVisits,
    (event) => {
      if (event.key === keys.pendingVisits && event.newValue !== null) foldPending();
    },
    () => {},
  );

  const validModuleId = (moduleId: string, action: string) => {
    if (moduleIdSchema.safeParse(moduleId).success) return true;
    warn(`${action}: "${moduleId}" is not a module id (<track>/<slug>); ignored`);
    return false;
  };

  const validTrackId = (trackId: string, action: string) => {
    if (trackIdSchema.safeParse(trackId).success) return true;
    warn(`${action}: "${trackId}" is not a track id; ignored`);
    return false;
  };

  /** Saves (or with `null` clears) the attempt in progress of a module quiz or a track's final check. */
  const saveSnapshot = (map: 'quizzes' | 'finalChecks', id: string, snapshot: QuizSnapshot | null, action: string): boolean => {
    if (snapshot === null) {
      return update(action, (draft) => {
        const entry = draft[map][id];
        if (entry) delete entry.snapshot;
      });
    }
    const parsed = quizSnapshotSchema.safeParse(jsonCopy(snapshot));
    if (!parsed.success) {
      warn(`${action}(${id}): the snapshot is not JSON-safe or misses fields; ignored`, parsed.error);
      return false;
    }
    return update(action, (draft) => {
      draft[map][id] = { attempts: (draft[map][id]?.attempts ?? []) as never[], snapshot: parsed.data };
    });
  };

  /** The attempts and the attempt in progress of a module quiz or a final check (copies). */
  const historyOf = <A>(entry: { attempts: A[]; snapshot?: QuizSnapshot } | undefined): { snapshot?: QuizSnapshot; attempts: A[] } => {
    if (!entry) return { attempts: [] };
    return structuredClone(entry.snapshot ? { snapshot: entry.snapshot, attempts: entry.attempts } : { attempts: entry.attempts });
  };

  const markVisited = (draft: Progress, moduleId: string, date: string) => {
    const previous = draft.modules[moduleId];
    draft.modules[moduleId] = { ...previous, firstVisited: previous?.firstVisited ?? date, lastVisited: date };
  };

  return {
    $progress: $stored as ReadableAtom<Progress>,
    $storageStatus: $storageStatus as ReadableAtom<StorageStatus>,
    /** The storage keys in use (for the progress page's explanations and tests). */
    keys,

    /** Notes that the learner opened a module page (`<track>/<slug>`). */
    recordVisit(moduleId: string): boolean {
      if (!validModuleId(moduleId, 'recordVisit')) return false;
      return update('recordVisit', (draft) => markVisited(draft, moduleId, now().toISOString()));
    },

    /** A module's quiz history and the attempt in progress, if any (copies). */
    getQuizProgress(moduleId: string): { snapshot?: QuizSnapshot; attempts: QuizAttempt[] } {
      return historyOf($stored.get().quizzes[moduleId]);
    },

    /** Saves the quiz in progress; `null` clears it. The state must survive `JSON.stringify`. */
    saveQuizSnapshot(moduleId: string, snapshot: QuizSnapshot | null): boolean {
      return validModuleId(moduleId, 'saveQuizSnapshot') && saveSnapshot('quizzes', moduleId, snapshot, 'saveQuizSnapshot');
    },

    /** A track's final-check history and the attempt in progress, if any (copies). */
    getFinalCheckProgress(trackId: string): { snapshot?: QuizSnapshot; attempts: FinalAttempt[] } {
      return historyOf($stored.get().finalChecks[trackId]);
    },

    /** Saves the final check in progress; `null` clears it. */
    saveFinalCheckSnapshot(trackId: string, snapshot: QuizSnapshot | null): boolean {
      return validTrackId(trackId, 'saveFinalCheckSnapshot') && saveSnapshot('finalChecks', trackId, snapshot, 'saveFinalCheckSnapshot');
    },

    /** Adds a finished final-check attempt (with its answers) and clears the attempt in progress. */
    recordFinalCheckAttempt(trackId: string, attempt: FinalAttempt): boolean {
      if (!validTrackId(trackId, 'recordFinalCheckAttempt')) return false;
      const parsed = finalAttemptSchema.safeParse(jsonCopy(attempt));
      if (!parsed.success) {
        warn(`recordFinalCheckAttempt(${trackId}): invalid attempt; ignored`, parsed.error);
        return false;
      }
      return update('recordFinalCheckAttempt', (draft) => {
        draft.finalChecks[trackId] = { attempts: [...(draft.finalChecks[trackId]?.attempts ?? []), parsed.data] };
      });
    },

    /** Records that the learner confirmed reading the policy (title and version as shown) at the end of a track. */
    attestPolicy(trackId: string, policy: Omit<Attestation, 'date'>): boolean {
      if (!validTrackId(trackId, 'attestPolicy')) return false;
      const parsed = attestationSchema.safeParse({ ...jsonCopy(policy) as object, date: now().toISOString() });
      if (!parsed.success) {
        warn(`attestPolicy(${trackId}): the policy needs a title; ignored`, parsed.error);
        return false;
      }
      return update('attestPolicy', (draft) => {
        draft.attestations[trackId] = parsed.data;
      });
    },

    /** Adds a finished attempt and clears the snapshot; a passed attempt completes the module. */
    recordQuizAttempt(moduleId: string, attempt: QuizAttempt): boolean {
      if (!validModuleId(moduleId, 'recordQuizAttempt')) return false;
      const parsed = quizAttemptSchema.safeParse(jsonCopy(attempt));
      if (!parsed.success) {
        warn(`recordQuizAttempt(${moduleId}): invalid attempt; ignored`, parsed.error);
        return false;
      }
      const valid = parsed.data;
      return update('recordQuizAttempt', (draft) => {
        draft.quizzes[moduleId] = { attempts: [...(draft.quizzes[moduleId]?.attempts ?? []), valid] };
        if (!draft.modules[moduleId]) markVisited(draft, moduleId, valid.date);
        const module = draft.modules[moduleId]!;
        if (valid.passed && !module.completed) module.completed = valid.date;
      });
    },

    /** A worksheet's saved fields (a copy), if any. */
    getWorksheet(worksheetId: string): Record<string, string> | undefined {
      const fields = $stored.get().worksheets[worksheetId]?.fields;
      return fields && { ...fields };
    },

    /** Saves a worksheet's fields, replacing what was saved before. */
    saveWorksheet(worksheetId: string, fields: Record<string, string>): boolean {
      const parsed = worksheetSchema.safeParse({ fields: jsonCopy(fields), updated: now().toISOString() });
      if (!parsed.success || !ownerIdSchema.safeParse(worksheetId).success) {
        warn(`saveWorksheet(${worksheetId}): fields must map names to text; ignored`);
        return false;
      }
      return update('saveWorksheet', (draft) => {
        draft.worksheets[worksheetId] = parsed.data;
      });
    },

    /** A simulation's finished runs and its run in progress, if any (copies). */
    getSimulationProgress(simulationId: string): { snapshot?: SimulationSnapshot; runs: SimulationRun[] } {
      const simulation = $stored.get().simulations?.[simulationId];
      if (!simulation) return { runs: [] };
      return structuredClone(simulation.snapshot ? { snapshot: simulation.snapshot, runs: simulation.runs } : { runs: simulation.runs });
    },

    /** Saves the simulation run in progress; `null` clears it. The state must survive `JSON.stringify`. */
    saveSimulationSnapshot(simulationId: string, snapshot: SimulationSnapshot | null): boolean {
      if (!ownerIdSchema.safeParse(simulationId).success) {
        warn(`saveSimulationSnapshot(${simulationId}): not a simulation id; ignored`);
        return false;
      }
      if (snapshot === null) {
        return update('saveSimulationSnapshot', (draft) => {
          const simulation = draft.simulations?.[simulationId];
          if (simulation) delete simulation.snapshot;
        });
      }
      const parsed = simulationSnapshotSchema.safeParse(jsonCopy(snapshot));
      if (!parsed.success) {
        warn(`saveSimulationSnapshot(${simulationId}): the snapshot is not JSON-safe or misses fields; ignored`, parsed.error);
        return false;
      }
      return update('saveSimulationSnapshot', (draft) => {
        const simulations = (draft.simulations ??= {});
        simulations[simulationId] = { runs: simulations[simulationId]?.runs ?? [], snapshot: parsed.data };
      });
    },

    /** Adds a finished run (result and path), keeping the most recent ones; the run in progress stays until the next starts. */
    recordSimulationRun(simulationId: string, run: SimulationRun): boolean {
      const parsed = simulationRunSchema.safeParse(jsonCopy(run));
      if (!parsed.success || !ownerIdSchema.safeParse(simulationId).success) {
        warn(`recordSimulationRun(${simulationId}): invalid run; ignored`, parsed.error);
        return false;
      }
      return update('recordSimulationRun', (draft) => {
        const simulations = (draft.simulations ??= {});
        const previous = simulations[simulationId];
        simulations[simulationId] = { ...previous, runs: [...(previous?.runs ?? []), parsed.data].slice(-SIMULATION_RUNS_KEPT) };
      });
    },

    /** Remembers the learner's role track (shown first on the home page). */
    chooseTrack(trackId: string): boolean {
      return update('chooseTrack', (draft) => {
        draft.track = trackId;
      });
    },

    /** The name printed on certificates (spaces collapsed); blank removes it. */
    setLearnerName(name: string): boolean {
      const trimmed = name.trim().replace(/\s+/g, ' ');
      return update('setLearnerName', (draft) => {
        if (trimmed) draft.learnerName = trimmed;
        else delete draft.learnerName;
      });
    },

    /** Replaces all progress, e.g. with the result of merging an imported file; pending visits wait for the next change. */
    replaceProgress(progress: Progress): boolean {
      return update('replaceProgress', () => structuredClone(progress), { fold: false });
    },

    /** Forgets all progress, pending visits included (the page asks the learner first). */
    resetProgress(): boolean {
      const reset = update('resetProgress', () => emptyProgress(), { fold: false });
      if (reset) storage.remove(keys.pendingVisits);
      return reset;
    },

    /** What was set aside as unreadable, if anything. */
    getSetAside(): SetAsideRecord | undefined {
      const text = storage.read(keys.backup);
      if (text === undefined) return undefined;
      try {
        const record = JSON.parse(text) as Partial<SetAsideRecord>;
        if (typeof record.text === 'string' && typeof record.reason === 'string' && typeof record.date === 'string') return record as SetAsideRecord;
      } catch {
        // The backup itself was tampered with: show it as it is.
      }
      return { date: '', reason: 'The set-aside data is not in the expected form.', text };
    },

    /** Hides the "progress was set aside" notice once the learner has read it. */
    dismissRecoveryNotice(): void {
      if ($storageStatus.get() === 'recovered') $storageStatus.set('ok');
    },
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

/** The page's real environment: `localStorage`, `storage` events, the namespace set on <html>. */
function browserEnvironment(): ProgressEnvironment {
  if (typeof window === 'undefined' || typeof document === 'undefined') {
    // Server-side rendering: nothing is stored, and islands render as for a new learner.
    return { openStorage: () => memoryStorage(), events: { addEventListener() {}, removeEventListener() {} }, namespace: undefined };
  }
  return {
    openStorage: () => window.localStorage,
    events: windowPersistentEvents,
    namespace: document.documentElement.getAttribute('data-storage-namespace'),
    onSaved: () => window.dispatchEvent?.(new Event(PROGRESS_CHANGED_EVENT)),
  };
}

const store = createProgressStore(browserEnvironment());

export const {
  $progress,
  $storageStatus,
  recordVisit,
  getQuizProgress,
  saveQuizSnapshot,
  recordQuizAttempt,
  getFinalCheckProgress,
  saveFinalCheckSnapshot,
  recordFinalCheckAttempt,
  attestPolicy,
  getWorksheet,
  saveWorksheet,
  getSimulationProgress,
  saveSimulationSnapshot,
  recordSimulationRun,
  chooseTrack,
  setLearnerName,
  replaceProgress,
  resetProgress,
  getSetAside,
  dismissRecoveryNotice,
} = store;
/** The storage keys this page uses. */
export const progressKeys = store.keys;

// Page scripts that only read progress learn here that they may now use the store (StorageNotice.astro).
if (typeof window !== 'undefined' && typeof window.dispatchEvent === 'function') {
  announceStore(store);
}
