// DOM helpers shared by the header box and the search page (plain TypeScript, no framework).
// Everything a result shows arrives as text segments and is inserted as text, never as HTML, so no
// query or content can inject markup.
import { learnerTrack } from '../../search/learner-track.ts';
import { loadSearchClient } from '../../search/load-client.ts';
import type { SearchClient } from '../../search/client.ts';
import type { PresentedHit } from '../../search/present.ts';
import type { SearchDocumentType } from '../../search/search-data.ts';
import type { Segment } from '../../search/snippet.ts';

export const TYPE_LABELS: Record<SearchDocumentType, { one: string; many: string }> = {
  module: { one: 'Module', many: 'Modules' },
  'case-study': { one: 'Case study', many: 'Case studies' },
  glossary: { one: 'Glossary', many: 'Glossary terms' },
  simulation: { one: 'Crisis simulation', many: 'Crisis simulations' },
};

/** An element with optional class and children (strings become text nodes). */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** Segments as nodes: matched words in <mark>, the rest as text. */
export const marked = (segments: readonly Segment[]): Node[] => segments.map((segment) => (segment.match ? element('mark', '', segment.text) : document.createTextNode(segment.text)));

/** "Page title › Heading › Subheading" as nodes, matched words marked. */
export function trail(hit: PresentedHit, includeTitle = true): Node[] {
  const parts = [...(includeTitle ? [hit.title] : []), ...hit.headings];
  return parts.flatMap((part, i) => [...(i > 0 ? [element('span', 'search-trail__sep', ' › ')] : []), ...marked(part)]);
}

/** Session storage when the browser allows it: search keeps fetched files there for the tab. */
function sessionCopies(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The search settings the header box carries (every page has it): the index folder and the base path. */
export function searchSettings(): { folder: string; base: string } | undefined {
  const form = document.querySelector<HTMLElement>('[data-search-folder]');
  const folder = form?.dataset.searchFolder;
  return folder ? { folder, base: form.dataset.searchBase ?? '/' } : undefined;
}

/** The page-wide search client (loads lunr and the manifest once per page; files once per tab). */
export function openClient(): Promise<SearchClient> {
  const settings = searchSettings();
  if (!settings) return Promise.reject(new Error('This page has no search index.'));
  return loadSearchClient({ ...settings, storage: sessionCopies() });
}

/** The learner's own track, from their stored progress, among the tracks the index knows. */
export function ownTrack(client: SearchClient): string | undefined {
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined;
  }
  return learnerTrack(storage, document.documentElement.getAttribute('data-storage-namespace'), client.manifest.tracks.map((track) => track.id));
}

