/**
 * "Predict, then run": the reader commits to a guess before the lesson shows the answer.
 *
 * Two kinds: a choice among a few options (radio buttons), or a number with a unit. After
 * "Check my guess", the reader's own option gets its explanation (a wrong guess is explained, not
 * scored), then the general reason. The answer also sits in a <details> element, so without
 * JavaScript the question still works as "think, then open".
 *
 * A pure render, used on the server only (see components/Predict.astro): the page carries no
 * framework for it. Every verdict the question can give is rendered here, hidden and keyed by
 * data-verdict (an option's index; right, less or more for a number; none for no guess), so that
 * a small script (predict-client.ts) only enables the controls, picks a key and copies a verdict.
 * A number's answer and tolerance are in data attributes, for the script to judge by. Its styles
 * (predict.css) are imported by the .astro component, so tests can render this module in Node.
 */
import { fmt, judgeChoice, NO_GUESS, numberWords, PICK_FIRST, TYPE_FIRST, type NumberOutcome, type Verdict } from './predict-judge.ts';
import { Prose } from '../Prose.tsx';

/** One answer of a multiple-choice question, and what checking it says. */
export interface PredictChoice {
  readonly label: string;
  /** Whether this option is right. */
  readonly correct?: boolean;
  /** Why this option is right or wrong, shown when the reader picks it. */
  readonly why: string;
}

interface Common {
  /** Stable kebab-case id, unique on the site (an anchor, and the prefix of the form's own ids). */
  readonly id: string;
  readonly question: string;
  /** The reason behind the answer, shown after any guess. */
  readonly explanation: string;
  /** Where to look to see it happen (e.g. "Step the diagram above to 40 µs."). */
  readonly seeIt?: string;
}

/** A question with choices, or one answered with a number. */
export type PredictProps =
  | (Common & { readonly choices: readonly PredictChoice[] })
  | (Common & { readonly answer: number; readonly unit: string; readonly tolerance: number; readonly min?: number; readonly max?: number });

/** The explanation shown under a verdict, followed by where to see it. */
function Explanation({ props }: { readonly props: PredictProps }) {
  return (
    <p>
      <Prose text={props.explanation} />
      {props.seeIt ? (
        <>
          {' '}
          <Prose text={props.seeIt} />
        </>
      ) : null}
    </p>
  );
}

/**
 * A verdict as the live region shows it, inside a hidden block that the script finds by its key
 * and copies the verdict out of. A reminder to guess first has no explanation: it would give the
 * answer away.
 */
function VerdictBlock({ at, verdict, props }: { readonly at: string; readonly verdict: Verdict; readonly props?: PredictProps }) {
  return (
    <div data-verdict={at} hidden>
      <div class={verdict.right ? 'pr-verdict pr-right' : 'pr-verdict pr-wrong'}>
        <p>
          <strong>{verdict.right ? '✓ ' : '✗ '}</strong>
          <Prose text={verdict.text} />
        </p>
        {props ? <Explanation props={props} /> : null}
      </div>
    </div>
  );
}

const OUTCOMES: readonly NumberOutcome[] = ['right', 'less', 'more'];

/** A "Predict, then run" question, rendered on the server (see the note at the top). */
export function Predict(props: PredictProps) {
  const { id } = props;
  const isChoice = 'choices' in props;
  const answerText = isChoice ? (
    <ul class="pr-answers">
      {props.choices.map((c) => (
        <li key={c.label}>
          <strong>{c.correct ? 'Right: ' : 'Wrong: '}</strong>
          <Prose text={c.label} />. <Prose text={c.why} />
        </li>
      ))}
    </ul>
  ) : (
    <p>
      About {fmt(props.answer)} {props.unit}.
    </p>
  );
  // What the script judges a number by (it reads no other props).
  const numberData = isChoice ? {} : { 'data-answer': String(props.answer), 'data-tolerance': String(props.tolerance) };

  return (
    <form id={id} class="pr" aria-labelledby={`${id}-q`} {...numberData}>
      <p class="pr-kicker">Predict, then check</p>
      <p class="pr-question" id={`${id}-q`}>
        <Prose text={props.question} />
      </p>
      {/* Disabled until the script runs: without it they could not work. */}
      {isChoice ? (
        <fieldset class="pr-choices" disabled>
          <legend class="pr-visually-hidden">Your guess</legend>
          {props.choices.map((c, i) => (
            <label key={c.label} class="pr-choice">
              <input type="radio" name={`${id}-choice`} value={String(i)} />
              <span>
                <Prose text={c.label} />
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p class="pr-number">
          <label for={`${id}-n`}>Your guess</label>{' '}
          <input id={`${id}-n`} type="number" inputMode="decimal" min={props.min} max={props.max} step="any" disabled />{' '}
          <span>{props.unit}</span>
        </p>
      )}
      <p class="pr-actions">
        <button type="submit" class="dg-button" disabled>
          Check my guess
        </button>
        {/* The script only makes it invisible (pr-hidden), so that nothing moves when it runs. */}
        <span class="pr-nojs">Checking needs JavaScript; the answer is below.</span>
      </p>
      <div class="pr-result" role="status" aria-live="polite"></div>
      {isChoice
        ? props.choices.map((c, i) => <VerdictBlock key={c.label} at={String(i)} verdict={judgeChoice(c)} props={props} />)
        : OUTCOMES.map((o) => (
            // A wrong one ends where the reader's number goes: the script appends it.
            <VerdictBlock key={o} at={o} verdict={{ right: o === 'right', text: numberWords(o, props.answer, props.unit) }} props={props} />
          ))}
      <VerdictBlock at={NO_GUESS} verdict={isChoice ? PICK_FIRST : TYPE_FIRST} />
      <details class="pr-reveal">
        <summary>Show the answer</summary>
        {answerText}
        <p>
          <Prose text={props.explanation} />
        </p>
      </details>
    </form>
  );
}
