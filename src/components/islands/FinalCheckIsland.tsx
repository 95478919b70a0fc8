import { useStore } from '@nanostores/react';
import { useMachine } from '@xstate/react';
import { useEffect, useId, useRef, useState } from 'react';
import { findFinalCheckReporter } from '../../lms/lms-frame.ts';
import type { FrameLike } from '../../lms/scorm-api.ts';
import type { FinalCheckReport } from '../../lms/xapi-statements.ts';
import { certificateStatus } from '../../progress/certificate.ts';
import { nextStep, type TrackOutline } from '../../progress/course-status.ts';
import { $progress, getFinalCheckProgress, recordFinalCheckAttempt, saveFinalCheckSnapshot, type FinalAttempt } from '../../progress/progress-store.ts';
import { gradeSealed, openReview, retakeAvailableAt, revealKey, type SealedQuestion } from '../../quiz/final-check.ts';
import { createQuizMachine, type QuizContext } from '../../quiz/quiz-machine.ts';
import type { QuizData } from '../../quiz/quiz-types.ts';
import { resumeAttempt, toSavedAttempt } from '../../quiz/saved-attempt.ts';
import { withoutVerdict, type QuizScore } from '../../quiz/scoring.ts';
import PolicyAttestation from './PolicyAttestation.tsx';
import { NeedsPick, orderedChoices, percent, QuestionForm, QuizHeader, useQuizPage } from './quiz-parts.tsx';

/** Where a question's section is taught: `<track>/<slug>#<anchor>` → link and words. */
export type SectionLinks = Record<string, { href: string; heading: string; module: string }>;

interface Props {
  track: TrackOutline & { finalCheck: NonNullable<TrackOutline['finalCheck']> };
  /** The pool, sealed at build time: no keys or feedback in readable form (final-check.ts). */
  questions: SealedQuestion[];
  /** Questions per attempt (site.yaml `finalCheck.questions`). */
  draw: number;
  sections: SectionLinks;
}

const NOTICES = {
  changed: 'The final check has changed since you started it, so your unfinished attempt could not be kept. It starts again with a new draw of questions.',
  unreadable: 'Your unfinished attempt could not be read, so it starts again with a new draw of questions.',
};

const time = (date: Date) => date.toLocaleTimeString(document.documentElement.lang || undefined, { hour: 'numeric', minute: '2-digit' });
const longDate = (iso: string) => new Date(iso).toLocaleDateString(document.documentElement.lang || undefined, { dateStyle: 'long' });

/** A finished attempt as the progress record keeps it: the score, the edition and every answer with its result. */
function toAttempt(score: QuizScore, context: QuizContext, questions: Map<string, SealedQuestion>, contentVersion: string): FinalAttempt {
  return {
    ...score,
    date: new Date().toISOString(),
    contentVersion,
    answers: context.questionOrder.map((id) => {
      const picks = context.answers[id] ?? [];
      return { question: id, picks: [...picks], right: gradeSealed(questions.get(id)!, picks) };
    }),
  };
}

/**
 * A finished attempt as a cmi5 package's launch page reports it to the LRS: each question with its
 * prompt, choices, the learner's picks and, now that the check is submitted, the right choices.
 */
function toReport(attempt: FinalAttempt, questions: Map<string, SealedQuestion>): FinalCheckReport {
  return {
    correct: attempt.correct,
    total: attempt.total,
    passed: attempt.passed,
    date: attempt.date,
    answers: attempt.answers.map((answer) => {
      const question = questions.get(answer.question)!;
      const right = revealKey(question);
      return {
        questionId: answer.question,
        prompt: question.prompt,
        choices: question.choices.map(({ id, text }) => ({ id, text })),
        response: [...answer.picks],
        correct: answer.right,
        ...(right ? { correctResponse: right } : {}),
      };
    }),
  };
}

/** The final check of a track (/tracks/<track>/final/): a seeded draw, no answers until it is submitted, then the review. */
export default function FinalCheckIsland({ track, questions, draw, sections }: Props) {
  const { contentVersion, passMark, retakeAfterMinutes } = track.finalCheck;
  const id = useId();
  const progress = useStore($progress);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const quiz: QuizData<SealedQuestion> = {
    intro: `${Math.min(draw, questions.length)} questions drawn from the whole track. You see no answers and no score until you submit them all; you can go back and change an answer until then. The pass mark is ${percent(passMark)}.`,
    shuffleQuestions: true,
    draw,
    questions,
  };
  const [opened] = useState(() => {
    const machine = createQuizMachine(quiz, passMark, { mode: 'exam', grade: gradeSealed });
    const { snapshot, attempts } = getFinalCheckProgress(track.id);
    const outcome = snapshot ? resumeAttempt(machine, quiz, contentVersion, snapshot, 'exam') : undefined;
    if (outcome && 'dropped' in outcome) saveFinalCheckSnapshot(track.id, null);
    return {
      machine,
      attempts,
      resumed: outcome && 'resumed' in outcome ? outcome.resumed : undefined,
      notice: outcome && 'dropped' in outcome ? NOTICES[outcome.dropped] : undefined,
      seed: crypto.getRandomValues(new Uint32Array(1))[0]!,
    };
  });
  const { notice, needsPick, focusTargets, focusLater, pickWith, submitWith } = useQuizPage(opened.notice);
  const [attempts, setAttempts] = useState(opened.attempts);
  const [announcement, setAnnouncement] = useState('');
  const [, setTick] = useState(0);
  const attemptsRef = useRef(attempts);
  attemptsRef.current = attempts;

  const [machine] = useState(() =>
    opened.machine.provide({
      actions: {
        save: (_, request) => saveFinalCheckSnapshot(track.id, toSavedAttempt(request, contentVersion)),
        recordResult: ({ context }, score) => {
          const attempt = toAttempt(score, context, byId, contentVersion);
          recordFinalCheckAttempt(track.id, attempt);
          // In a cmi5 package, the launch page sends every answer to the LRS (a SCORM package reports from the record).
          findFinalCheckReporter(window as unknown as FrameLike)?.(toReport(attempt, byId));
          setAttempts((previous) => [...previous, attempt]);
        },
        announce: (_, a) => {
          if (a.kind === 'result') setAnnouncement(`Final check submitted. ${a.score.passed ? 'Passed' : 'Not passed'}: ${a.score.correct} of ${a.score.total} right, ${percent(a.score.score)}.`);
        },
        focus: (_, target) => focusLater(target),
      },
      guards: { canRetake: () => retakeAvailableAt(attemptsRef.current, retakeAfterMinutes, new Date()) === undefined },
    }),
  );
  const [snapshot, send] = useMachine(machine, {
    input: { seed: opened.seed, history: opened.attempts.map(({ correct, total, score, passed }) => ({ correct, total, score, passed })) },
    snapshot: opened.resumed,
  });


  // After a failed attempt the retake waits; re-render when the wait is over.
  const waitUntil = retakeAvailableAt(attempts, retakeAfterMinutes, new Date());
  useEffect(() => {
    if (!waitUntil) return;
    const timer = setTimeout(() => setTick((n) => n + 1), Math.max(0, waitUntil.getTime() - Date.now()) + 500);
    return () => clearTimeout(timer);
  }, [waitUntil?.getTime()]);

  const { context } = snapshot;
  const question = byId.get(context.questionOrder[context.current]!)!;
  const last = attempts.at(-1);
  const finished = snapshot.hasTag('finished');
  // After a pass: the certificate once it is complete, else what it still needs.
  const onward = certificateStatus(progress, track).complete ? { href: track.certificateHref, label: 'Get your certificate' } : nextStep(progress, track);

  const submit = submitWith(snapshot.can({ type: 'answer.submit' }), () => send({ type: 'answer.submit' }));

  return (
    <div className="quiz final-check">
      <QuizHeader notice={notice} status={announcement} />

      {snapshot.matches('intro') && (
        <div className="quiz-intro">
          <p>{quiz.intro}</p>
          <button type="button" onClick={() => send({ type: 'quiz.start' })}>
            Start the final check
          </button>
        </div>
      )}

      {snapshot.hasTag('answering') && (
        <QuestionForm
          id={id}
          question={question}
          context={context}
          legendRef={focusTargets.question}
          onPick={pickWith((choiceId, selected) => send({ type: 'answer.select', choiceId, selected }))}
          onSubmit={submit}
        >
          <div className="quiz-actions">
            <button type="submit" aria-describedby={needsPick ? `${id}-needs-pick` : undefined}>
              {context.current < context.questionOrder.length - 1 ? 'Next question' : 'Review and submit'}
            </button>
            {context.current > 0 && (
              <button type="button" className="secondary" onClick={() => send({ type: 'quiz.back' })}>
                Previous question
              </button>
            )}
            {needsPick && <NeedsPick id={id} />}
          </div>
        </QuestionForm>
      )}

      {snapshot.matches('confirm') && (
        <div className="quiz-confirm" ref={focusTargets.confirm} tabIndex={-1}>
          <p>
            You have answered all {context.questionOrder.length} questions. Submit them for marking? Once submitted, you see your score and the questions to review, and the
            answers can no longer be changed.
          </p>
          <div className="button-row">
            <button type="button" onClick={() => send({ type: 'quiz.finish' })}>
              Submit the final check
            </button>
            <button type="button" className="secondary" onClick={() => send({ type: 'quiz.back' })}>
              Back to question {context.questionOrder.length}
            </button>
          </div>
        </div>
      )}

      {finished && last && (
        <div className="quiz-result" ref={focusTargets.result} tabIndex={-1}>
          <p className={`quiz-verdict ${last.passed ? 'quiz-ok' : 'quiz-bad'}`}>
            <strong>{last.passed ? 'Passed' : 'Not passed'}</strong>
            <span className="quiz-verdict__score"> · {percent(last.score)}</span>
          </p>
          <p>
            {snapshot.matches('recap') ? `Your last attempt, on ${longDate(last.date)}: ` : 'You answered '}
            {last.correct} of {last.total} questions right. The pass mark is {percent(passMark)}.
          </p>
          {last.contentVersion === contentVersion ? (
            <Review attempt={last} questions={byId} sections={sections} />
          ) : (
            <p className="meta">That attempt was drawn from an earlier edition of this check, so its questions are not shown here.</p>
          )}
          {last.passed && track.attestation && <PolicyAttestation track={{ ...track, attestation: track.attestation }} />}
          <div className="button-row">
            {last.passed && (
              <a className="button" href={onward.href}>
                {onward.label}
              </a>
            )}
            {waitUntil ? (
              <p className="final-check-wait">
                You can take the final check again at {time(waitUntil)} (in about {Math.max(1, Math.ceil((waitUntil.getTime() - Date.now()) / 60_000))} minute
                {Math.ceil((waitUntil.getTime() - Date.now()) / 60_000) > 1 ? 's' : ''}), with a new draw of questions. Until then, read again the sections linked above.
              </p>
            ) : (
              <button type="button" className={last.passed ? 'secondary' : undefined} onClick={() => send({ type: 'quiz.retake' })}>
                Take the final check again
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

/** Every missed question of an attempt: what was picked, the right answer, why, and where the lesson teaches it. */
function Review({ attempt, questions, sections }: { attempt: FinalAttempt; questions: Map<string, SealedQuestion>; sections: SectionLinks }) {
  const missed = attempt.answers.filter((answer) => !answer.right && questions.has(answer.question));
  if (missed.length === 0) return <p>You got every question right.</p>;
  return (
    <>
      <h2 className="quiz-review__heading">Questions to review</h2>
      <ol className="quiz-review">
        {missed.map((answer) => {
          const question = questions.get(answer.question)!;
          // Only now, after submitting, are the right choices worked out from the hashed key.
          const right = revealKey(question) ?? [];
          const review = openReview(question, right);
          const choices = orderedChoices(question, undefined);
          const texts = (ids: readonly string[]) =>
            choices
              .filter((c) => ids.includes(c.id))
              .map((c) => c.text)
              .join(' · ');
          const section = sections[`${question.module}#${question.section}`];
          return (
            <li key={question.id}>
              <p className="quiz-review__prompt">{question.prompt}</p>
              <p>
                <strong>Your answer:</strong> {texts(answer.picks) || 'none'}
                {review && answer.picks.map((pick) => review.feedback[pick] && <span key={pick}> {withoutVerdict(review.feedback[pick])}</span>)}
              </p>
              <p>
                <strong>{right.length > 1 ? 'Right answers' : 'Right answer'}:</strong> {texts(right)}
              </p>
              {review && <p>{review.explanation}</p>}
              {section && (
                <p>
                  <a href={section.href}>
                    Read again: {section.heading}
                  </a>{' '}
                  <span className="meta">({section.module})</span>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
