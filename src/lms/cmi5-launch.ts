/**
 * The launch of a cmi5 package's AU, on its launch page (`cmi5-launch/index.html`, package builds
 * only: src/integrations/cmi5-launch.ts). Browser code without a framework; the page itself only
 * wires it to the DOM.
 *
 * Opened with cmi5 launch parameters, it loads @xapi/cmi5 (a dynamic import: nothing of it loads
 * otherwise), which fetches the auth token (the fetch URL works once), reads the LMS's launch data
 * and learner preferences and sends `initialized`. The session record — the parameters' fetch URL,
 * the token, when the session started and what it has sent — goes into sessionStorage at once, so
 * a reload of the launch page re-attaches to the session instead of fetching again; after
 * `terminated` a reload finds the session over. Then cmi5-session.ts takes over.
 */
import { LEARNER_NAME_MAX_LENGTH, type Progress } from '../progress/progress-schema.ts';
import type { AuCriteria, SessionReport } from './cmi5-rules.ts';
import { createCmi5Au, type Cmi5Au } from './cmi5-session.ts';
import type { CourseState } from './cmi5-state.ts';
import type { LmsBridge } from './lms-frame.ts';
import { fetchTransport } from './xapi-transport.ts';
import { activityIds, type Agent, type FinalCheckReport, type LaunchData } from './xapi-statements.ts';

/** The five launch parameters of cmi5 section 8.1 (`actor` parsed). */
export interface LaunchParameters {
  endpoint: string;
  fetch: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

/** The launch parameters in a query string, or undefined unless all five are there and `actor` is a JSON object. */
export function readLaunchParameters(search: string): LaunchParameters | undefined {
  const query = new URLSearchParams(search);
  const [endpoint, fetchUrl, actorText, registration, activityId] = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].map((name) => query.get(name) ?? '');
  if (!endpoint || !fetchUrl || !actorText || !registration || !activityId) return undefined;
  try {
    const actor: unknown = JSON.parse(actorText);
    if (typeof actor !== 'object' || actor === null || Array.isArray(actor)) return undefined;
    return { endpoint, fetch: fetchUrl, actor: actor as Agent, registration, activityId };
  } catch {
    return undefined;
  }
}

/** Whether a query string carries cmi5 launch parameters (checked before anything is loaded). */
export const hasLaunchParameters = (search: string) => readLaunchParameters(search) !== undefined;

/** The launch page's record of its session, in sessionStorage. */
interface SessionRecord {
  /** The fetch URL of the launch: a new launch has a new one. */
  fetch: string;
  authToken: string;
  startedAt: string;
  report: SessionReport;
}

/** The package as built (data attributes of the launch page). */
export interface PackageConfig {
  trackId: string;
  title: string;
  moduleTitles: Record<string, string>;
  criteria: AuCriteria;
  activityIdBase: string;
  storageNamespace: string;
}

/** Course pages find this at `window.parent[BRIDGE_KEY]`: the SCORM bridge's shape, plus the final check. */
export interface Cmi5Bridge extends LmsBridge {
  reportFinalCheck(report: FinalCheckReport): void;
}

/** The final check island's way to the bridge (kept in lms-frame.ts, which islands load cheaply). */
export { findFinalCheckReporter } from './lms-frame.ts';

export type LaunchOutcome =
  | { kind: 'none' }
  | { kind: 'ended' }
  | { kind: 'failed'; message: string }
  | { kind: 'connected'; au: Cmi5Au; bridge: Cmi5Bridge; launchData: LaunchData };

export interface LaunchEnvironment {
  search: string;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  localStorage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  /** This browser's record for the package. */
  localProgress: () => Progress;
  /** Puts the merged record into the package's browser storage before the course pages read it. */
  replaceProgress: (progress: Progress) => void;
  /** The library, loaded only now. */
  loadCmi5?: () => Promise<typeof import('@xapi/cmi5')>;
  warn?: (message: string) => void;
}

const readJson = <T>(storage: Pick<Storage, 'getItem'> | undefined, key: string): T | undefined => {
  try {
    const text = storage?.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
};
const writeText = (storage: Pick<Storage, 'setItem'> | undefined, key: string, value: string) => {
  try {
    storage?.setItem(key, value);
  } catch {
    // Blocked or full storage: the session still works until the page is reloaded.
  }
};

/** Starts (or re-attaches to) the AU session of this launch; see the file comment. */
export async function startCmi5Launch(config: PackageConfig, env: LaunchEnvironment): Promise<LaunchOutcome> {
  const params = readLaunchParameters(env.search);
  if (!params) return { kind: 'none' };
  const warn = env.warn ?? ((message: string) => console.warn(`[cmi5] ${message}`));
  const sessionKey = `${config.storageNamespace}:cmi5-session`;
  const ownerKey = `${config.storageNamespace}:cmi5-registration`;
  const previous = readJson<SessionRecord>(env.sessionStorage, sessionKey);
  const resumed = previous && previous.fetch === params.fetch ? previous : undefined;
  if (resumed?.report.terminated) return { kind: 'ended' };

  let cmi5: import('@xapi/cmi5').default;
  try {
    const { default: Cmi5 } = await (env.loadCmi5 ?? (() => import('@xapi/cmi5')))();
    cmi5 = new Cmi5({ ...params, actor: params.actor as never });
    if (resumed) await cmi5.initialize({ authToken: resumed.authToken, initializedDate: new Date(resumed.startedAt) });
    else await cmi5.initialize();
  } catch (error) {
    return { kind: 'failed', message: (error as Error).message };
  }
  const record: SessionRecord = resumed ?? { fetch: params.fetch, authToken: cmi5.getAuthToken(), startedAt: cmi5.getInitializedDate().toISOString(), report: { initialized: true, completed: false, terminated: false } };
  const save = (report: SessionReport) => writeText(env.sessionStorage, sessionKey, JSON.stringify({ ...record, report }));
  save(record.report);

  const launchData = cmi5.getLaunchData() as LaunchData;
  const au = createCmi5Au({
    session: { actor: params.actor, registration: params.registration, activityId: params.activityId, launchData },
    startedAt: new Date(record.startedAt),
    report: record.report,
    criteria: config.criteria,
    ids: activityIds(config.activityIdBase, config.trackId),
    courseTitle: config.title,
    moduleTitles: config.moduleTitles,
    transport: fetchTransport({ endpoint: params.endpoint, authorization: `Basic ${record.authToken}`, actor: params.actor, activityId: params.activityId, registration: params.registration }),
    onReport: save,
    warn,
  });

  // This browser's record joins the LRS's only if it was last this registration's: on a shared
  // computer another learner's progress must not become this learner's.
  let sameLearner = false;
  try {
    sameLearner = env.localStorage?.getItem(ownerKey) === params.registration;
  } catch {
    sameLearner = false;
  }
  const local: CourseState | undefined = sameLearner ? { progress: env.localProgress(), reported: {} } : undefined;
  const progress = await au.start(local);
  // The LMS knows the learner: its name goes on the certificate and into exported progress.
  const lmsName = params.actor.name?.trim().slice(0, LEARNER_NAME_MAX_LENGTH);
  env.replaceProgress(lmsName ? { ...progress, learnerName: lmsName } : progress);
  writeText(env.localStorage, ownerKey, params.registration);

  const bridge: Cmi5Bridge = {
    record: () => au.state.progress,
    report: (next) => au.report(next),
    reportFinalCheck: (report) => au.reportFinalCheck(report),
    ...(lmsName ? { learnerName: lmsName } : {}),
  };
  return { kind: 'connected', au, bridge, launchData };
}
