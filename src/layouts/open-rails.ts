/**
 * On wide screens the lesson list and "On this page" are rails, always shown: CSS hides their
 * summaries and shows the content of their <details>. This opens those <details> for real there,
 * because the content of a closed <details> stays hidden to assistive technology (and to axe)
 * however CSS shows it; and it folds them again when the window narrows to the one-column layout.
 * Without JavaScript the CSS alone still shows the rails.
 */
const RAILS: readonly (readonly [selector: string, wide: string])[] = [
  ['.sidebar details.collapsible', '(min-width: 56rem)'],
  ['.toc details.collapsible', '(min-width: 80rem)'],
];

for (const [selector, query] of RAILS) {
  const details = document.querySelector<HTMLDetailsElement>(selector);
  if (!details) continue;
  const wide = matchMedia(query);
  const apply = (): void => {
    details.open = wide.matches;
  };
  apply();
  wide.addEventListener('change', apply);
}
