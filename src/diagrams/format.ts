/** Small text helpers shared by narration, controls and the timeline. Pure. */

/** A time in µs as the course writes it: `120 µs`, `0.2 µs`, `31,250 µs`. */
export function formatUs(us: number): string {
  return `${formatAmount(us)} µs`;
}

/**
 * Splits text into plain runs and quantities with a unit (`94 µs`, `0.75–3 ms`), so a renderer
 * can keep each quantity on one line without putting special spaces into the text itself.
 */
export function splitQuantities(text: string): { text: string; quantity: boolean }[] {
  const out: { text: string; quantity: boolean }[] = [];
  const re = /\d[\d,.]*(?:[–-]\d[\d,.]*)? (?:µs|ms|ns|s|B|KiB|MiB|GiB|TiB)\b/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), quantity: false });
    out.push({ text: m[0], quantity: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), quantity: false });
  return out;
}

/** A number with at most 3 decimals (trailing zeros dropped) and thousands separators. */
export function formatAmount(x: number): string {
  const rounded = Math.round(x * 1000) / 1000;
  const [whole = '0', frac] = Math.abs(rounded).toString().split('.');
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** A number rounded to `digits` significant digits (3 by default), written with formatAmount. */
export function formatSignificant(x: number, digits = 3): string {
  if (x === 0 || !Number.isFinite(x)) return formatAmount(Number.isFinite(x) ? x : 0);
  const scale = 10 ** (digits - 1 - Math.floor(Math.log10(Math.abs(x))));
  return formatAmount(Math.round(x * scale) / scale);
}

/** A duration given in µs, in the unit that keeps it short: `69 µs`, `3.53 ms`, `404 ms`, `1.23 s`. */
export function formatDuration(us: number): string {
  const abs = Math.abs(us);
  if (abs < 999.5) return `${formatSignificant(us)} µs`;
  if (abs < 999_500) return `${formatSignificant(us / 1000)} ms`;
  return `${formatSignificant(us / 1_000_000)} s`;
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** A size in bytes, in binary units to 3 significant digits: `410 B`, `26 KiB`, `254 MiB`, `19.5 GiB`. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (unit < BYTE_UNITS.length - 1 && Math.abs(value) >= 1024) {
    value /= 1024;
    unit++;
  }
  return `${formatSignificant(value)} ${BYTE_UNITS[unit]}`;
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
