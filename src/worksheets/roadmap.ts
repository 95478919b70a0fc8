import { readStoredFields, type WorksheetFields } from './fields.ts';
import { isoDay, joinBlocks, markdownText } from './markdown.ts';

/**
 * The executive boot camp's closing worksheet: a one-page social business roadmap built on the
 * seven success factors of social business strategy (Charlene Li and Brian Solis, 2013).
 */
export const ROADMAP_ID = 'executive/roadmap';
export const ROADMAP_TITLE = 'Social business roadmap';

/** One text box of the worksheet. */
export interface TextField {
  /** Key in the stored worksheet record. */
  key: string;
  label: string;
  /** One or two sentences shown under the label and read with it by screen readers. */
  help: string;
  multiline: boolean;
  /** Keeps every answer short enough for the whole roadmap to print on one page. */
  maxLength: number;
}

export interface RoadmapStep {
  number: number;
  /** The success factor, as Li and Solis name it. */
  title: string;
  /** What to think about in this step, in the course's own words. */
  prompt: string;
  achieve: TextField;
  owner: TextField;
  firstNinetyDays: TextField;
}

const SHORT = 240;
const NAME = 50;

export const ROADMAP_OVERVIEW: TextField[] = [
  {
    key: 'overall.goal',
    label: 'Our overall business goal',
    help: 'The one business result social business must move, with a number and a date: revenue, cost to serve, retention, speed of innovation or hiring.',
    multiline: true,
    maxLength: 280,
  },
  {
    key: 'overall.vision',
    label: 'Our long-term vision',
    help: 'In three years, how do customers, employees and partners work with us differently because we are a social business?',
    multiline: true,
    maxLength: 280,
  },
];

const STEP_TEXTS: { id: string; title: string; prompt: string; achieveHelp: string; startHelp: string }[] = [
  {
    id: 'goals',
    title: 'Define overall business goals',
    prompt: 'Tie every social effort to the goal above. Activity counts such as followers or likes are not goals.',
    achieveHelp: 'Which measures will show the goal is moving, and where will you report them?',
    startHelp: 'For example: agree two or three measures with finance and take a baseline.',
  },
  {
    id: 'vision',
    title: 'Establish the long-term vision',
    prompt: 'A vision people can repeat keeps departments pulling the same way when plans change.',
    achieveHelp: 'Who needs to hear the vision, and how will you know they share it?',
    startHelp: 'For example: present it at the next leadership meeting and one all-hands.',
  },
  {
    id: 'support',
    title: 'Ensure executive support',
    prompt: 'Support shows in budget, time and example: leaders who use the channels themselves.',
    achieveHelp: 'Which leaders will sponsor this visibly, and what will each of them do?',
    startHelp: 'For example: each sponsor listens for a week and posts or replies once.',
  },
  {
    id: 'roadmap',
    title: 'Define the strategy roadmap',
    prompt: 'Choose and order the initiatives: a few that matter now, the rest later.',
    achieveHelp: 'Which two or three initiatives come first, and which milestones will you check each quarter?',
    startHelp: 'For example: pick one pilot team and a date to review its results.',
  },
  {
    id: 'governance',
    title: 'Establish governance and guidelines',
    prompt: 'Clear guidelines and a small expert team let people act quickly without asking every time.',
    achieveHelp: 'Who writes the policy, trains staff and decides fast when something goes wrong?',
    startHelp: 'For example: publish an enabling policy and name a crisis decision-maker.',
  },
  {
    id: 'resources',
    title: 'Secure staff, resources and funding',
    prompt: 'Social work done off the side of someone’s desk stalls. Name people, skills and money.',
    achieveHelp: 'Which roles, training and budget does the roadmap need, and where do they come from?',
    startHelp: 'For example: agree the budget line and who backfills the pilot team’s time.',
  },
  {
    id: 'technology',
    title: 'Invest in technology that maps to strategy',
    prompt: 'Choose tools after the strategy, not before: each one should serve a goal above.',
    achieveHelp: 'Which capabilities do you need first: listening, publishing, service, archiving?',
    startHelp: 'For example: list the tools teams already use and the gaps against the roadmap.',
  },
];

/** The seven steps, each with its three text boxes. */
export const ROADMAP_STEPS: RoadmapStep[] = STEP_TEXTS.map((step, index) => ({
  number: index + 1,
  title: step.title,
  prompt: step.prompt,
  achieve: { key: `${step.id}.achieve`, label: 'What we will achieve', help: step.achieveHelp, multiline: true, maxLength: SHORT },
  owner: { key: `${step.id}.owner`, label: 'Owner', help: 'One named person who answers for this step, not a committee.', multiline: false, maxLength: NAME },
  firstNinetyDays: { key: `${step.id}.first90`, label: 'First 90 days', help: step.startHelp, multiline: true, maxLength: SHORT },
}));

/** Every text box of the roadmap, in reading order. */
export const ROADMAP_FIELDS: TextField[] = [
  ...ROADMAP_OVERVIEW,
  ...ROADMAP_STEPS.flatMap((step) => [step.achieve, step.owner, step.firstNinetyDays]),
];

/**
 * The roadmap's answers read from storage: every known box as a string (empty when missing or not a
 * string). Unknown keys are kept so that saving never drops data another version wrote.
 */
export function readRoadmap(raw: unknown): WorksheetFields {
  const stored = readStoredFields(raw);
  const blanks = Object.fromEntries(ROADMAP_FIELDS.map((field) => [field.key, '']));
  return { ...blanks, ...stored };
}

/** True when the learner has written nothing in any box yet. */
export function isRoadmapEmpty(fields: WorksheetFields): boolean {
  return ROADMAP_FIELDS.every((field) => (fields[field.key] ?? '').trim() === '');
}

const NOT_WRITTEN = '_Not written yet._';

const answer = (fields: WorksheetFields, field: TextField) => {
  const text = (fields[field.key] ?? '').trim();
  return text ? markdownText(text) : NOT_WRITTEN;
};

/** The roadmap as a Markdown document, for the learner to keep, share or paste into a plan. */
export function roadmapToMarkdown(fields: WorksheetFields, options: { date: Date; siteTitle: string }): string {
  const blocks = [
    `# ${ROADMAP_TITLE}`,
    `_Written on ${isoDay(options.date)} in the executive boot camp of ${markdownText(options.siteTitle)}, on the seven success factors of social business strategy (Charlene Li and Brian Solis, 2013)._`,
    ...ROADMAP_OVERVIEW.flatMap((field) => [`## ${field.label}`, answer(fields, field)]),
    '## The seven steps',
    ...ROADMAP_STEPS.flatMap((step) => [
      `### ${step.number}. ${step.title}`,
      `**${step.achieve.label}:**  \n${answer(fields, step.achieve)}`,
      `**${step.owner.label}:** ${answer(fields, step.owner)}`,
      `**${step.firstNinetyDays.label}:**  \n${answer(fields, step.firstNinetyDays)}`,
    ]),
  ];
  return joinBlocks(blocks);
}
