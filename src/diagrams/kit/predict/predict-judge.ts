/**
 * Judging a guess: pure, so it is unit-tested without a browser. The server renders every verdict
 * a question can give ahead of time (Predict.tsx), hidden and keyed; the page's script
 * (predict-client.ts) only works out which key answers the reader and copies that verdict.
 */

/** What checking an answer says, and whether it was right. */
export type Verdict = { readonly right: boolean; readonly text: string };

/** Keys of the prepared verdicts besides a choice's option index. */
export type NumberOutcome = 'right' | 'less' | 'more';
/** The key of the reminder shown when the reader checks before guessing (no explanation follows it). */
export const NO_GUESS = 'none';

/** The reminder when a choice question is checked before picking. */
export const PICK_FIRST: Verdict = { right: false, text: 'Pick one answer first.' };
/** The reminder when a number question is checked before typing. */
export const TYPE_FIRST: Verdict = { right: false, text: 'Type a number first.' };

/** The verdict for a picked option: its own reason, after a plain yes or no. */
export function judgeChoice(choice: { readonly correct?: boolean; readonly why: string }): Verdict {
  const right = choice.correct === true;
  return { right, text: `${right ? 'Yes.' : 'Not quite.'} ${choice.why}` };
}

/** Within `tolerance` of the answer counts as right; otherwise the answer is less or more. */
export function numberOutcome(guess: number, answer: number, tolerance: number): NumberOutcome {
  const off = guess - answer;
  return Math.abs(off) <= tolerance ? 'right' : off > 0 ? 'less' : 'more';
}

/**
 * The key for what was typed in a number field (its `value`, which the browser leaves empty when
 * the text is not a number): NO_GUESS until there is a number to judge.
 */
export function typedOutcome(typed: string, answer: number, tolerance: number): NumberOutcome | typeof NO_GUESS {
  const guess = Number(typed);
  return typed.trim() && Number.isFinite(guess) ? numberOutcome(guess, answer, tolerance) : NO_GUESS;
}

/** A number and its unit as the course writes them: `120 µs`, but `17%`. */
const withUnit = (n: string, unit: string): string => (unit === '%' ? `${n}%` : `${n} ${unit}`);

/**
 * A number verdict's words up to the reader's guess, which ends a wrong verdict: the server
 * renders these, the script appends `fmt(guess) + '.'` to a wrong one.
 */
export function numberWords(outcome: NumberOutcome, answer: number, unit: string): string {
  if (outcome === 'right') return `Yes: ${withUnit(fmt(answer), unit)}.`;
  return `Not quite: the answer is ${withUnit(fmt(answer), unit)}, ${outcome} than your `;
}

/** The whole verdict for a number guess, as the reader reads it. */
export function judgeNumber(guess: number, answer: number, tolerance: number, unit: string): Verdict {
  const outcome = numberOutcome(guess, answer, tolerance);
  const words = numberWords(outcome, answer, unit);
  return outcome === 'right' ? { right: true, text: words } : { right: false, text: `${words}${fmt(guess)}.` };
}

/** A number as the questions write it: grouped thousands, at most 3 decimals. */
export const fmt = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 3 });
