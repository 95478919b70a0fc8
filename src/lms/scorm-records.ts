/**
 * The detail a package reports beside the track's result, so an LMS's objectives and interactions
 * reports show it (SCORM 1.2 and 2004 4th Edition, within each version's limits):
 *
 * - objectives (state: one per id, updated in place): each module (its quiz's best score and
 *   whether it is passed), the final check, and the policy confirmation;
 * - interactions (a journal: appended, never rewritten; SCORM 1.2's are write-only): each question
 *   of the final check's best attempt (the attempt whose score the LMS shows), and each policy
 *   confirmation with its date and the policy's version. A set is sent once: `key` names it, and
 *   the launch knows which keys the LMS already has (lms-bridge.ts).
 */
import { bestAttempt, moduleStatus } from '../progress/course-status.ts';
import type { Progress } from '../progress/progress-schema.ts';
import { scoreValues, type ScormVersion } from './scorm-report.ts';
import type { TrackRules } from './track-result.ts';

/** SCORM 2004's smallest permitted maximums (RTE 4.2.9, 4.2.17), which this course keeps to in both versions. */
export const OBJECTIVE_LIMIT = 100;
export const INTERACTION_LIMIT = 250;
/** SCORM 2004's localized_string_type SPM (descriptions); SCORM 1.2's CMIString255 (a fill-in response). */
const DESCRIPTION_LIMIT = 250;
const RESPONSE_LIMIT_12 = 255;

/** What the launch page knows of the track besides its rules (from the build). */
export interface TrackFacts {
  /** Module id → title (objective descriptions). */
  moduleTitles: Readonly<Record<string, string>>;
  /** The final check's pool: question id → its module, prompt and choice ids in authored order. */
  finalQuestions: Readonly<Record<string, { module: string; prompt: string; choices: readonly string[] }>>;
}

export const FINAL_CHECK_OBJECTIVE = 'final-check';
export const POLICY_OBJECTIVE = 'policy-attestation';
const QUESTION_ID_PREFIX = 'final-check/';

export interface ObjectiveRecord {
  id: string;
  description: string;
  completion: 'not attempted' | 'incomplete' | 'completed';
  success: 'unknown' | 'failed' | 'passed';
  /** Best score 0–1. */
  score?: number;
}

/** The objectives of the track, in a fixed order: its modules, then the final check and the policy where the track has them. */
export function objectiveRecords(progress: Progress, rules: TrackRules, facts: TrackFacts): ObjectiveRecord[] {
  const modules = rules.moduleIds.map((id): ObjectiveRecord => {
    const status = moduleStatus(progress, id);
    const taken = status.attempts > 0 || status.state === 'done';
    return {
      id,
      description: facts.moduleTitles[id] ?? id,
      completion: taken ? 'completed' : status.state === 'in-progress' ? 'incomplete' : 'not attempted',
      success: status.state === 'done' ? 'passed' : taken ? 'failed' : 'unknown',
      ...(status.bestScore === undefined ? {} : { score: status.bestScore }),
    };
  });
  const records = [...modules];
  if (Object.keys(facts.finalQuestions).length > 0) {
    const attempts = progress.finalChecks[rules.trackId]?.attempts ?? [];
    const best = bestAttempt(attempts);
    records.push({
      id: FINAL_CHECK_OBJECTIVE,
      description: 'Final check',
      completion: best ? 'completed' : progress.finalChecks[rules.trackId]?.snapshot ? 'incomplete' : 'not attempted',
      success: attempts.some((a) => a.passed) ? 'passed' : best ? 'failed' : 'unknown',
      ...(best ? { score: best.score } : {}),
    });
  }
  if (rules.attestation) {
    const given = progress.attestations[rules.trackId];
    const current = given !== undefined && (given.version ?? '') === (rules.attestation.version ?? '');
    records.push({
      id: POLICY_OBJECTIVE,
      description: `Confirmed having read ${policyName(rules.attestation)}`,
      completion: current ? 'completed' : given ? 'incomplete' : 'not attempted',
      success: current ? 'passed' : 'unknown',
    });
  }
  return records;
}

const policyName = (policy: { title: string; version?: string }) => `${policy.title}${policy.version ? `, version ${policy.version}` : ''}`;

/** Text for a 2004 localized_string_type: at most `limit` characters, never starting with `{` (a language tag). */
const text = (value: string, limit: number) => {
  const clean = value.replace(/\s+/g, ' ').trim().replace(/^\{+/, '');
  return clean.length > limit ? `${clean.slice(0, limit - 1)}…` : clean;
};

/** The elements of objective `index` for a record, in the order to set them (the id first). */
export function objectiveValues(version: ScormVersion, index: number, record: ObjectiveRecord): [string, string][] {
  const at = `cmi.objectives.${index}`;
  if (version === '1.2') {
    const status = record.success !== 'unknown' ? record.success : record.completion;
    return [[`${at}.id`, record.id], ...scoreValues(version, `${at}.score`, record.score), [`${at}.status`, status]];
  }
  return [
    [`${at}.id`, record.id],
    [`${at}.description`, text(record.description, DESCRIPTION_LIMIT)],
    ...scoreValues(version, `${at}.score`, record.score),
    [`${at}.completion_status`, record.completion],
    [`${at}.success_status`, record.success],
  ];
}

/** One interaction, as both versions need it. */
export interface InteractionRecord {
  id: string;
  kind: 'choice' | 'confirmation';
  /** When it happened (ISO 8601). */
  timestamp: string;
  /** The objective it belongs to (a module's id, or the policy's). */
  objective: string;
  description: string;
  /** choice: the picked choice ids; confirmation: one text. */
  response: string[];
  /** choice: right or not; confirmation: neither. */
  result: 'correct' | 'wrong' | 'neutral';
  /** choice: the question's choice ids in authored order, when the pool still has the question. */
  choices?: readonly string[];
}

/** Interactions sent together: all the questions of one attempt, or one confirmation. */
export interface InteractionSet {
  key: string;
  interactions: InteractionRecord[];
}

/** A date to the second, as the key of an interaction set: an LMS may keep or drop the milliseconds. */
const toSecond = (iso: string) => {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toISOString().slice(0, 19);
};
export const finalSetKey = (date: string) => `final@${toSecond(date)}`;
export const policySetKey = (date: string) => `policy@${toSecond(date)}`;

/** The key of the set an interaction the LMS holds belongs to (SCORM 2004 lets a launch read them back); undefined for others. */
export function setKeyOf(id: string, timestamp: string): string | undefined {
  if (!timestamp) return undefined;
  if (id.startsWith(QUESTION_ID_PREFIX)) return finalSetKey(timestamp);
  return id === POLICY_OBJECTIVE ? policySetKey(timestamp) : undefined;
}

/**
 * The keys of the sets a record written to the LMS's suspend data went with: its best final-check
 * attempt and its policy confirmation. Each set is sent in the commit that first writes a suspend
 * data holding it, so the suspend data a launch reads back tells which sets the LMS has (the only
 * way in SCORM 1.2, whose interactions cannot be read).
 */
export function reportedSetKeys(progress: Progress, rules: TrackRules): string[] {
  const best = bestAttempt(progress.finalChecks[rules.trackId]?.attempts ?? []);
  const given = progress.attestations[rules.trackId];
  return [...(best ? [finalSetKey(best.date)] : []), ...(given ? [policySetKey(given.date)] : [])];
}

/** The interaction sets the record calls for: the final check's best attempt (when its answers are known) and the policy confirmation. */
export function interactionSets(progress: Progress, rules: TrackRules, facts: TrackFacts): InteractionSet[] {
  const sets: InteractionSet[] = [];
  const best = bestAttempt(progress.finalChecks[rules.trackId]?.attempts ?? []);
  if (best && best.answers.length > 0) {
    sets.push({
      key: finalSetKey(best.date),
      interactions: best.answers.map((answer) => {
        const question = facts.finalQuestions[answer.question];
        return {
          id: `${QUESTION_ID_PREFIX}${answer.question}`,
          kind: 'choice',
          timestamp: best.date,
          objective: question?.module ?? FINAL_CHECK_OBJECTIVE,
          description: question?.prompt ?? answer.question,
          response: answer.picks,
          result: answer.right ? 'correct' : 'wrong',
          ...(question ? { choices: question.choices } : {}),
        };
      }),
    });
  }
  const given = progress.attestations[rules.trackId];
  if (rules.attestation && given) {
    const named = policyName({ title: given.policy, ...(given.version ? { version: given.version } : {}) });
    sets.push({
      key: policySetKey(given.date),
      interactions: [
        {
          id: POLICY_OBJECTIVE,
          kind: 'confirmation',
          timestamp: given.date,
          objective: POLICY_OBJECTIVE,
          description: 'Policy confirmation',
          response: [`Read ${named}; confirmed ${given.date.slice(0, 10)}`],
          result: 'neutral',
        },
      ],
    });
  }
  return sets;
}

/**
 * SCORM 1.2's choice response: single characters 0–9 or a–z, comma-separated. The choice ids
 * themselves when the question's are all such characters, else each choice's letter by its
 * position (a, b, c …); picks that cannot be mapped are left out.
 */
export function scorm12Choices(picks: readonly string[], choices: readonly string[] | undefined): string {
  const single = (id: string) => /^[0-9a-z]$/.test(id);
  if (!choices) return picks.filter(single).join(',');
  if (choices.every(single)) return picks.filter(single).join(',');
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return picks
    .map((pick) => letters[choices.indexOf(pick)])
    .filter((letter) => letter !== undefined)
    .join(',');
}

/**
 * The elements of interaction `index`, in the order both versions need (the id first, the type
 * before the response). SCORM 1.2: `student_response`, result `correct`/`wrong`, no timestamp or
 * description (1.2 has neither; its `time` has no date). SCORM 2004: `learner_response` with choice
 * ids joined by `[,]`, result `correct`/`incorrect`, timestamp and description.
 */
export function interactionValues(version: ScormVersion, index: number, record: InteractionRecord): [string, string][] {
  const at = `cmi.interactions.${index}`;
  if (version === '1.2') {
    const response = record.kind === 'choice' ? scorm12Choices(record.response, record.choices) : text(record.response.join(' '), RESPONSE_LIMIT_12);
    return [
      [`${at}.id`, record.id],
      [`${at}.type`, record.kind === 'choice' ? 'choice' : 'fill-in'],
      [`${at}.objectives.0.id`, record.objective],
      [`${at}.student_response`, response],
      [`${at}.result`, record.result],
    ];
  }
  return [
    [`${at}.id`, record.id],
    [`${at}.type`, record.kind === 'choice' ? 'choice' : 'other'],
    [`${at}.objectives.0.id`, record.objective],
    [`${at}.timestamp`, new Date(Date.parse(record.timestamp)).toISOString()],
    [`${at}.description`, text(record.description, DESCRIPTION_LIMIT)],
    [`${at}.learner_response`, record.kind === 'choice' ? record.response.join('[,]') : record.response.join(' ').slice(0, 4000)],
    [`${at}.result`, record.result === 'wrong' ? 'incorrect' : record.result],
  ];
}
