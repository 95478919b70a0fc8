import GithubSlugger from 'github-slugger';
import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A `##`–`######` heading of a lesson body, with the anchor Astro gives it. */
export interface BodyHeading {
  depth: number;
  text: string;
  /** The element id Astro sets (github-slugger over the heading's text, unique within the page). */
  slug: string;
  /** Line within the body, from 1. */
  line: number;
  /** True when the heading contains a component, whose rendered text the anchor may not match. */
  hasComponent: boolean;
}

/** An attribute as written: a string, `true` for a bare flag, or an `{expression}` (not allowed in content). */
export type AttributeValue = string | true | { expression: string };

/** A JSX element used in a body: `<Term id="x">…</Term>`. */
export interface BodyComponent {
  name: string;
  attributes: Record<string, AttributeValue>;
  /** Line within the body, from 1. */
  line: number;
  /** The nearest enclosing component's name, if any. */
  parent?: string;
  /** Components directly inside it (ignoring Markdown wrappers such as paragraphs). */
  children: BodyComponent[];
  /** Its text content, Markdown stripped. */
  text: string;
  /** The items of the first Markdown list inside it, as plain text (for `<Steps>`). */
  listItems: string[];
  /**
   * The same items as printable text: `**bold**` kept, and `<OrgContact kind="x" />` / `<OurPolicy />`
   * left as `{contact:x}` / `{policy}` for the page to fill in with this organization's settings.
   */
  printItems: string[];
}

/** What the course check and reports need from a body. */
export interface AnalysedBody {
  headings: BodyHeading[];
  /** Every component, in document order (nested ones too). */
  components: BodyComponent[];
  /** Blocks of running prose (paragraphs, list items, table cells, quotes), for word counts and readability. */
  prose: string[];
}

// GFM as the site renders it: a table's cells are prose blocks of their own, not one long paragraph.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

const BLOCKS = new Set(['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell', 'mdxJsxFlowElement']);

/** A node's text with Markdown stripped; blocks are separated by a space so words don't run together. */
function plainText(node: Nodes): string {
  if (!('children' in node)) return toString(node);
  const children = node.children as Nodes[];
  const separator = children.some((child) => BLOCKS.has(child.type)) ? ' ' : '';
  return children.map(plainText).join(separator).replace(/\s+/g, ' ').trim();
}

type Jsx = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
const isJsx = (node: Nodes): node is Jsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Attributes that are themselves text the learner reads, counted as prose. */
const PROSE_ATTRIBUTES: Record<string, string[]> = { QuickCheck: ['question'], Decision: ['question'] };

function attributesOf(node: Jsx): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      attributes['{…}'] = { expression: attribute.value };
      continue;
    }
    const { value } = attribute;
    attributes[attribute.name] = value === null || value === undefined ? true : typeof value === 'string' ? value : { expression: value.value };
  }
  return attributes;
}

function firstList(node: Nodes): Extract<Nodes, { type: 'list' }> | undefined {
  if (node.type === 'list') return node;
  if ('children' in node) {
    for (const child of node.children as Nodes[]) {
      const list = firstList(child);
      if (list) return list;
    }
  }
  return undefined;
}

/** A node as printable text: emphasis kept as Markdown, organization components as placeholders. */
function printText(node: Nodes): string {
  if (isJsx(node)) {
    if (node.name === 'OrgContact') {
      const kind = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'kind')?.value;
      return `{contact:${typeof kind === 'string' ? kind : ''}}`;
    }
    if (node.name === 'OurPolicy') return '{policy}';
  }
  if (node.type === 'strong') return `**${node.children.map((child) => printText(child as Nodes)).join('')}**`;
  if (!('children' in node)) return toString(node);
  const children = node.children as Nodes[];
  const separator = children.some((child) => BLOCKS.has(child.type)) ? ' ' : '';
  return children.map(printText).join(separator).replace(/\s+/g, ' ').trim();
}

/**
 * Parses an MDX body (without frontmatter) the way MDX reads it. Throws the parser's error (with
 * `line`) for a body MDX cannot read.
 */
export function analyseBody(body: string): AnalysedBody {
  const tree = parser.parse(body) as Root;
  const slugger = new GithubSlugger();
  const headings: BodyHeading[] = [];
  const components: BodyComponent[] = [];
  const prose: string[] = [];

  const containsJsx = (node: Nodes): boolean => isJsx(node) || ('children' in node && (node.children as Nodes[]).some(containsJsx));

  const visit = (node: Nodes, parent: BodyComponent | undefined) => {
    if (node.type === 'heading') {
      const text = toString(node);
      headings.push({ depth: node.depth, text, slug: slugger.slug(text), line: node.position?.start.line ?? 0, hasComponent: containsJsx(node) });
      return;
    }
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return;
    if (isJsx(node)) {
      if (!node.name) return;
      const component: BodyComponent = {
        name: node.name,
        attributes: attributesOf(node),
        line: node.position?.start.line ?? 0,
        parent: parent?.name,
        children: [],
        text: plainText(node),
        listItems: firstList(node)?.children.map(plainText) ?? [],
        printItems: firstList(node)?.children.map(printText) ?? [],
      };
      components.push(component);
      parent?.children.push(component);
      if (node.type === 'mdxJsxFlowElement') {
        for (const attribute of PROSE_ATTRIBUTES[node.name] ?? []) {
          const value = component.attributes[attribute];
          if (typeof value === 'string') prose.push(value);
        }
        node.children.forEach((child) => visit(child as Nodes, component));
      } else {
        // An inline component's text is already in the prose of the paragraph around it.
        node.children.forEach((child) => visitInline(child as Nodes, component));
      }
      return;
    }
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      const text = plainText(node);
      if (text) prose.push(text);
      node.children.forEach((child) => visitInline(child as Nodes, parent));
      return;
    }
    if ('children' in node) (node.children as RootContent[]).forEach((child) => visit(child as Nodes, parent));
  };

  // Inside a paragraph only components matter: the paragraph's text is counted as one block.
  const visitInline = (node: Nodes, parent: BodyComponent | undefined) => {
    if (isJsx(node)) visit(node, parent);
    else if ('children' in node) (node.children as Nodes[]).forEach((child) => visitInline(child, parent));
  };

  tree.children.forEach((child) => visit(child as Nodes, undefined));
  return { headings, components, prose };
}
