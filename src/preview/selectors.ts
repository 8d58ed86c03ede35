/**
 * CSS selector matching over the trees of markup.ts, for the selectors the site's stylesheets
 * use: type, universal, class, id and attribute selectors, `:root`, `:is()`, `:where()` and
 * `:not()` of compound selectors, and the descendant and child combinators. A selector with
 * anything else (`:hover`, `::before`, `+`, `~`, `[a^=b]`, …) never matches: the pictures are
 * drawn at rest, with nothing hovered or focused. Pure.
 */
import { splitTopLevel } from './css.ts';
import { classes, type Element } from './markup.ts';

type Specificity = readonly [number, number, number];

interface Compound {
  readonly tag: string | undefined;
  readonly ids: readonly string[];
  readonly classes: readonly string[];
  readonly attrs: readonly { readonly name: string; readonly value: string | undefined }[];
  readonly is: readonly (readonly Compound[])[];
  readonly not: readonly (readonly Compound[])[];
  readonly root: boolean;
  readonly specificity: Specificity;
}

interface Step {
  readonly compound: Compound;
  /** How this compound relates to the next one to its right. */
  readonly combinator: ' ' | '>';
}

export interface Selector {
  readonly steps: readonly Step[];
  readonly specificity: Specificity;
}

const IDENT = /^-?[A-Za-z_][\w-]*/;

const add = (a: Specificity, b: Specificity): Specificity => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const max = (list: readonly Specificity[]): Specificity =>
  list.reduce<Specificity>((m, s) => (compareSpecificity(s, m) > 0 ? s : m), [0, 0, 0]);

export function compareSpecificity(a: Specificity, b: Specificity): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Parses one compound selector (no combinators); null when it uses something unsupported. */
function parseCompound(text: string): Compound | null {
  let tag: string | undefined;
  const ids: string[] = [];
  const cls: string[] = [];
  const attrs: { name: string; value: string | undefined }[] = [];
  const is: Compound[][] = [];
  const not: Compound[][] = [];
  let root = false;
  let spec: Specificity = [0, 0, 0];
  let i = 0;
  const s = text.trim();
  if (s === '') return null;
  if (s[0] === '*') i = 1;
  else {
    const m = IDENT.exec(s);
    if (m) {
      tag = m[0].toLowerCase();
      spec = add(spec, [0, 0, 1]);
      i = m[0].length;
    }
  }
  while (i < s.length) {
    const ch = s[i];
    const rest = s.slice(i + 1);
    if (ch === '.' || ch === '#') {
      const m = IDENT.exec(rest);
      if (!m) return null;
      if (ch === '.') cls.push(m[0]);
      else ids.push(m[0]);
      spec = add(spec, ch === '#' ? [1, 0, 0] : [0, 1, 0]);
      i += 1 + m[0].length;
    } else if (ch === '[') {
      const end = s.indexOf(']', i);
      if (end < 0) return null;
      const m = /^\s*([\w-]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))\s*)?$/.exec(s.slice(i + 1, end));
      if (!m?.[1]) return null;
      attrs.push({ name: m[1], value: m[2] ?? m[3] ?? m[4] });
      spec = add(spec, [0, 1, 0]);
      i = end + 1;
    } else if (ch === ':') {
      const m = /^:(-?[\w-]+)(\()?/.exec(s.slice(i));
      if (!m?.[1]) return null;
      const name = m[1].toLowerCase();
      if (!m[2]) {
        if (name !== 'root') return null;
        root = true;
        spec = add(spec, [0, 1, 0]);
        i += m[0].length;
        continue;
      }
      let depth = 0;
      let end = i + m[0].length - 1;
      for (; end < s.length; end++) {
        if (s[end] === '(') depth += 1;
        else if (s[end] === ')' && --depth === 0) break;
      }
      const list = splitTopLevel(s.slice(i + m[0].length, end), ',').map(parseCompound);
      if (list.some((c) => c === null)) return null;
      const args = list as Compound[];
      if (name === 'is' || name === 'matches') is.push(args);
      else if (name === 'where') is.push(args.map((c) => ({ ...c, specificity: [0, 0, 0] as const })));
      else if (name === 'not') not.push(args);
      else return null;
      if (name !== 'where') spec = add(spec, max(args.map((c) => c.specificity)));
      i = end + 1;
    } else {
      return null;
    }
  }
  return { tag, ids, classes: cls, attrs, is, not, root, specificity: spec };
}

/** Splits a complex selector into compounds and combinators; null when unsupported. */
function parseComplex(text: string): Selector | null {
  const compounds: string[] = [];
  const combinators: (' ' | '>')[] = [];
  let buffer = '';
  let pending: ' ' | '>' | null = null;
  let depth = 0;
  for (const ch of text.trim()) {
    if (depth === 0 && (ch === '+' || ch === '~')) return null;
    if (depth === 0 && (ch === '>' || /\s/.test(ch))) {
      if (buffer !== '') compounds.push(buffer);
      buffer = '';
      if (ch === '>') pending = '>';
      else pending ??= ' ';
      continue;
    }
    if (ch === '(' || ch === '[') depth += 1;
    if (ch === ')' || ch === ']') depth -= 1;
    if (buffer === '' && compounds.length > 0) {
      combinators.push(pending ?? ' ');
      pending = null;
    }
    buffer += ch;
  }
  if (buffer !== '') compounds.push(buffer);
  if (compounds.length === 0) return null;
  const steps: Step[] = [];
  for (const [i, text] of compounds.entries()) {
    const compound = parseCompound(text);
    if (!compound) return null;
    steps.push({ compound, combinator: combinators[i] ?? ' ' });
  }
  return { steps, specificity: steps.reduce<Specificity>((sum, st) => add(sum, st.compound.specificity), [0, 0, 0]) };
}

/** The supported selectors of a selector list; unsupported ones are left out. */
export function parseSelectorList(text: string): Selector[] {
  return splitTopLevel(text, ',')
    .map(parseComplex)
    .filter((s): s is Selector => s !== null);
}

function matchesCompound(el: Element, c: Compound): boolean {
  if (c.tag !== undefined && el.tag.toLowerCase() !== c.tag) return false;
  if (c.root && el.parent !== undefined && el.parent.tag !== '#root') return false;
  if (c.ids.length > 0 && !c.ids.every((id) => el.attrs.get('id') === id)) return false;
  if (c.classes.length > 0) {
    const own = classes(el);
    if (!c.classes.every((name) => own.includes(name))) return false;
  }
  for (const a of c.attrs) {
    const v = el.attrs.get(a.name);
    if (v === undefined || (a.value !== undefined && v !== a.value)) return false;
  }
  if (!c.is.every((list) => list.some((x) => matchesCompound(el, x)))) return false;
  if (c.not.some((list) => list.some((x) => matchesCompound(el, x)))) return false;
  return true;
}

function matchFrom(el: Element, steps: readonly Step[], index: number): boolean {
  const step = steps[index];
  if (!step || !matchesCompound(el, step.compound)) return false;
  if (index === 0) return true;
  const left = steps[index - 1];
  if (!left) return true;
  if (left.combinator === '>') {
    const parent = el.parent;
    return parent !== undefined && parent.tag !== '#root' && matchFrom(parent, steps, index - 1);
  }
  for (let a = el.parent; a && a.tag !== '#root'; a = a.parent) {
    if (matchFrom(a, steps, index - 1)) return true;
  }
  return false;
}

export function matches(el: Element, selector: Selector): boolean {
  return matchFrom(el, selector.steps, selector.steps.length - 1);
}
