/**
 * Diagram permalinks: a diagram's small state (its parameters and the playhead t) written into the
 * page URL as query parameters namespaced by the diagram's id, readable by people:
 *
 *   /lessons/tasks-and-threads/?tasks-on-cores.tasks=5&tasks-on-cores.cores=2&tasks-on-cores.t=120#tasks-on-cores
 *
 * Links live in people's notes and chats for years, so decoding is forgiving: a malformed,
 * out-of-range, repeated or unknown (renamed) value falls back to that field's default and is
 * reported as a problem the diagram can show; decoding never throws. Pure: no DOM, no window.
 */

/** How one field is read from and written to a link. */
export type FieldSpec =
  | { readonly type: 'int' | 'number'; readonly min: number; readonly max: number; readonly default: number }
  | { readonly type: 'enum'; readonly values: readonly string[]; readonly default: string }
  | { readonly type: 'bool'; readonly default: boolean };

/** A diagram's fields, by parameter name (the part after `id.` in the URL). */
export type Schema = Readonly<Record<string, FieldSpec>>;

/** The decoded values of a schema's fields. */
export type StateOf<S extends Schema> = {
  -readonly [K in keyof S]: S[K] extends { readonly type: 'bool' }
    ? boolean
    : S[K] extends { readonly type: 'enum'; readonly values: readonly (infer V)[] }
      ? V
      : number;
};

/** Why a value in a link was not used. */
export type ProblemReason = 'malformed' | 'out-of-range' | 'unknown' | 'repeated';

/** A value of a link that was not used, and why. */
export interface Problem {
  /** The parameter name without the diagram's prefix, e.g. `cores`. */
  readonly param: string;
  /** The value as it was in the link, shortened if very long. */
  readonly value: string;
  readonly reason: ProblemReason;
}

/** A link's state, and what it could not restore. */
export interface Decoded<S extends Schema> {
  readonly state: StateOf<S>;
  readonly problems: readonly Problem[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const INT = /^-?\d{1,15}$/;
const NUMBER = /^-?\d{1,15}(?:\.\d{1,9})?$/;
const MAX_SHOWN = 40;

/** True for a stable diagram id: kebab-case, lower-case letters and digits. */
export function isDiagramId(id: string): boolean {
  return ID.test(id);
}

function shorten(value: string): string {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

/** Every field of a schema at its default: the state of a link that says nothing. */
export function schemaDefaults<S extends Schema>(schema: S): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(schema)) out[name] = spec.default;
  return out as StateOf<S>;
}

/** Parses one raw value, or says why it cannot be used. */
function parseValue(spec: FieldSpec, raw: string): { ok: true; value: number | string | boolean } | { ok: false; reason: ProblemReason } {
  switch (spec.type) {
    case 'int':
    case 'number': {
      if (!(spec.type === 'int' ? INT : NUMBER).test(raw)) return { ok: false, reason: 'malformed' };
      const n = Number(raw);
      if (n < spec.min || n > spec.max) return { ok: false, reason: 'out-of-range' };
      return { ok: true, value: n === 0 ? 0 : n }; // no -0 in the state
    }
    case 'enum':
      return spec.values.includes(raw) ? { ok: true, value: raw } : { ok: false, reason: 'malformed' };
    case 'bool':
      if (raw === 'true' || raw === '1') return { ok: true, value: true };
      if (raw === 'false' || raw === '0') return { ok: true, value: false };
      return { ok: false, reason: 'malformed' };
  }
}

/**
 * Reads diagram `id`'s state from a query string (`location.search`, with or without `?`) or
 * URLSearchParams. Parameters of other diagrams and ordinary parameters are ignored.
 */
export function decodeState<S extends Schema>(search: string | URLSearchParams, id: string, schema: S): Decoded<S> {
  const state: Record<string, unknown> = schemaDefaults(schema);
  const problems: Problem[] = [];
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    return { state: state as StateOf<S>, problems };
  }
  const prefix = `${id}.`;
  const seen = new Map<string, string[]>();
  for (const [key, value] of params) {
    if (!key.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    const list = seen.get(name);
    if (list) list.push(value);
    else seen.set(name, [value]);
  }
  for (const [name, values] of seen) {
    const spec = Object.hasOwn(schema, name) ? schema[name] : undefined;
    const first = values[0] ?? '';
    if (spec === undefined) {
      problems.push({ param: shorten(name), value: shorten(first), reason: 'unknown' });
      continue;
    }
    if (values.some((v) => v !== first)) {
      problems.push({ param: name, value: shorten(values.join(', ')), reason: 'repeated' });
      continue;
    }
    const parsed = parseValue(spec, first.trim());
    if (parsed.ok) state[name] = parsed.value;
    else problems.push({ param: name, value: shorten(first), reason: parsed.reason });
  }
  return { state: state as StateOf<S>, problems };
}

/** A number as a link shows it: no exponent, at most 3 decimals (1 ns for µs), rounded down. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '0';
  // Rounding down (with a hair of tolerance for binary fractions) keeps a time inside the interval
  // between two event instants, so a restored link narrates the same moment.
  const thousandths = Math.floor(Math.abs(x) * 1000 + 1e-6);
  const sign = x < 0 && thousandths > 0 ? '-' : '';
  const whole = Math.floor(thousandths / 1000);
  const frac = String(thousandths % 1000).padStart(3, '0').replace(/0+$/, '');
  return frac === '' ? `${sign}${whole}` : `${sign}${whole}.${frac}`;
}

/** The query string (without `?`) holding diagram `id`'s whole state, fields in schema order. */
export function encodeState<S extends Schema>(id: string, schema: S, state: StateOf<S>): string {
  const params = new URLSearchParams();
  for (const [name, spec] of Object.entries(schema)) {
    const value = (state as Record<string, unknown>)[name];
    let text: string;
    if (spec.type === 'bool') text = value === true ? 'true' : 'false';
    else if (spec.type === 'enum') text = typeof value === 'string' ? value : spec.default;
    else text = formatNumber(typeof value === 'number' ? value : spec.default);
    params.set(`${id}.${name}`, text);
  }
  return params.toString();
}

/**
 * The link to a diagram in its current state, relative to the page it is on: `?…#id`. Relative,
 * so that the server-rendered HTML and the browser agree on it; `new URL(href, location.href)`
 * gives the absolute form to copy.
 */
export function permalinkHref<S extends Schema>(id: string, schema: S, state: StateOf<S>): string {
  return `?${encodeState(id, schema, state)}#${id}`;
}

/** Clamps a playhead time to the run: [0, makespan]. */
export function clampTime(t: number, makespan: number): number {
  if (Number.isNaN(t) || t < 0) return 0;
  return Math.min(t, Math.max(0, makespan));
}

/**
 * The short notice a diagram shows when a link could not be fully restored, or '' when it could.
 * Names the fields that fell back to their defaults and the unknown ones that were ignored.
 */
export function problemNotice(problems: readonly Problem[]): string {
  const fallback = [...new Set(problems.filter((p) => p.reason !== 'unknown').map((p) => p.param))];
  const unknown = [...new Set(problems.filter((p) => p.reason === 'unknown').map((p) => p.param))];
  if (fallback.length === 0 && unknown.length === 0) return '';
  const parts: string[] = [];
  if (fallback.length > 0) parts.push(`showing the defaults for: ${fallback.join(', ')}`);
  if (unknown.length > 0) parts.push(`ignoring settings this diagram does not have: ${unknown.join(', ')}`);
  return `This link's settings could not all be restored; ${parts.join('; ')}.`;
}
