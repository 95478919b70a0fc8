import { useEffect, useRef, useState, type ReactNode, type Ref, type SubmitEvent } from 'react';
import type { FocusTarget, QuizContext } from '../../quiz/quiz-machine.ts';
import type { AskedChoice, AskedQuestion, QuizQuestion } from '../../quiz/quiz-types.ts';
import { choiceVerdict, withoutVerdict, type ChoiceVerdict } from '../../quiz/scoring.ts';

/** Parts the module quiz and the final check share: the question form and a choice order. */

export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A question's choices in this attempt's order. */
export function orderedChoices<C extends AskedChoice>(question: { choices: C[] }, order: readonly string[] | undefined): C[] {
  const byId = new Map(question.choices.map((c) => [c.id, c]));
  return (order ?? question.choices.map((c) => c.id)).map((choiceId) => byId.get(choiceId)!);
}

/** The words beside a choice after answering (colour only repeats them). */
function verdictLabel(verdict: Exclude<ChoiceVerdict, 'unpicked'>, question: AskedQuestion): string {
  if (verdict === 'picked-right') return question.type === 'multiple' ? 'You picked this: right' : 'Your answer: right';
  if (verdict === 'picked-wrong') return question.type === 'multiple' ? 'You picked this: wrong' : 'Your answer: wrong';
  return question.type === 'multiple' ? 'Also right, not picked' : 'The right answer';
}

interface QuestionFormProps {
  /** Unique prefix for ids and the radio group's name. */
  id: string;
  question: AskedQuestion;
  /** The attempt: the choice order, the picks and the position ("Question 3 of 8") come from it. */
  context: QuizContext;
  /** Practice feedback: choices are disabled and each shows its verdict and feedback. */
  reviewing?: boolean;
  legendRef: Ref<HTMLLegendElement>;
  onPick: (choiceId: string, selected: boolean) => void;
  onSubmit: (event: SubmitEvent) => void;
  /** The buttons (and feedback) under the choices. */
  children: ReactNode;
}

/** One question as a form: the situation, the prompt as the legend, the choices (radios or checkboxes). */
export function QuestionForm({ id, question, context, reviewing = false, legendRef, onPick, onSubmit, children }: QuestionFormProps) {
  const { selection } = context;
  // Checkboxes already say "several"; the words are added unless the author wrote them into the prompt.
  const showsMultipleHint = question.type === 'multiple' && !/select all/i.test(question.prompt);
  return (
    <form className="quiz-question" onSubmit={onSubmit} noValidate>
      <p className="meta quiz-progress">
        Question {context.current + 1} of {context.questionOrder.length}
      </p>
      {question.situation && (
        <div className="quiz-situation" id={`${id}-situation`}>
          <p className="quiz-situation__label">The situation</p>
          <p>{question.situation}</p>
        </div>
      )}
      <fieldset disabled={reviewing} aria-describedby={[question.situation && `${id}-situation`, showsMultipleHint && `${id}-hint`].filter(Boolean).join(' ') || undefined}>
        <legend ref={legendRef} tabIndex={-1}>
          {question.prompt}
        </legend>
        {showsMultipleHint && (
          <p className="meta quiz-hint" id={`${id}-hint`}>
            Select all that apply.
          </p>
        )}
        <ul className="quiz-choices">
          {orderedChoices(question, context.choiceOrder[question.id]).map((choice) => {
            const verdict = reviewing ? choiceVerdict(choice as QuizQuestion['choices'][number], selection) : 'unpicked';
            return (
              <li key={choice.id} className={verdict === 'unpicked' ? undefined : `quiz-choice--${verdict}`}>
                <label>
                  <input
                    type={question.type === 'multiple' ? 'checkbox' : 'radio'}
                    name={`${id}-${question.id}`}
                    value={choice.id}
                    checked={selection.includes(choice.id)}
                    onChange={(event) => onPick(choice.id, event.currentTarget.checked)}
                  />
                  <span>{choice.text}</span>
                </label>
                {verdict !== 'unpicked' && (
                  <p className="quiz-choice__feedback">
                    <strong>{verdictLabel(verdict, question)}.</strong> {withoutVerdict((choice as QuizQuestion['choices'][number]).feedback)}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {children}
    </form>
  );
}

/** "Choose an answer first." under the submit button, tied to it. */
export function NeedsPick({ id }: { id: string }) {
  return (
    <p className="quiz-needs-pick" id={`${id}-needs-pick`} role="alert">
      Choose an answer first.
    </p>
  );
}

/**
 * What both quiz islands keep beside the machine: a notice about a dropped attempt, "choose an
 * answer first", and focus that follows the machine's `focus` requests once React has drawn them.
 */
export function useQuizPage(initialNotice: string | undefined) {
  const [notice, setNotice] = useState(initialNotice);
  const [needsPick, setNeedsPick] = useState(false);
  const pendingFocus = useRef<FocusTarget | null>(null);
  const focusTargets = { question: useRef<HTMLLegendElement>(null), feedback: useRef<HTMLDivElement>(null), confirm: useRef<HTMLDivElement>(null), result: useRef<HTMLDivElement>(null) };
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    focusTargets[target].current?.focus();
  });
  return {
    notice,
    needsPick,
    setNeedsPick,
    focusTargets,
    /** The machine's `focus` action: remembered until the next render. */
    focusLater: (target: FocusTarget) => {
      pendingFocus.current = target;
    },
    /** A pick in the question form: clears "choose an answer first" and sends it. */
    pickWith: (select: (choiceId: string, selected: boolean) => void) => (choiceId: string, selected: boolean) => {
      setNeedsPick(false);
      select(choiceId, selected);
    },
    /** The question form's submit: asks for a pick when there is none, else sends. */
    submitWith: (canSubmit: boolean, send: () => void) => (event: SubmitEvent) => {
      event.preventDefault();
      if (!canSubmit) return setNeedsPick(true);
      setNeedsPick(false);
      setNotice(undefined);
      send();
    },
  };
}

/** The notice about a dropped attempt and the live region, at the top of both quiz islands. */
export function QuizHeader({ notice, status }: { notice: string | undefined; status: string }) {
  return (
    <>
      {notice && (
        <p className="callout quiz-notice" role="note">
          {notice}
        </p>
      )}
      <div role="status" className="visually-hidden">
        {status}
      </div>
    </>
  );
}
