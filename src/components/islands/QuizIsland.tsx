import { useMachine } from '@xstate/react';
import { useEffect, useId, useState } from 'react';
import type { TrackOutline } from '../../progress/course-status.ts';
import { stepAfterModule, type NextStep } from '../../progress/next-step.ts';
import { $progress, getQuizProgress, recordQuizAttempt, saveQuizSnapshot, type QuizAttempt } from '../../progress/progress-store.ts';
import { createQuizMachine, type Announcement } from '../../quiz/quiz-machine.ts';
import type { QuizData, QuizQuestion } from '../../quiz/quiz-types.ts';
import { resumeAttempt, toSavedAttempt, type DropReason } from '../../quiz/saved-attempt.ts';
import { isAnswerRight, missedQuestions, type QuizScore } from '../../quiz/scoring.ts';
import { NeedsPick, orderedChoices, percent, QuestionForm, QuizHeader, useQuizPage } from './quiz-parts.tsx';

interface Props {
  /** `<track>/<slug>`: where progress is saved. */
  moduleId: string;
  quiz: QuizData;
  /** Pass mark in force (the quiz's, else the site default). */
  passMark: number;
  /** Fingerprint of `quiz` (quiz-hash.ts), computed at build time; recorded with every attempt as its edition. */
  quizHash: string;
  /** The module's track: where a pass leads on. */
  track: TrackOutline;
  /** Heading anchor → heading text of the lesson, for the review's links. */
  sections: Record<string, string>;
}

/**
 * The quiz on a module page. The server renders a placeholder of the same size (stored progress
 * only exists in the browser); once mounted, the quiz resumes where the learner left it.
 */
export default function QuizIsland(props: Props) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) {
    return (
      <div className="quiz">
        <p className="quiz-pending meta">Loading the quiz…</p>
      </div>
    );
  }
  return <Quiz {...props} />;
}

const DROP_NOTICES: Record<DropReason, string> = {
  changed: 'This quiz has changed since you last worked on it, so your unfinished attempt could not be kept. It starts again from the first question.',
  unreadable: 'Your unfinished attempt at this quiz could not be read, so it starts again from the first question.',
};

function announcementText(announcement: Announcement): string {
  if (announcement.kind === 'feedback') return announcement.right ? 'Correct.' : 'Not quite. The right answer is marked below.';
  const { score } = announcement;
  return `Quiz finished. ${score.passed ? 'Passed' : 'Not passed'}: ${score.correct} of ${score.total} right, ${percent(score.score)}.`;
}

/** Opens the machine on the saved attempt if it still fits the quiz, else fresh (saying why). */
function openQuiz({ moduleId, quiz, passMark, quizHash }: Props) {
  const machine = createQuizMachine(quiz, passMark);
  const { snapshot, attempts } = getQuizProgress(moduleId);
  const outcome = snapshot ? resumeAttempt(machine, quiz, quizHash, snapshot) : undefined;
  if (outcome && 'dropped' in outcome) saveQuizSnapshot(moduleId, null);
  return {
    machine,
    resumed: outcome && 'resumed' in outcome ? outcome.resumed : undefined,
    notice: outcome && 'dropped' in outcome ? DROP_NOTICES[outcome.dropped] : undefined,
    attempts,
    /** Seed of a fresh attempt's shuffle. */
    seed: crypto.getRandomValues(new Uint32Array(1))[0]!,
  };
}

function Quiz(props: Props) {
  const { moduleId, quiz, passMark, quizHash, track, sections } = props;
  const id = useId();
  const [opened] = useState(() => openQuiz(props));
  const { notice, needsPick, focusTargets, focusLater, pickWith, submitWith } = useQuizPage(opened.notice);
  const [lastAttempt, setLastAttempt] = useState<QuizAttempt | undefined>(opened.attempts.at(-1));
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });

  // Page-owned effects of the machine; created once, like the actor (they only use stable setters and refs).
  const [machine] = useState(() =>
    opened.machine.provide({
      actions: {
        save: (_, request) => saveQuizSnapshot(moduleId, toSavedAttempt(request, quizHash)),
        recordResult: (_, score) => {
          const attempt = { ...score, date: new Date().toISOString(), contentVersion: quizHash };
          recordQuizAttempt(moduleId, attempt);
          setLastAttempt(attempt);
        },
        // The count alternates a trailing space so a repeated message ("Correct.") is announced again.
        announce: (_, a) => setAnnouncement((previous) => ({ text: announcementText(a), count: previous.count + 1 })),
        focus: (_, target) => focusLater(target),
      },
    }),
  );
  const [snapshot, send] = useMachine(machine, {
    input: { seed: opened.seed, history: opened.attempts.map(({ correct, total, score, passed }) => ({ correct, total, score, passed })) },
    snapshot: opened.resumed,
  });


  const { context } = snapshot;
  const questionsById = new Map(quiz.questions.map((q) => [q.id, q]));
  const question = questionsById.get(context.questionOrder[context.current]!)!;
  const reviewing = snapshot.hasTag('reviewing');

  const submit = submitWith(snapshot.can({ type: 'answer.submit' }), () => send({ type: 'answer.submit' }));

  return (
    <div className="quiz">
      <QuizHeader notice={notice} status={announcement.text + (announcement.count % 2 ? ' ' : '')} />

      {snapshot.matches('intro') && (
        <div className="quiz-intro">
          <p>{quiz.intro}</p>
          <button type="button" onClick={() => send({ type: 'quiz.start' })}>
            Start quiz
          </button>
        </div>
      )}

      {(snapshot.hasTag('answering') || reviewing) && (
        <QuestionForm
          id={id}
          question={question}
          context={context}
          reviewing={reviewing}
          legendRef={focusTargets.question}
          onPick={pickWith((choiceId, selected) => send({ type: 'answer.select', choiceId, selected }))}
          onSubmit={submit}
        >
          {reviewing ? (
            <div className="quiz-feedback" ref={focusTargets.feedback} tabIndex={-1}>
              {/* The live region has just said the verdict; screen readers get it once, not again from here. */}
              <p className="quiz-feedback__verdict">
                {isAnswerRight(question, context.selection) ? (
                  <strong className="quiz-ok" aria-hidden="true">
                    Correct.
                  </strong>
                ) : (
                  <strong className="quiz-bad" aria-hidden="true">
                    Not quite.
                  </strong>
                )}{' '}
                {question.explanation}
              </p>
              {snapshot.can({ type: 'quiz.next' }) && (
                <button type="button" onClick={() => send({ type: 'quiz.next' })}>
                  Next question
                </button>
              )}
              {snapshot.can({ type: 'quiz.finish' }) && (
                <button type="button" onClick={() => send({ type: 'quiz.finish' })}>
                  See results
                </button>
              )}
            </div>
          ) : (
            <div className="quiz-actions">
              <button type="submit" aria-describedby={needsPick ? `${id}-needs-pick` : undefined}>
                Check answer
              </button>
              {needsPick && <NeedsPick id={id} />}
            </div>
          )}
        </QuestionForm>
      )}

      {snapshot.matches('result') && (
        <div className="quiz-result" ref={focusTargets.result} tabIndex={-1}>
          <ResultSummary score={context.history.at(-1)!} passMark={passMark} />
          <MissedList missed={missedQuestions(context.questionOrder.map((q) => questionsById.get(q)!), context.answers)} choiceOrder={context.choiceOrder} sections={sections} />
          <WayForward passed={context.history.at(-1)!.passed} onRetake={() => send({ type: 'quiz.retake' })} step={stepAfterModule($progress.get(), track, moduleId)} />
        </div>
      )}

      {snapshot.matches('recap') && lastAttempt && (
        <div className="quiz-result" ref={focusTargets.result} tabIndex={-1}>
          <ResultSummary score={lastAttempt} passMark={passMark} date={lastAttempt.date} />
          <WayForward passed={lastAttempt.passed} onRetake={() => send({ type: 'quiz.retake' })} step={stepAfterModule($progress.get(), track, moduleId)} />
        </div>
      )}

    </div>
  );
}

/** After a pass the way on is the primary button and a retake secondary; after a fail, the retake. */
function WayForward({ passed, step, onRetake }: { passed: boolean; step: NextStep; onRetake: () => void }) {
  return (
    <div className="button-row">
      {passed && (
        <a className="button" href={step.href}>
          {step.label}
        </a>
      )}
      <button type="button" className={passed ? 'secondary' : undefined} onClick={onRetake}>
        Retake quiz
      </button>
    </div>
  );
}

function ResultSummary({ score, passMark, date }: { score: QuizScore; passMark: number; date?: string }) {
  const when = date ? new Date(date) : undefined;
  return (
    <>
      <p className={`quiz-verdict ${score.passed ? 'quiz-ok' : 'quiz-bad'}`}>
        <strong>{score.passed ? 'Passed' : 'Not passed'}</strong>
        <span className="quiz-verdict__score"> · {percent(score.score)}</span>
      </p>
      <p>
        {when && !Number.isNaN(when.getTime()) ? `Your last result, on ${when.toLocaleDateString(undefined, { dateStyle: 'long' })}: ` : 'You answered '}
        {score.correct} of {score.total} questions right. The pass mark is {percent(passMark)}.
        {!score.passed && ' Each question to review below links to the part of the lesson that teaches it; read it again, then try again.'}
      </p>
    </>
  );
}

function MissedList({ missed, choiceOrder, sections }: { missed: ReturnType<typeof missedQuestions>; choiceOrder: Record<string, string[]>; sections: Record<string, string> }) {
  if (missed.length === 0) return <p>You got every question right.</p>;
  return (
    <>
      <h3 className="quiz-review__heading">Questions to review</h3>
      <ol className="quiz-review">
        {missed.map(({ question, picks }) => {
          const choices = orderedChoices(question, choiceOrder[question.id]);
          const texts = (ids: (c: QuizQuestion['choices'][number]) => boolean) =>
            choices
              .filter(ids)
              .map((c) => c.text)
              .join(' · ');
          const rights = choices.filter((c) => c.correct).length;
          return (
            <li key={question.id}>
              <p className="quiz-review__prompt">{question.prompt}</p>
              <p>
                <strong>{rights > 1 ? 'Right answers' : 'Right answer'}:</strong> {texts((c) => c.correct)}
              </p>
              <p>
                <strong>Your answer:</strong> {texts((c) => picks.includes(c.id)) || 'none'}
              </p>
              <p>{question.explanation}</p>
              {question.section && sections[question.section] && (
                <p>
                  <a href={`#${question.section}`}>Read again: {sections[question.section]}</a>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
