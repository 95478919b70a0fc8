/**
 * Plain xAPI mode, for an organization with an LRS but no LMS: `xapi.endpoint` in site.yaml names
 * the LRS, and each learner opens the course with a link a trainer made, whose fragment carries a
 * token for that LRS and who the learner is:
 *
 *   https://training.example.com/academy/#xapi-token=<Basic token>&xapi-learner=<email or account name>&xapi-name=<name>
 *
 * The fragment never reaches a web server or its logs; the page moves it into sessionStorage (for
 * the visit, this tab only) and removes it from the address bar. Nothing of this loads without
 * such a link (the page checks the fragment and sessionStorage before importing this module), and
 * the built files hold no credential: the endpoint alone sends nothing.
 *
 * What is sent: each finished module quiz attempt (passed or failed, with its score), once per
 * browser, as the same statements a cmi5 package sends as "allowed" (xapi-statements.ts), without
 * cmi5's session context. No state is read or written.
 */
import type { Progress } from '../progress/progress-schema.ts';
import { fetchTransport } from './xapi-transport.ts';
import { attemptKey, uuidV4 } from './cmi5-session.ts';
import { activityIds, moduleResultStatement, type Agent, type AuSession, type Statement } from './xapi-statements.ts';

export interface PlainLink {
  token: string;
  learner: string;
  name?: string;
}

const PARAMS = ['xapi-token', 'xapi-learner', 'xapi-name'];

/** The link's parameters in a URL fragment, or undefined unless both token and learner are there. */
export function readPlainLink(hash: string): PlainLink | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('xapi-token')?.trim();
  const learner = params.get('xapi-learner')?.trim();
  if (!token || !learner) return undefined;
  const name = params.get('xapi-name')?.trim();
  return { token, learner, ...(name ? { name } : {}) };
}

/** The fragment without the link's parameters (what stays in the address bar). */
export function withoutPlainLink(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const name of PARAMS) params.delete(name);
  const rest = params.toString();
  return rest ? `#${rest}` : '';
}

/** The learner as an xAPI agent: an account on `accountHomePage` when set, else an email address. */
export function plainActor(link: PlainLink, accountHomePage?: string): Agent | undefined {
  const name = link.name ? { name: link.name } : {};
  if (accountHomePage) return { objectType: 'Agent', account: { homePage: accountHomePage, name: link.learner }, ...name };
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(link.learner)) return undefined;
  return { objectType: 'Agent', mbox: `mailto:${link.learner.toLowerCase()}`, ...name };
}

/** Statements for the quiz attempts in `progress` not yet in `sent`, with their keys. */
export function newAttemptStatements(
  progress: Progress,
  sent: ReadonlySet<string>,
  context: { actor: Agent; trackTitles: Readonly<Record<string, string>>; moduleTitles: Readonly<Record<string, string>>; activityIdBase: string },
  make: { now: () => Date; uuid: () => string } = { now: () => new Date(), uuid: uuidV4 },
): { statements: Statement[]; keys: string[] } {
  const statements: Statement[] = [];
  const keys: string[] = [];
  for (const [moduleId, quiz] of Object.entries(progress.quizzes)) {
    const trackId = moduleId.split('/')[0]!;
    const ids = activityIds(context.activityIdBase, trackId);
    const session: AuSession = { actor: context.actor, registration: '', activityId: ids.course, launchData: { contextTemplate: {}, launchMode: 'Normal' } };
    for (const attempt of quiz.attempts) {
      const key = attemptKey(moduleId, attempt);
      if (sent.has(key)) continue;
      keys.push(key);
      statements.push(
        moduleResultStatement(session, ids, context.trackTitles[trackId] ?? trackId, { moduleId, title: context.moduleTitles[moduleId] ?? moduleId, correct: attempt.correct, total: attempt.total, passed: attempt.passed }, { id: make.uuid(), now: make.now() }),
      );
    }
  }
  return { statements, keys };
}

export interface PlainConfig {
  endpoint: string;
  accountHomePage?: string;
  activityIdBase: string;
  storageNamespace: string;
  trackTitles: Record<string, string>;
  moduleTitles: Record<string, string>;
}

interface Store {
  $progress: { get(): Progress; listen(listener: (progress: Progress) => void): () => void };
}

const storageOf = (get: () => Storage): Storage | undefined => {
  try {
    return get();
  } catch {
    return undefined;
  }
};

/** Starts plain xAPI reporting on a page (see the file comment); does nothing without a link. */
export async function startPlainXapi(config: PlainConfig, loadStore: () => Promise<Store>): Promise<void> {
  const session = storageOf(() => sessionStorage);
  const local = storageOf(() => localStorage);
  const linkKey = `${config.storageNamespace}:xapi-link`;
  const fromUrl = readPlainLink(location.hash);
  if (fromUrl) {
    session?.setItem(linkKey, JSON.stringify(fromUrl));
    history.replaceState(history.state, '', `${location.pathname}${location.search}${withoutPlainLink(location.hash)}`);
  }
  let link = fromUrl;
  try {
    link ??= JSON.parse(session?.getItem(linkKey) ?? 'null') ?? undefined;
  } catch {
    link = undefined;
  }
  if (!link) return;
  const actor = plainActor(link, config.accountHomePage);
  if (!actor) return console.warn('[xapi] the link names no valid learner (an email address, or an account name when accountHomePage is set); nothing is sent');

  const sentKey = `${config.storageNamespace}:xapi-sent:${JSON.stringify(actor.mbox ?? actor.account)}`;
  const sent = new Set<string>(JSON.parse(local?.getItem(sentKey) ?? '[]') as string[]);
  const transport = fetchTransport({ endpoint: config.endpoint, authorization: `Basic ${link.token}`, actor, activityId: config.activityIdBase });
  const { $progress } = await loadStore();
  let busy = false;
  const flush = async () => {
    if (busy) return;
    busy = true;
    try {
      const { statements, keys } = newAttemptStatements($progress.get(), sent, { actor, ...config });
      if (statements.length === 0) return;
      await transport.sendStatements(statements, { keepalive: true });
      for (const key of keys) sent.add(key);
      local?.setItem(sentKey, JSON.stringify([...sent]));
    } catch (error) {
      console.warn(`[xapi] the LRS did not take the results; they go with the next change: ${(error as Error).message}`);
    } finally {
      busy = false;
    }
  };
  void flush();
  $progress.listen(() => void flush());
}
