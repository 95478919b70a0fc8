/**
 * The xAPI resources the course uses (statements, State API) over fetch: for a cmi5 AU session
 * (cmi5-session.ts) and plain xAPI mode (xapi-plain.ts). xAPI 1.0.3, which every LRS the course
 * was tried with accepts.
 */
import type { Agent, Statement } from './xapi-statements.ts';

/** How statements and the state document reach the LRS. */
export interface XapiTransport {
  /** Posts statements in one request; rejects with an `XapiError` when they were not stored. */
  sendStatements(statements: Statement[], options?: { keepalive?: boolean }): Promise<void>;
  /** The state document, or undefined if there is none. */
  getState(stateId: string): Promise<unknown>;
  putState(stateId: string, document: unknown, options?: { keepalive?: boolean }): Promise<void>;
}

/** A failed LRS request; `retry` when it may succeed later (network, 5xx), not when the LRS refused it. */
export class XapiError extends Error {
  readonly retry: boolean;
  constructor(message: string, retry: boolean) {
    super(message);
    this.retry = retry;
  }
}

/** The xAPI resources the course uses, over fetch. Requests survive the page with `keepalive`. */
export function fetchTransport(options: { endpoint: string; authorization: string; actor: Agent; activityId: string; registration?: string; fetch?: typeof fetch }): XapiTransport {
  const endpoint = options.endpoint.endsWith('/') ? options.endpoint : `${options.endpoint}/`;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const headers = { Authorization: options.authorization, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };
  const stateUrl = (stateId: string) => {
    const query = new URLSearchParams({ activityId: options.activityId, agent: JSON.stringify(options.actor), stateId });
    if (options.registration) query.set('registration', options.registration);
    return `${endpoint}activities/state?${query}`;
  };
  const request = async (url: string, init: RequestInit): Promise<Response> => {
    let response: Response;
    try {
      response = await doFetch(url, { ...init, headers, credentials: 'omit', mode: 'cors' });
    } catch (error) {
      throw new XapiError(`no answer from the LRS (${(error as Error).message})`, true);
    }
    return response;
  };
  const check = async (response: Response, what: string) => {
    if (response.ok) return;
    const detail = (await response.text().catch(() => '')).slice(0, 200);
    throw new XapiError(`${what}: ${response.status} ${detail}`, response.status >= 500 || response.status === 429);
  };
  return {
    async sendStatements(statements: Statement[], { keepalive = false } = {}) {
      if (statements.length === 0) return;
      await check(await request(`${endpoint}statements`, { method: 'POST', body: JSON.stringify(statements), keepalive }), 'statements refused');
    },
    async getState(stateId: string) {
      const response = await request(stateUrl(stateId), { method: 'GET' });
      if (response.status === 404) return undefined;
      await check(response, 'state not read');
      const text = await response.text();
      try {
        return text ? JSON.parse(text) : undefined;
      } catch {
        return undefined;
      }
    },
    async putState(stateId: string, document: unknown, { keepalive = false } = {}) {
      await check(await request(stateUrl(stateId), { method: 'PUT', body: JSON.stringify(document), keepalive }), 'state not saved');
    },
  };
}

