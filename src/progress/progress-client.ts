/**
 * Shows the reader's progress on the page, from localStorage (see progress.ts). Loaded as an
 * external module by the home page and lesson pages; it only fills in elements the server already
 * laid out, so nothing moves:
 *
 * - `[data-progress-lesson=slug] .progress-mark`: a ✓ and the word "Finished" once that lesson is
 *   (the word only for screen readers where the mark says `data-word="hidden"`);
 * - `[data-progress-current=slug]`: the lesson on this page, recorded as the last one visited;
 * - `input[data-progress-toggle=slug]`: the "I have finished this lesson" checkbox;
 * - `[data-progress-continue]`: a slot holding a link, filled in and shown when there is a last lesson.
 *
 * Without JavaScript none of these controls show (CSS hides `.progress-ui` when the theme script
 * did not run); without storage (some private modes) they are hidden, since they could not work.
 */
import { isDone, markDone, parseProgress, PROGRESS_KEY, serializeProgress, visit, type Progress } from './progress.ts';

function load(): Progress | null {
  try {
    return parseProgress(localStorage.getItem(PROGRESS_KEY));
  } catch {
    return null;
  }
}

function save(progress: Progress): boolean {
  try {
    localStorage.setItem(PROGRESS_KEY, serializeProgress(progress));
    return true;
  } catch {
    return false;
  }
}

function showMarks(progress: Progress): void {
  for (const item of document.querySelectorAll<HTMLElement>('[data-progress-lesson]')) {
    const slug = item.dataset['progressLesson'] ?? '';
    const mark = item.querySelector<HTMLElement>('.progress-mark');
    if (!mark) continue;
    const done = isDone(progress, slug);
    if (done === (mark.dataset['done'] === 'true')) continue;
    mark.dataset['done'] = String(done);
    mark.replaceChildren();
    if (!done) continue;
    const tick = document.createElement('span');
    tick.setAttribute('aria-hidden', 'true');
    tick.textContent = '✓';
    const word = document.createElement('span');
    // Where space is short (data-word="hidden") the word is for screen readers; the ✓ shows.
    word.className = mark.dataset['word'] === 'hidden' ? 'sr-only' : 'progress-mark-text';
    word.textContent = ' Finished';
    mark.append(tick, word);
  }
  for (const box of document.querySelectorAll<HTMLInputElement>('input[data-progress-toggle]')) {
    box.checked = isDone(progress, box.dataset['progressToggle'] ?? '');
  }
}

function showContinue(progress: Progress): void {
  const slot = document.querySelector<HTMLElement>('[data-progress-continue]');
  const link = slot?.querySelector('a');
  if (!slot || !link || progress.last === undefined) return;
  const lesson = document.querySelector<HTMLAnchorElement>(`a[data-progress-lesson="${progress.last}"]`);
  if (!lesson) return; // a lesson that no longer exists
  link.href = lesson.href;
  link.textContent = `Lesson ${lesson.dataset['number'] ?? ''}: ${lesson.dataset['title'] ?? ''}`;
  slot.dataset['ready'] = 'true';
}

function start(): void {
  const stored = load();
  if (stored === null || !save(stored)) {
    for (const ui of document.querySelectorAll<HTMLElement>('.progress-ui')) ui.hidden = true;
    return;
  }
  let progress: Progress = stored;
  const current = document.querySelector<HTMLElement>('[data-progress-current]')?.dataset['progressCurrent'];
  if (current !== undefined) {
    progress = visit(progress, current);
    save(progress);
  }
  showMarks(progress);
  showContinue(progress);
  for (const box of document.querySelectorAll<HTMLInputElement>('input[data-progress-toggle]')) {
    box.addEventListener('change', () => {
      const latest = load() ?? progress;
      progress = markDone(latest, box.dataset['progressToggle'] ?? '', box.checked);
      save(progress);
      showMarks(progress);
    });
  }
  // Another tab marked a lesson: show it here too.
  addEventListener('storage', (event) => {
    if (event.key !== PROGRESS_KEY) return;
    progress = parseProgress(event.newValue);
    showMarks(progress);
  });
}

start();
