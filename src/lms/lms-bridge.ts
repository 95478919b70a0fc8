/**
 * The course inside an LMS. A SCORM package launches `scorm-launch/index.html`, a thin page that
 * holds the one LMS session of the launch (Initialize once, Terminate when the LMS closes it) and
 * shows the course pages in a frame. Course pages come and go as the learner moves around; each
 * reports its progress to the launch page through the bridge, which turns it into SCORM data.
 *
 *   LMS window (API / API_1484_11)
 *     └ launch page: connectToLms() → window[BRIDGE_KEY]
 *         └ course page: findLmsBridge(window) → syncWithLms(bridge, progress store)
 *
 * Outside an LMS no API is found and nothing happens.
 *
 * Saving: every change is set in the LMS's API at once (SetValue, in the LMS window's memory), but
 * committed (the LMS's round trip to its server) only when it matters: a status, score, objective
 * or interaction changed, the page is hidden (the learner switches away or closes the tab), or the
 * session ends. A closed tab loses nothing: `pagehide` sets the session time, commits and
 * terminates, and a browser that still holds a newer record merges it in at the next launch.
 */
import { mergeProgress } from '../progress/merge.ts';
import { emptyProgress, LEARNER_NAME_MAX_LENGTH, type Progress } from '../progress/progress-schema.ts';
import { BRIDGE_KEY, findLmsBridge, type LmsBridge } from './lms-frame.ts';
import { createScormSession, describeScormError, findScormApi, type FrameLike, type ScormSession } from './scorm-api.ts';
import { interactionSets, interactionValues, INTERACTION_LIMIT, OBJECTIVE_LIMIT, objectiveRecords, objectiveValues, reportedSetKeys, setKeyOf, type TrackFacts } from './scorm-records.ts';
import { CMI_ELEMENTS, STATUS_ORDER, cmiValues, isGuarded, keepRaising, sessionTime, type ReportOptions, type ScormVersion } from './scorm-report.ts';
import { decodeSuspendData, encodeSuspendData } from './suspend-data.ts';
import { trackResult, type TrackRules } from './track-result.ts';

export { BRIDGE_KEY, findLmsBridge, type LmsBridge };

/**
 * What the LMS handed over at launch:
 * - first: a new attempt (`cmi.entry` is `ab-initio` or empty) with no suspend data;
 * - resume: suspend data this course wrote;
 * - resume-empty: the LMS resumes the attempt (`cmi.entry` = `resume`) but holds no suspend data;
 * - unreadable: suspend data this course cannot read (another course, a newer package, a failed
 *   read), kept as it is: the launch writes nothing to the LMS.
 */
export type Launch =
  | { kind: 'first' }
  | { kind: 'resume'; record: Progress }
  | { kind: 'resume-empty' }
  | { kind: 'unreadable'; text: string; reason: string };

/** How the LMS launched the course and whom for. */
export interface LaunchContext {
  /** normal: results count · browse, review: the LMS shows the course without recording (SCORM 2004 RTE 4.2.13). */
  mode: 'normal' | 'browse' | 'review';
  /** false for `no-credit`: the LMS records, but does not count the results. */
  credit: boolean;
  /** The learner's id and name as the LMS gives them ('' when it does not). */
  learner: { id: string; name: string };
}

/** The package as built: the track's rules and facts, and how to report (the launch page's data). */
export interface ScormPackage extends TrackFacts {
  rules: TrackRules;
  report?: ReportOptions;
}

/** The bridge the launch page holds, with what the LMS handed over. */
export interface LaunchBridge extends LmsBridge {
  readonly launch: Launch;
  readonly context: LaunchContext;
  /** What the learner should know about this launch, for the launch page to show; undefined when all is as usual. */
  readonly notice?: string;
}

export interface LaunchWindow extends FrameLike {
  addEventListener(type: 'pagehide' | 'visibilitychange', listener: () => void): void;
  document?: { visibilityState?: string };
}

export interface ConnectOptions {
  /**
   * This browser's record for the package and the LMS learner id it was last saved for. On a
   * resume it is merged into the LMS's record (nothing lowered) when the ids match, so what the
   * LMS missed (a tab closed before a commit went through) comes back; another learner's record
   * on a shared computer never does.
   */
  browser?: { progress: Progress; learnerId?: string };
  /** The clock (milliseconds), for the session time. */
  now?: () => number;
}

const warn = (message: string) => console.warn(`[lms] ${message}`);

/** Reads what the LMS holds for the learner at launch (`cmi.entry` and `cmi.suspend_data`). */
export function readLaunch(session: ScormSession): Launch {
  const elements = CMI_ELEMENTS[session.version];
  const entry = session.getValue(elements.entry);
  const text = session.getValue(elements.suspendData);
  const readError = session.lastError();
  if (readError) return { kind: 'unreadable', text, reason: `could not be read${describeScormError(readError)}` };
  if (!text.trim()) return entry === 'resume' ? { kind: 'resume-empty' } : { kind: 'first' };
  const decoded = decodeSuspendData(text);
  return decoded.ok ? { kind: 'resume', record: decoded.progress } : { kind: 'unreadable', text, reason: decoded.reason };
}

/** Reads the launch mode, credit and learner (`cmi.core.lesson_mode` / `cmi.mode`, `credit`, the learner's id and name). */
export function readContext(session: ScormSession): LaunchContext {
  const elements = CMI_ELEMENTS[session.version];
  const mode = session.getValue(elements.mode);
  return {
    mode: mode === 'browse' || mode === 'review' ? mode : 'normal',
    credit: session.getValue(elements.credit) !== 'no-credit',
    learner: { id: session.getValue(elements.learnerId).trim(), name: session.getValue(elements.learnerName).trim() },
  };
}

/**
 * A learner name as a certificate prints it. LMSs give SCORM's learner name as "Last, First"
 * (the form SCORM 1.2 recommends, and Moodle's); one comma is read that way and turned around.
 */
export function displayName(lmsName: string): string {
  const parts = lmsName.split(',').map((part) => part.replace(/\s+/g, ' ').trim());
  const name = parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : lmsName.replace(/\s+/g, ' ').trim();
  return name.slice(0, LEARNER_NAME_MAX_LENGTH);
}

/** What the LMS holds that reports build on: the guarded values, the objectives' places, and the interactions. */
interface Held {
  /** Status and score elements (the track's and each objective's) → value: never lowered. */
  guarded: Map<string, string>;
  /** Objective id → its index. */
  objectives: Map<string, number>;
  objectiveCount: number;
  interactionCount: number;
  /** Sets of interactions the LMS already has (SCORM 2004 only: 1.2's interactions are write-only). */
  interactionKeys: Set<string>;
}

const count = (session: ScormSession, element: string, limit: number) => {
  const value = Number.parseInt(session.getValue(element), 10);
  return Number.isInteger(value) && value > 0 ? Math.min(value, limit) : 0;
};

function readHeld(session: ScormSession): Held {
  const version = session.version;
  const guarded = new Map<string, string>();
  const read = (element: string) => guarded.set(element, session.getValue(element));
  Object.keys(STATUS_ORDER[version]).forEach(read);
  read(CMI_ELEMENTS[version].scoreRaw);
  const objectives = new Map<string, number>();
  const objectiveCount = count(session, 'cmi.objectives._count', OBJECTIVE_LIMIT);
  for (let n = 0; n < objectiveCount; n++) {
    const id = session.getValue(`cmi.objectives.${n}.id`);
    if (id && !objectives.has(id)) objectives.set(id, n);
    const statuses = version === '1.2' ? ['status'] : ['completion_status', 'success_status'];
    for (const name of [...statuses, 'score.raw']) read(`cmi.objectives.${n}.${name}`);
  }
  const interactionCount = count(session, 'cmi.interactions._count', INTERACTION_LIMIT);
  const interactionKeys = new Set<string>();
  if (version === '2004') {
    for (let n = 0; n < interactionCount; n++) {
      const key = setKeyOf(session.getValue(`cmi.interactions.${n}.id`), session.getValue(`cmi.interactions.${n}.timestamp`));
      if (key) interactionKeys.add(key);
    }
  }
  return { guarded, objectives, objectiveCount, interactionCount, interactionKeys };
}

/** The launch page's message for this launch (see LaunchBridge.notice). */
export function launchNotice(version: ScormVersion, launch: Launch, context: LaunchContext, held: ReadonlyMap<string, string>, restored: boolean): string | undefined {
  if (context.mode !== 'normal') return `${context.mode === 'review' ? 'Review' : 'Browse'} mode: your learning system shows the course without recording anything from this visit.`;
  if (launch.kind === 'unreadable') return 'Your learning system holds progress this version of the course cannot read. It is kept as it is; what you do in this visit is saved in this browser only.';
  const done = version === '1.2' ? ['passed', 'completed'].includes(held.get('cmi.core.lesson_status') ?? '') : held.get('cmi.completion_status') === 'completed' || held.get('cmi.success_status') === 'passed';
  if (launch.kind === 'resume-empty' && done && !restored) {
    return 'Your learning system records this course as done, but did not hand back the details of your earlier visits, so some pages may show modules as not started. Your result there stays as it is.';
  }
  return undefined;
}

/** Elements whose change alone does not call for a commit now (the next commit, a hidden page or the end of the session takes them). */
const lazy = (version: ScormVersion) => new Set([CMI_ELEMENTS[version].suspendData, CMI_ELEMENTS[version].exit]);

/**
 * Starts the LMS session of a launch: finds the API, initializes it, reads the LMS's record of the
 * learner and writes the starting status. Undefined when there is no LMS (or it refuses to start).
 * Suspend data the course cannot read is never overwritten (see `Launch`); in browse or review
 * mode nothing is written at all; and no status or score the LMS holds is ever lowered. The
 * session ends on `pagehide` of the launch page, that is when the LMS closes the course.
 */
export function connectToLms(win: LaunchWindow, version: ScormVersion, pkg: ScormPackage, options: ConnectOptions = {}): LaunchBridge | undefined {
  const now = options.now ?? Date.now;
  const api = findScormApi(win, version);
  if (!api) return undefined;
  const session = createScormSession(api, version);
  if (!session.initialize()) {
    warn(`the LMS did not start a SCORM ${version} session${describeScormError(session.lastError())}; progress is kept in this browser only`);
    return undefined;
  }
  const startedAt = now();
  const elements = CMI_ELEMENTS[version];
  const launch = readLaunch(session);
  const context = readContext(session);
  const reviewing = context.mode !== 'normal';
  if (launch.kind === 'unreadable') {
    warn(`the LMS's suspend data ${launch.reason}. It is kept as it is: this launch writes nothing to the LMS, and progress is kept in this browser only`);
  } else if (launch.kind === 'resume-empty') {
    warn('the LMS resumed the course without suspend data; starting from nothing (statuses the LMS holds are kept)');
  }
  const readOnly = launch.kind === 'unreadable' || reviewing;
  const held = readHeld(session);

  // The LMS's record is the truth: a first launch (a new attempt) starts from nothing; a resume
  // takes back what this browser kept for the same learner and the LMS lacks.
  let record = launch.kind === 'resume' ? launch.record : emptyProgress();
  const browser = options.browser;
  const restored = !reviewing && (launch.kind === 'resume' || launch.kind === 'resume-empty') && browser !== undefined && context.learner.id !== '' && browser.learnerId === context.learner.id;
  if (restored) record = mergeProgress(record, browser.progress);
  const learnerName = context.learner.name ? displayName(context.learner.name) : '';
  if (learnerName) record = { ...record, learnerName };

  // What the LMS already has needs no write; the sets of interactions it has are not sent again
  // (SCORM 1.2 cannot read them back: its suspend data says which it was sent with).
  const written = new Map([...held.guarded, ...[...held.objectives].map(([id, n]) => [`cmi.objectives.${n}.id`, id] as [string, string])]);
  const sent = new Set([...held.interactionKeys, ...(launch.kind === 'resume' ? reportedSetKeys(launch.record, pkg.rules) : [])]);
  let objectiveCount = held.objectiveCount;
  let interactionCount = held.interactionCount;
  const lazyElements = lazy(version);
  // Write-only elements (SCORM 1.2's interactions; the exit state) cannot be read back.
  const readable = (element: string) => element !== elements.exit && !element.startsWith('cmi.interactions.');
  let pending = false;
  let finished = false;

  const commit = () => {
    pending = false;
    if (!session.commit()) warn(`the LMS did not commit${describeScormError(session.lastError())}`);
  };

  const write = (progress: Progress) => {
    const values = cmiValues(version, trackResult(progress, pkg.rules), encodeSuspendData(progress), pkg.report);
    for (const objective of objectiveRecords(progress, pkg.rules, pkg)) {
      let index = held.objectives.get(objective.id);
      if (index === undefined) {
        if (objectiveCount >= OBJECTIVE_LIMIT) continue;
        index = objectiveCount++;
        held.objectives.set(objective.id, index);
      }
      values.push(...objectiveValues(version, index, objective));
    }
    for (const set of interactionSets(progress, pkg.rules, pkg)) {
      if (sent.has(set.key)) continue;
      sent.add(set.key);
      if (interactionCount + set.interactions.length > INTERACTION_LIMIT) {
        warn(`the LMS has ${interactionCount} interactions; ${set.interactions.length} more would pass the ${INTERACTION_LIMIT} SCORM allows, so they are not sent`);
        continue;
      }
      set.interactions.forEach((interaction, i) => values.push(...interactionValues(version, interactionCount + i, interaction)));
      interactionCount += set.interactions.length;
    }
    let important = false;
    for (const [element, value] of keepRaising(version, values, held.guarded)) {
      // What the LMS already holds (from an earlier launch of the attempt) is not sent again.
      if (!written.has(element) && readable(element)) written.set(element, session.getValue(element));
      if (written.get(element) === value) continue;
      if (!session.setValue(element, value)) {
        warn(`the LMS refused ${element}${describeScormError(session.lastError())}`);
        continue;
      }
      written.set(element, value);
      if (isGuarded(version, element)) held.guarded.set(element, value);
      if (lazyElements.has(element)) pending = true;
      else important = true;
    }
    if (important) commit();
  };

  if (!readOnly) write(record);
  win.addEventListener('visibilitychange', () => {
    if (!finished && pending && win.document?.visibilityState === 'hidden') commit();
  });
  win.addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    if (!reviewing) {
      // Keep the attempt open, so the LMS keeps the data this course could not read.
      if (launch.kind === 'unreadable') session.setValue(elements.exit, 'suspend');
      if (!session.setValue(elements.sessionTime, sessionTime(version, now() - startedAt))) warn(`the LMS refused ${elements.sessionTime}${describeScormError(session.lastError())}`);
      commit();
    }
    session.terminate();
  });

  const notice = launchNotice(version, launch, context, held.guarded, restored);
  return {
    launch,
    context,
    ...(notice ? { notice } : {}),
    ...(learnerName ? { learnerName } : {}),
    record: () => (launch.kind === 'unreadable' ? undefined : structuredClone(record)),
    report(progress) {
      if (finished || readOnly) return;
      record = structuredClone(progress);
      write(record);
    },
  };
}

/** The part of the progress store the bridge needs. */
export interface SyncedStore {
  $progress: { get(): Progress; listen(listener: (progress: Progress) => void): () => void };
  $storageStatus: { get(): string };
  replaceProgress(progress: Progress): unknown;
}

/**
 * Keeps the LMS up to date with a course page's progress. The launch page put the LMS's record
 * into browser storage before the first page loaded, so a page reports what it holds; only when
 * storage is unusable (each page then starts empty) does the page take the record from the bridge.
 */
export function syncWithLms(bridge: LmsBridge, store: SyncedStore): () => void {
  const record = store.$storageStatus.get() === 'memory' ? bridge.record() : undefined;
  if (record) store.replaceProgress(record);
  else bridge.report(store.$progress.get());
  return store.$progress.listen((progress) => bridge.report(progress));
}
