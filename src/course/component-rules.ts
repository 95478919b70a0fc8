import type { AttributeValue, BodyComponent } from './mdx-body.ts';
import { CONTACT_KINDS, JURISDICTIONS } from './schemas/site.ts';

/**
 * The components lessons and cases may use (content/README.md documents each) and the rules the
 * build checks for them, so a mistake fails the build naming the file and line instead of breaking
 * a page or rendering nothing.
 */
interface ComponentRule {
  /** Attributes that must be present, as text. */
  required?: string[];
  /** Attributes that may be present, as text. */
  optional?: string[];
  /** Attributes written bare, as flags (`vendor`, `correct`, `handout`). */
  flags?: string[];
  /** Components it must sit inside. */
  inside?: string;
  /** Checks beyond attributes; returns what is wrong and what to do. */
  check?: (component: BodyComponent, context: RuleContext) => string[];
}

export interface RuleContext {
  /** Glossary ids, for `<Term id>`. */
  glossaryIds: ReadonlySet<string>;
}

const YEAR_MONTH = /^(19|20)\d\d-(0[1-9]|1[0-2])$/;

const count = (component: BodyComponent, name: string) => component.children.filter((child) => child.name === name).length;

export const COMPONENT_RULES: Record<string, ComponentRule> = {
  AsOf: {
    required: ['date'],
    check: ({ attributes }) => (typeof attributes.date === 'string' && !YEAR_MONTH.test(attributes.date) ? [`date "${attributes.date}" must be YYYY-MM, e.g. date="2026-12"`] : []),
  },
  OrgContact: {
    required: ['kind'],
    check: ({ attributes }) =>
      typeof attributes.kind === 'string' && !(CONTACT_KINDS as readonly string[]).includes(attributes.kind)
        ? [`kind "${attributes.kind}" is not a contact — use one of ${CONTACT_KINDS.join(', ')}`]
        : [],
  },
  OurPolicy: {},
  ForJurisdiction: {
    required: ['in'],
    check: ({ attributes }) => {
      if (typeof attributes.in !== 'string') return [];
      const unknown = attributes.in.split(',').map((part) => part.trim()).filter((part) => !(JURISDICTIONS as readonly string[]).includes(part));
      return unknown.length > 0 ? [`in="${attributes.in}" names ${unknown.map((u) => `"${u}"`).join(', ')} — use ${JURISDICTIONS.join(', ')}, separated by commas`] : [];
    },
  },
  Term: {
    required: ['id'],
    check: ({ attributes }, { glossaryIds }) =>
      typeof attributes.id === 'string' && !glossaryIds.has(attributes.id) ? [`no glossary entry "${attributes.id}" — add it to content/glossary.yaml or fix the id`] : [],
  },
  Timeline: {
    required: ['caption'],
    check: (component) => (count(component, 'Event') < 2 ? ['needs at least two <Event when="…"> inside'] : []),
  },
  Event: { required: ['when'], inside: 'Timeline' },
  Steps: {
    required: ['caption'],
    flags: ['handout'],
    check: (component) => (component.listItems.length < 2 ? ['needs a numbered Markdown list of at least two steps inside (blank lines around it)'] : []),
  },
  DoDont: {
    required: ['caption'],
    check: (component) => (count(component, 'Do') !== 1 || count(component, 'Dont') !== 1 ? ['needs exactly one <Do> and one <Dont> inside'] : []),
  },
  Do: { inside: 'DoDont' },
  Dont: { inside: 'DoDont' },
  Decision: {
    required: ['caption', 'question'],
    check: (component) => {
      const branches = count(component, 'Branch');
      return branches < 2 || branches > 3 ? [`has ${branches} <Branch> — give two or three`] : [];
    },
  },
  Branch: { required: ['when'], inside: 'Decision' },
  KeyFigure: { required: ['value', 'source'], flags: ['vendor'], check: (component) => (component.text ? [] : ['needs text inside saying what the figure measures']) },
  QuickCheck: {
    required: ['question'],
    check: (component) => {
      const problems: string[] = [];
      const options = component.children.filter((child) => child.name === 'Option');
      if (options.length < 2 || options.length > 4) problems.push(`has ${options.length} <Option> — give two to four`);
      const correct = options.filter((option) => option.attributes.correct === true).length;
      if (correct !== 1) problems.push(`has ${correct} correct options — mark exactly one <Option correct>`);
      if (count(component, 'Explain') !== 1) problems.push('needs exactly one <Explain> inside');
      return problems;
    },
  },
  Option: { optional: ['feedback'], flags: ['correct'], inside: 'QuickCheck', check: (component) => (component.text ? [] : ['has no text']) },
  Explain: { inside: 'QuickCheck' },
};

export const VISUAL_COMPONENTS = ['Timeline', 'Steps', 'DoDont', 'Decision', 'KeyFigure'] as const;

const describe = (value: AttributeValue) => (value === true ? 'a bare flag' : typeof value === 'string' ? `"${value}"` : `{${value.expression}}`);

/** Every problem with one component as used, in words for the author. */
export function componentProblems(component: BodyComponent, context: RuleContext): string[] {
  const rule = COMPONENT_RULES[component.name];
  if (!rule) {
    // Lowercase names are HTML elements, which MDX allows.
    return /^[A-Z]/.test(component.name) ? [`<${component.name}> is not a course component — use one of ${Object.keys(COMPONENT_RULES).join(', ')} (see content/README.md)`] : [];
  }
  const problems: string[] = [];
  const text = new Set([...(rule.required ?? []), ...(rule.optional ?? [])]);
  const flags = new Set(rule.flags ?? []);
  for (const [name, value] of Object.entries(component.attributes)) {
    if (text.has(name)) {
      if (typeof value !== 'string') problems.push(`${name} is ${describe(value)} — write it as text in double quotes, ${name}="…"`);
      else if (!value.trim()) problems.push(`${name} is empty — write it`);
    } else if (flags.has(name)) {
      if (value !== true) problems.push(`${name} is a flag — write it bare, without a value`);
    } else {
      const allowed = [...text, ...flags];
      problems.push(`unknown attribute ${name}${allowed.length > 0 ? ` — use ${allowed.join(', ')}` : ' — it takes none'}`);
    }
  }
  for (const name of rule.required ?? []) {
    if (!(name in component.attributes)) problems.push(`needs ${name}="…"`);
  }
  if (rule.inside && component.parent !== rule.inside) problems.push(`belongs inside <${rule.inside}>`);
  problems.push(...(rule.check?.(component, context) ?? []));
  return problems;
}
