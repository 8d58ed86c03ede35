/**
 * The course's own island hydration, in place of Astro's `client:*` directives: every diagram is
 * rendered to HTML at build time inside an element `[data-island=name]` (Island.astro), and this
 * hydrates it in the browser. Astro's loader costs about 2.6 KB gzip on every page with an island
 * (its custom element, props decoder, directive scripts and renderer); this file is a few hundred
 * bytes, which is what keeps a lesson page's JavaScript within its budget.
 *
 * An island wakes when it comes near the viewport (like `client:visible`), or at once when it says
 * `data-load="eager"` (a diagram alone on its page). `data-ssr` is removed once it has hydrated, so
 * tests and tools can wait for it.
 */
import { h, hydrate, type ComponentType } from 'preact';

/** How far outside the viewport an island starts hydrating, so its controls are live on arrival. */
const MARGIN = '200px';

/** Hydrates each server-rendered island called `name` on the page with `Component`. */
export function mount(name: string, Component: ComponentType<any>): void {
  for (const el of document.querySelectorAll<HTMLElement>(`[data-island="${name}"][data-ssr]`)) {
    const wake = (): void => {
      // The props were written by Island.astro from JSON.stringify: only a broken page fails here,
      // and then the island keeps its server-rendered frame rather than throwing.
      let props: Record<string, unknown>;
      try {
        props = JSON.parse(el.dataset['props'] ?? '{}') as Record<string, unknown>;
      } catch {
        return;
      }
      hydrate(h(Component, props), el);
      el.removeAttribute('data-ssr');
    };
    if (el.dataset['load'] === 'eager' || typeof IntersectionObserver !== 'function') {
      wake();
      continue;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        wake();
      },
      { rootMargin: MARGIN },
    );
    observer.observe(el);
  }
}
