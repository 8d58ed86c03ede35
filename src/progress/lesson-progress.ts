/**
 * The reader's progress on a lesson page, from localStorage (see progress.ts). It only fills in
 * elements the server already laid out, so nothing moves:
 *
 * - `input[data-progress-toggle=slug]`: the "I have finished this lesson" checkbox; its slug is
 *   the lesson on this page, recorded as the last one visited (the /continue/ page goes back to it);
 * - `[data-progress-lesson=slug]`: a lesson list's mark, a ✓ and the word "Finished" (for screen
 *   readers: the list is narrow) once that lesson is finished.
 *
 * Without JavaScript none of these show (CSS hides `.needs-js` when the theme script did not run);
 * without storage (some private modes) `.progress-ui` is hidden, since it could not work.
 */
import { isDone, markDone, parseProgress, PROGRESS_KEY, serializeProgress, visit, type Progress } from './progress.ts';

/** A constant string: no reader data is ever written as HTML. */
const FINISHED = '<span aria-hidden="true">✓</span><span class="sr-only"> Finished</span>';

/** Stores `progress` when given, then reads back what is stored; null when storage does not work. */
function store(progress?: Progress): Progress | null {
  try {
    if (progress) localStorage.setItem(PROGRESS_KEY, serializeProgress(progress));
    return parseProgress(localStorage.getItem(PROGRESS_KEY));
  } catch {
    return null;
  }
}

/** Shows and records progress; returns it, or null when storage does not work. */
export function showProgress(): Progress | null {
  const box = document.querySelector<HTMLInputElement>('input[data-progress-toggle]');
  const slug = box?.dataset['progressToggle'] ?? '';
  const stored = store();
  // A lesson page records the visit, so writing has to work too (a store that only reads would
  // lose every change); a page without a lesson of its own (/continue/) only reads.
  const checked = stored && (slug ? store(visit(stored, slug)) : stored);
  if (!checked) {
    for (const ui of document.querySelectorAll<HTMLElement>('.progress-ui')) ui.hidden = true;
    return null;
  }
  let progress: Progress = checked;
  const show = (latest: Progress): void => {
    progress = latest;
    for (const mark of document.querySelectorAll<HTMLElement>('[data-progress-lesson]')) {
      mark.innerHTML = isDone(latest, mark.dataset['progressLesson']!) ? FINISHED : '';
    }
    if (box) box.checked = isDone(latest, slug);
  };
  show(progress);
  box?.addEventListener('change', () => {
    // From what is stored now: another tab may have marked other lessons meanwhile.
    const changed = markDone(store() ?? progress, slug, box.checked);
    show(store(changed) ?? changed);
  });
  // Another tab marked a lesson: show it here too.
  addEventListener('storage', (event) => event.key == PROGRESS_KEY && show(parseProgress(event.newValue)));
  return progress;
}
