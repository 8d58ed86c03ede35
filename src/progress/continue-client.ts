/**
 * The /continue/ page's part of the lesson script: goes on to the last lesson visited in this
 * browser, replacing this page in the history (Back then returns to where the reader came from).
 * When there is none, or storage does not work, it shows the page's note saying so; the page
 * already offers lesson 1 and the lesson list, so the reader is never stuck. Elsewhere it does
 * nothing: only /continue/ has `[data-continue-none]`.
 */
import { continueTarget } from './continue.ts';
import type { Progress } from './progress.ts';

export function continueOn(progress: Progress | null): void {
  const note = document.querySelector<HTMLElement>('[data-continue-none]');
  if (!note) return;
  const links = document.querySelectorAll<HTMLAnchorElement>('a[data-lesson]');
  const target = continueTarget(progress, new Map([...links].map((a) => [a.dataset['lesson']!, a.href])));
  if (target === undefined) note.hidden = false;
  else location.replace(target);
}
