/** Small text helpers shared by narration, controls and the timeline. Pure. */

/** No-break space: a number and its unit stay on one line. */
export const NBSP = '\u00a0';

/**
 * A time in µs as the course writes it, for display: `120 µs`, `0.2 µs`, `31,250 µs`, with a
 * no-break space before the unit. `plain` uses an ordinary space (for attributes such as
 * aria-valuetext, where line breaks do not arise).
 */
export function formatUs(us: number, plain = false): string {
  return `${formatAmount(us)}${plain ? ' ' : NBSP}µs`;
}

/** A number with at most 3 decimals (trailing zeros dropped) and thousands separators. */
export function formatAmount(x: number): string {
  const rounded = Math.round(x * 1000) / 1000;
  const [whole = '0', frac] = Math.abs(rounded).toString().split('.');
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** `A`, `A and B`, `A, B and C`. */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Upper-cases the first letter of a sentence. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
