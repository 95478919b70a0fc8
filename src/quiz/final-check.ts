/**
 * A track's final check as the browser gets it: questions whose keys are hashed and whose review
 * text (explanation and each choice's feedback) is encrypted, so neither the HTML nor the island's
 * props contain an answer in readable form.
 *
 * - `sealQuestion` runs at build time (QuizArea's sibling FinalCheckArea.astro) on the validated pool.
 * - `gradeSealed` grades picks in the browser: SHA-256 of the question's salt and the sorted picked
 *   ids must equal the stored key hash.
 * - After the learner submits the whole check, `revealKey` finds the right choices by trying every
 *   possible answer against that hash (at most 63 for six choices), and `openReview` decrypts the
 *   review with a key derived from them.
 *
 * This hides the answers from reading the page, not from a learner who runs code: anyone who can
 * do what `revealKey` does in the browser console gets the same result. The record of proof is the
 * LMS's or LRS's, not this page (see src/quiz/README.md).
 */
import type { AskedQuestion, QuizChoice, QuestionType } from './quiz-types.ts';
import { sha256Bytes, sha256Hex } from './sha256.ts';

/** A question of a final check's pool as the course validated it. */
export interface FinalQuestionSource {
  id: string;
  type: QuestionType;
  prompt: string;
  situation?: string;
  explanation: string;
  /** `<track>/<slug>` of the module that teaches it. */
  module: string;
  /** Anchor of the heading there. */
  section: string;
  choices: QuizChoice[];
}

/** A final-check question as shipped to the browser: no key, no feedback in readable form. */
export interface SealedQuestion extends AskedQuestion {
  module: string;
  section: string;
  /** Per-question salt (hex), so equal answers of two questions hash differently. */
  salt: string;
  /** SHA-256 (hex) of `<salt>:key:<right choice ids, sorted, comma-joined>`. */
  key: string;
  /** The review text, encrypted with a key derived from the right choices (base64). */
  review: string;
}

/** What the review shows of a question once the check is submitted. */
export interface ReviewText {
  explanation: string;
  /** Choice id → why it is right or wrong. */
  feedback: Record<string, string>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

const canonicalPicks = (picks: readonly string[]) => [...new Set(picks)].sort().join(',');
const keyHash = (salt: string, picks: readonly string[]) => sha256Hex(`${salt}:key:${canonicalPicks(picks)}`);

/** XOR with a SHA-256 keystream (block n = SHA-256 of `<salt>:review:<right ids>:<n>`): its own inverse. */
function keystream(salt: string, right: readonly string[], data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  const seed = `${salt}:review:${canonicalPicks(right)}:`;
  for (let block = 0; block * 32 < data.length; block++) {
    const pad = sha256Bytes(encoder.encode(seed + block));
    for (let i = 0; i < 32 && block * 32 + i < data.length; i++) out[block * 32 + i] = data[block * 32 + i]! ^ pad[i]!;
  }
  return out;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    text += BASE64[(n >> 18) & 63]! + BASE64[(n >> 12) & 63]! + (b === undefined ? '=' : BASE64[(n >> 6) & 63]!) + (c === undefined ? '=' : BASE64[n & 63]!);
  }
  return text;
}

function fromBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    const n = [...chunk].reduce((value, char) => (value << 6) | (char === '=' ? 0 : BASE64.indexOf(char)), 0);
    bytes.push((n >> 16) & 255);
    if (chunk[2] !== '=') bytes.push((n >> 8) & 255);
    if (chunk[3] !== '=') bytes.push(n & 255);
  }
  return new Uint8Array(bytes);
}

/**
 * The question as the browser gets it. `contentVersion` (the pool's fingerprint) goes into the
 * salt, so an edited pool gets new salts and an old page's hashes say nothing about the new one.
 */
export function sealQuestion(question: FinalQuestionSource, contentVersion: string): SealedQuestion {
  const salt = sha256Hex(`${contentVersion}:${question.id}`).slice(0, 16);
  const right = question.choices.filter((c) => c.correct).map((c) => c.id);
  const review: ReviewText = { explanation: question.explanation, feedback: Object.fromEntries(question.choices.map((c) => [c.id, c.feedback])) };
  return {
    id: question.id,
    type: question.type,
    prompt: question.prompt,
    ...(question.situation === undefined ? {} : { situation: question.situation }),
    module: question.module,
    section: question.section,
    choices: question.choices.map(({ id, text }) => ({ id, text })),
    salt,
    key: keyHash(salt, right),
    review: toBase64(keystream(salt, right, encoder.encode(JSON.stringify(review)))),
  };
}

/** Whether the picks are exactly the right choices (all-or-nothing), checked against the hashed key. */
export const gradeSealed = (question: SealedQuestion, picks: readonly string[]): boolean => picks.length > 0 && keyHash(question.salt, picks) === question.key;

/** Every answer a question of this type accepts: one choice, or (multiple) any non-empty set of them. */
function possibleAnswers(question: Pick<SealedQuestion, 'type' | 'choices'>): string[][] {
  const ids = question.choices.map((c) => c.id);
  if (question.type !== 'multiple') return ids.map((id) => [id]);
  const sets: string[][] = [];
  for (let mask = 1; mask < 2 ** ids.length; mask++) sets.push(ids.filter((_, i) => mask & (2 ** i)));
  return sets;
}

/** The right choices of a question, found by trying every possible answer against its key (after submit only). */
export function revealKey(question: SealedQuestion): string[] | undefined {
  return possibleAnswers(question).find((picks) => gradeSealed(question, picks));
}

/** The review text of a question, given its right choices; undefined if they are not its key or the text is damaged. */
export function openReview(question: SealedQuestion, right: readonly string[]): ReviewText | undefined {
  if (!gradeSealed(question, right)) return undefined;
  const bytes = fromBase64(question.review);
  if (!bytes) return undefined;
  try {
    const review = JSON.parse(decoder.decode(keystream(question.salt, right, bytes))) as ReviewText;
    return typeof review.explanation === 'string' && typeof review.feedback === 'object' ? review : undefined;
  } catch {
    return undefined;
  }
}

/** A finished attempt as far as the waiting rule needs it. */
export interface TimedAttempt {
  passed: boolean;
  /** ISO 8601. */
  date: string;
}

/**
 * When the learner may take the check again: `retakeAfterMinutes` after a failed last attempt;
 * undefined when they may now (no attempt yet, the last one passed, the wait is over, or no wait).
 */
export function retakeAvailableAt(attempts: readonly TimedAttempt[], retakeAfterMinutes: number, now: Date): Date | undefined {
  const last = attempts.at(-1);
  if (!last || last.passed || retakeAfterMinutes <= 0) return undefined;
  const at = new Date(Date.parse(last.date) + retakeAfterMinutes * 60_000);
  return Number.isNaN(at.getTime()) || at.getTime() <= now.getTime() ? undefined : at;
}
