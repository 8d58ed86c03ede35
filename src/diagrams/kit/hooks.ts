/** Small browser hooks the diagrams share. Each is safe during server rendering. */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { decodeState, type Problem, type Schema, type StateOf } from './permalink.ts';

/**
 * False in the server-rendered HTML and in the first (hydrating) render, true right after: the
 * moment controls can be enabled without the hydrated markup differing from the server's.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

const REDUCE = '(prefers-reduced-motion: reduce)';

/** Whether the reader asked for reduced motion; follows changes to the setting. */
export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(REDUCE);
    setReduced(query.matches);
    const onChange = (): void => setReduced(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return reduced;
}

/**
 * The rendered width of an element in CSS pixels, or `fallback` until it is known (on the server
 * and in the first render). Measured before paint, then kept up to date by a ResizeObserver.
 */
export function useElementWidth(ref: { readonly current: Element | null }, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = (w: number): void => {
      if (w > 0) setWidth(Math.round(w));
    };
    update(el.getBoundingClientRect().width);
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) update(entry.contentRect.width);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * A diagram's state from the page's link (see permalink.ts): read once, right after hydration,
 * so that the server HTML and the first client render are identical; handed to `apply`, which
 * sets the diagram's parameters and playhead. Returns what the link could not restore, for the
 * diagram's notice (nothing until then).
 */
export function useLinkState<S extends Schema>(id: string, schema: S, apply: (state: StateOf<S>) => void): readonly Problem[] {
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  useEffect(() => {
    const decoded = decodeState(location.search, id, schema);
    apply(decoded.state);
    setProblems(decoded.problems);
  }, []);
  return problems;
}
