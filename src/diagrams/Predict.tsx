/**
 * "Predict, then run": the reader commits to a guess before the lesson shows the answer.
 *
 * Two kinds: a choice among a few options (radio buttons), or a number with a unit. After
 * "Check my guess", the reader's own option gets its explanation (a wrong guess is explained, not
 * scored), then the general reason. The answer also sits in a <details> element, so without
 * JavaScript the question still works as "think, then open".
 */
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { useMounted } from './hooks.ts';
import { fmt, judgeNumber, type Verdict } from './predict-judge.ts';
import { Prose } from './Prose.tsx';
import './predict.css';

export interface PredictChoice {
  readonly label: string;
  /** Whether this option is right. */
  readonly correct?: boolean;
  /** Why this option is right or wrong, shown when the reader picks it. */
  readonly why: string;
}

interface Common {
  /** Stable kebab-case id, unique on the site (an anchor). */
  readonly id: string;
  readonly question: string;
  /** The reason behind the answer, shown after any guess. */
  readonly explanation: string;
  /** Where to look to see it happen (e.g. "Step the diagram above to 40 µs."). */
  readonly seeIt?: string;
}

export type PredictProps =
  | (Common & { readonly choices: readonly PredictChoice[] })
  | (Common & { readonly answer: number; readonly unit: string; readonly tolerance: number; readonly min?: number; readonly max?: number });

export function Predict(props: PredictProps) {
  const mounted = useMounted();
  const uid = useId();
  const [picked, setPicked] = useState<number | null>(null);
  const [value, setValue] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const isChoice = 'choices' in props;

  const check = (e: Event): void => {
    e.preventDefault();
    if (isChoice) {
      const choice = picked === null ? undefined : props.choices[picked];
      if (!choice) return setVerdict({ right: false, text: 'Pick one answer first.' });
      setVerdict({ right: choice.correct === true, text: `${choice.correct ? 'Yes.' : 'Not quite.'} ${choice.why}` });
    } else {
      const guess = Number(value);
      if (value.trim() === '' || !Number.isFinite(guess)) return setVerdict({ right: false, text: 'Type a number first.' });
      setVerdict(judgeNumber(guess, props.answer, props.tolerance, props.unit));
    }
  };
  const answered = verdict !== null && verdict.text !== 'Pick one answer first.' && verdict.text !== 'Type a number first.';
  const answerText: ComponentChildren = isChoice ? (
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

  return (
    <form id={props.id} class="pr" onSubmit={check} aria-labelledby={`${uid}-q`}>
      <p class="pr-kicker">Predict, then check</p>
      <p class="pr-question" id={`${uid}-q`}>
        <Prose text={props.question} />
      </p>
      {isChoice ? (
        <fieldset class="pr-choices" disabled={!mounted}>
          <legend class="pr-visually-hidden">Your guess</legend>
          {props.choices.map((c, i) => (
            <label key={c.label} class="pr-choice">
              <input type="radio" name={`${uid}-choice`} value={String(i)} checked={picked === i} onChange={() => (setPicked(i), setVerdict(null))} />
              <span>
                <Prose text={c.label} />
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p class="pr-number">
          <label for={`${uid}-n`}>Your guess</label>{' '}
          <input
            id={`${uid}-n`}
            type="number"
            inputMode="decimal"
            min={props.min}
            max={props.max}
            step="any"
            value={value}
            disabled={!mounted}
            onInput={(e) => (setValue((e.target as HTMLInputElement).value), setVerdict(null))}
          />{' '}
          <span>{props.unit}</span>
        </p>
      )}
      <p class="pr-actions">
        <button type="submit" class="dg-button" disabled={!mounted}>
          Check my guess
        </button>
        {/* Kept in the layout (only made invisible) so that hydration moves nothing. */}
        <span class={mounted ? 'pr-nojs pr-hidden' : 'pr-nojs'} aria-hidden={mounted ? 'true' : undefined}>
          Checking needs JavaScript; the answer is below.
        </span>
      </p>
      <div class="pr-result" role="status" aria-live="polite">
        {verdict ? (
          <div class={verdict.right ? 'pr-verdict pr-right' : 'pr-verdict pr-wrong'}>
            <p>
              <strong>{verdict.right ? '✓ ' : '✗ '}</strong>
              <Prose text={verdict.text} />
            </p>
            {answered ? (
              <p>
                <Prose text={props.explanation} />
                {props.seeIt ? (
                  <>
                    {' '}
                    <Prose text={props.seeIt} />
                  </>
                ) : null}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
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
