/**
 * On wide screens the lesson list and "On this page" are rails, always shown: CSS hides their
 * summaries and shows the content of their <details>. This opens those <details> for real there,
 * because the content of a closed <details> stays hidden to assistive technology (and to axe)
 * however CSS shows it; and it folds them again when the window narrows to the one-column layout.
 * Each rail names its media query in `data-rail`, beside the markup the CSS lays out with it.
 * Without JavaScript the CSS alone still shows the rails.
 */
export function openRails(): void {
  for (const rail of document.querySelectorAll<HTMLDetailsElement>('details[data-rail]')) {
    const wide = matchMedia(rail.dataset['rail'] ?? '');
    const apply = (): void => {
      rail.open = wide.matches;
    };
    apply();
    wide.addEventListener('change', apply);
  }
}
