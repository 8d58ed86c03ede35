/**
 * Makes the server-rendered "Predict, then check" forms (Predict.tsx) work, with no framework:
 * every verdict is already in the form, in a hidden block keyed by data-verdict. This enables the
 * controls, works out the key for the reader's guess and copies that verdict into the live region.
 */
import { fmt, NO_GUESS, typedOutcome } from './predict-judge.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form.pr')) {
  const result = form.querySelector('.pr-result')!;
  // Its fieldset, inputs and button: rendered disabled, since without this script they could not work.
  for (const control of form.elements) (control as HTMLInputElement).disabled = false;
  // Invisible but kept in the layout, so that nothing moves when the script runs.
  const note = form.querySelector('.pr-nojs')!;
  note.classList.add('pr-hidden');
  note.ariaHidden = 'true';
  // A new guess clears the verdict on the old one. (Properties, not attributes: nothing inline.)
  form.oninput = () => result.replaceChildren();
  form.onsubmit = (event) => {
    event.preventDefault();
    // A number question carries its answer; a choice's key is the picked option's index.
    const { answer, tolerance } = form.dataset;
    const guess = form.querySelector<HTMLInputElement>(answer ? 'input' : ':checked')?.value ?? '';
    const key = answer ? typedOutcome(guess, +answer, +tolerance!) : guess || NO_GUESS;
    const verdict = form.querySelector(`[data-verdict="${key}"] > *`)!.cloneNode(true) as Element;
    // A wrong number verdict ends with the reader's own number.
    if (key === 'less' || key === 'more') verdict.firstElementChild!.append(`${fmt(+guess)}.`);
    result.replaceChildren(verdict);
  };
}
