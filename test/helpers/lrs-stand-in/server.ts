// A small LMS and LRS in one, on node:http, in memory, on 127.0.0.1 only: what a cmi5 AU needs
// (statements, State API, agent profile, a one-time fetch URL) and what a test needs to see (every
// statement, every violation of the cmi5 rules, cmi5-referee.ts). Not a real LRS: no queries
// beyond "all statements", no voiding, no attachments. The e2e test test/e2e/cmi5.spec.ts launches
// a package against it; test/unit/lms/lrs-stand-in.test.ts checks it.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { canonical, Cmi5Referee, type LaunchedSession, type Violation } from './cmi5-referee.ts';

export interface LaunchOptions {
  /** The AU's address (the package's launch page), without launch parameters. */
  auUrl: string;
  /** The AU's publisher id from cmi5.xml: the context template's grouping. */
  publisherId: string;
  actor?: Record<string, unknown>;
  /** Same registration: a later session of the same enrolment. */
  registration?: string;
  launchMode?: LaunchedSession['launchMode'];
  masteryScore?: number;
  moveOn?: string;
  returnURL?: string;
}

export interface Launch {
  sessionId: string;
  registration: string;
  activityId: string;
  actor: Record<string, unknown>;
  /** The AU's address with the five launch parameters. */
  url: string;
  /** A page that shows the AU in a frame, as an LMS or CATAPULT does. */
  playerUrl: string;
}

interface StoredStatement {
  sessionId?: string;
  statement: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
  'Access-Control-Expose-Headers': 'ETag, X-Experience-API-Version',
  'Access-Control-Max-Age': '600',
};

const sessionIdExtension = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

export async function startLrsStandIn() {
  const referee = new Cmi5Referee();
  const statements: StoredStatement[] = [];
  const violations: (Violation & { sessionId: string })[] = [];
  /** `<activityId>|<agent>|<registration>|<stateId>` → document text. */
  const state = new Map<string, string>();
  const fetchTokens = new Map<string, { sessionId: string; used: boolean }>();
  /** auth token → session id. */
  const tokens = new Map<string, string>();
  const sessions = new Map<string, Launch & { launch: LaunchedSession }>();
  const requests: { method: string; path: string; sessionId?: string }[] = [];

  const stateKey = (query: URLSearchParams) => [query.get('activityId'), canonicalAgent(query.get('agent')), query.get('registration') ?? '', query.get('stateId')].join('|');
  const canonicalAgent = (text: string | null) => {
    try {
      return canonical(JSON.parse(text ?? 'null'));
    } catch {
      return text ?? '';
    }
  };

  const send = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { ...CORS, 'X-Experience-API-Version': '1.0.3', ...(body === undefined ? {} : { 'Content-Type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json' }), ...headers });
    res.end(body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
  };
  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (text += chunk));
      req.on('end', () => resolve(text));
      req.on('error', reject);
    });

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') return send(res, 204);

    // The LMS side: the one-time fetch URL and a player page.
    const fetchMatch = /^\/fetch\/([\w-]+)$/.exec(url.pathname);
    if (fetchMatch && method === 'POST') {
      const entry = fetchTokens.get(fetchMatch[1]!);
      if (!entry) return send(res, 404, { 'error-code': '3', 'error-text': 'unknown fetch URL' });
      requests.push({ method, path: '/fetch', sessionId: entry.sessionId });
      if (entry.used) {
        violations.push({ rule: 'fetch-once', detail: 'fetch URL used twice', sessionId: entry.sessionId });
        return send(res, 200, { 'error-code': '1', 'error-text': 'already in use' });
      }
      entry.used = true;
      const token = Buffer.from(`au:${randomUUID()}`).toString('base64');
      tokens.set(token, entry.sessionId);
      return send(res, 200, { 'auth-token': token });
    }
    if (url.pathname === '/lms/player' && method === 'GET') {
      const launch = sessions.get(url.searchParams.get('session') ?? '');
      if (!launch) return send(res, 404, 'no such session');
      return send(res, 200, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title></head><body style="margin:0"><iframe title="Course" src="${launch.url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" style="width:100%;height:98vh;border:0"></iframe></body></html>`);
    }

    // The LRS side.
    if (!url.pathname.startsWith('/xapi/')) return send(res, 404, { error: 'not found' });
    const resource = url.pathname.slice('/xapi/'.length);
    if (resource === 'about') return send(res, 200, { version: ['1.0.3'] });
    if (!req.headers['x-experience-api-version']) return send(res, 400, { error: 'X-Experience-API-Version header missing' });
    const auth = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const sessionId = auth ? tokens.get(auth) : undefined;
    if (!sessionId) return send(res, 401, { error: 'unknown credentials' });
    requests.push({ method, path: resource, sessionId });
    const launch = sessions.get(sessionId)!;

    if (resource === 'statements') {
      if (method === 'GET') return send(res, 200, { statements: statements.filter((s) => s.sessionId === sessionId).map((s) => s.statement), more: '' });
      if (method !== 'POST' && method !== 'PUT') return send(res, 405, { error: 'method not allowed' });
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        return send(res, 400, { error: 'not JSON' });
      }
      const batch = (Array.isArray(body) ? body : [body]) as StoredStatement['statement'][];
      const ids: string[] = [];
      for (const statement of batch) {
        const found = referee.check(sessionId, statement);
        if (found.length > 0) {
          violations.push(...found.map((v) => ({ ...v, sessionId })));
          // As CATAPULT does: refuse the request with the first rule broken.
          return send(res, 403, { violatedRule: found[0]!.rule, detail: found[0]!.detail });
        }
        statements.push({ sessionId, statement });
        ids.push(statement.id);
      }
      return send(res, 200, ids);
    }

    const refused = referee.checkRequest(sessionId);
    if (refused.length > 0) {
      violations.push(...refused.map((v) => ({ ...v, sessionId })));
      return send(res, 403, { violatedRule: refused[0]!.rule });
    }
    if (resource === 'activities/state') {
      const agent = canonicalAgent(url.searchParams.get('agent'));
      if (agent !== canonicalAgent(JSON.stringify(launch.actor)) || url.searchParams.get('registration') !== launch.registration) return send(res, 403, { error: 'agent or registration is not the launch one' });
      const key = stateKey(url.searchParams);
      if (method === 'GET') return state.has(key) ? send(res, 200, JSON.parse(state.get(key)!)) : send(res, 404, { error: 'no document' });
      if (url.searchParams.get('stateId') === 'LMS.LaunchData') {
        violations.push({ rule: 'launch-data-read-only', detail: `${method} LMS.LaunchData`, sessionId });
        return send(res, 403, { violatedRule: 'launch-data-read-only' });
      }
      if (method === 'PUT' || method === 'POST') {
        const text = await readBody(req);
        try {
          JSON.parse(text);
        } catch {
          return send(res, 400, { error: 'state documents of this course are JSON' });
        }
        state.set(key, text);
        return send(res, 204);
      }
      if (method === 'DELETE') {
        state.delete(key);
        return send(res, 204);
      }
    }
    if (resource === 'agents/profile' && method === 'GET') return send(res, 404, { error: 'no learner preferences' });
    return send(res, 404, { error: `${method} ${resource} is not served here` });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    endpoint: `${origin}/xapi/`,
    statements,
    violations,
    requests,
    /** Sets up a session as an LMS does before launching (LMS.LaunchData, `launched`), and gives its launch URL. */
    launch(options: LaunchOptions): Launch {
      const sessionId = randomUUID();
      const registration = options.registration ?? randomUUID();
      const actor = options.actor ?? { objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: 'learner-1' }, name: 'Test Learner' };
      const activityId = `https://lms.example.com/aus/${encodeURIComponent(options.publisherId)}`;
      const contextTemplate = {
        contextActivities: { grouping: [{ objectType: 'Activity', id: options.publisherId }] },
        extensions: { [sessionIdExtension]: sessionId },
      };
      const launchMode = options.launchMode ?? 'Normal';
      const launchData = { contextTemplate, launchMode, moveOn: options.moveOn ?? 'CompletedAndPassed', ...(options.masteryScore === undefined ? {} : { masteryScore: options.masteryScore }), ...(options.returnURL ? { returnURL: options.returnURL } : {}) };
      state.set([activityId, canonicalAgent(JSON.stringify(actor)), registration, 'LMS.LaunchData'].join('|'), JSON.stringify(launchData));
      const launched: LaunchedSession = { sessionId, registration, activityId, actor, launchMode, ...(options.masteryScore === undefined ? {} : { masteryScore: options.masteryScore }), contextTemplate };
      referee.launch(launched);
      statements.push({
        statement: { id: randomUUID(), actor, verb: { id: 'http://adlnet.gov/expapi/verbs/launched' }, object: { objectType: 'Activity', id: activityId }, context: { ...contextTemplate, registration }, timestamp: new Date().toISOString() },
      });
      const fetchToken = randomUUID();
      fetchTokens.set(fetchToken, { sessionId, used: false });
      const query = new URLSearchParams({ endpoint: `${origin}/xapi/`, fetch: `${origin}/fetch/${fetchToken}`, actor: JSON.stringify(actor), registration, activityId });
      const result: Launch = { sessionId, registration, activityId, actor, url: `${options.auUrl}?${query}`, playerUrl: `${origin}/lms/player?session=${sessionId}` };
      sessions.set(sessionId, { ...result, launch: launched });
      return result;
    },
    /** The verbs a session's accepted statements used, in order (LMS's `launched` not included). */
    history: (sessionId: string) => referee.history(sessionId),
    sessionStatements: (sessionId: string) => statements.filter((s) => s.sessionId === sessionId).map((s) => s.statement),
    /** The course's state document for a launch, parsed (undefined if none). */
    courseState(launch: Launch, stateId: string): unknown {
      const text = state.get([launch.activityId, canonicalAgent(JSON.stringify(launch.actor)), launch.registration, stateId].join('|'));
      return text === undefined ? undefined : JSON.parse(text);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type LrsStandIn = Awaited<ReturnType<typeof startLrsStandIn>>;

const CONTENT_TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css', json: 'application/json', svg: 'image/svg+xml', xml: 'application/xml', webmanifest: 'application/manifest+json' };

/**
 * Serves a package's files (path → bytes, as unzipped) on its own 127.0.0.1 port, without
 * directory index files, as an LMS's content server does: another origin than the LRS, so the AU's
 * requests are cross-origin as in production.
 */
export async function startContentServer(files: Record<string, Uint8Array>) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname).replace(/^\//, '');
    const body = files[path];
    if (!body) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.split('.').pop()!] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(Buffer.from(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
