/** Small text helpers shared by narration, controls and the timeline. Pure. */

/** A time in µs as the course writes it: `120 µs`, `0.2 µs`, `31,250 µs`. */
export function formatUs(us: number): string {
  return `${formatAmount(us)} µs`;
}

/**
 * A share (0 to 1) as a percentage with two significant digits: `0.07%`, `1.3%`, `17%` (the
 * course's one percent style, as in its prose). Below 0.001% it says so rather than print a string
 * of zeros; 0 is `0%`.
 */
export function formatPercent(share: number): string {
  const pct = share * 100;
  if (!Number.isFinite(pct) || pct <= 0) return '0%';
  if (pct < 0.001) return 'under 0.001%';
  if (pct >= 10) return `${Math.round(pct)}%`;
  return `${Number(pct.toPrecision(2))}%`;
}

/**
 * A share (0 to 1) as a compact percentage for tables, at most one decimal below 1%: `17%`,
 * `0.4%`, `0%`. (formatPercent, with two significant digits, is for prose.)
 */
export function formatShare(share: number): string {
  const pct = share * 100;
  if (pct === 0) return '0%';
  if (pct < 1) return `${Math.max(0.1, Math.round(pct * 10) / 10)}%`;
  return `${Math.round(pct)}%`;
}

/** A duration for a table column: whole µs from 100 µs up, so that columns of large numbers stay short. */
export function formatTime(us: number): string {
  return formatUs(us >= 100 ? Math.round(us) : Math.round(us * 10) / 10);
}

/** A count with grouped thousands, as prose writes it: `1,000`. */
export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** `1 core`, `4 cores`, `1,000 tasks`. */
export const plural = (n: number, noun: string): string => `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;

/**
 * Splits text into plain runs and quantities with a unit (`94 µs`, `0.75–3 ms`, `17%`), so a renderer
 * can keep each quantity on one line without putting special spaces into the text itself.
 */
export function splitQuantities(text: string): { text: string; quantity: boolean }[] {
  const out: { text: string; quantity: boolean }[] = [];
  const re = /\d[\d,.]*(?:[–-]\d[\d,.]*)?(?: (?:µs|ms|ns|s|B|KiB|MiB|GiB|TiB)\b|%)/g;
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

/** `A`, `A and B`, `A, B and C`. */
export function listWords(items: readonly string[], max = Infinity): string {
  // A long list names the first few and counts the rest: 10,000 names help nobody, and building
  // that sentence on every frame would cost more than the frame has.
  if (items.length > max) {
    const shown = Math.max(1, max - 1);
    return `${items.slice(0, shown).join(', ')} and ${(items.length - shown).toLocaleString('en')} others`;
  }
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Upper-cases the first letter of a sentence. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** `no tasks`, `one core`, `three tasks`, `12 tasks`: a count in words, as captions say it. */
export function countWords(n: number, noun: string): string {
  return `${NUMBER_WORDS[n] ?? String(n)} ${noun}${n === 1 ? '' : 's'}`;
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/**
 * A size in binary units with about three significant digits, as the course's sources give them:
 * `410 B`, `104 KiB`, `25.4 MiB`, `1.95 GiB`, `8 MiB`.
 */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const decimals = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  let text = value.toFixed(decimals);
  // 1023.7 KiB rounds to "1024 KiB": say 1 MiB instead.
  if (Number(text) >= 1024 && unit < BYTE_UNITS.length - 1) return formatBytes(1024 ** (unit + 1));
  if (text.includes('.')) text = text.replace(/\.?0+$/, '');
  return `${formatAmount(Number(text))} ${BYTE_UNITS[unit]}`;
}
