/**
 * Turns the site's CSS into plain SVG attributes on a tree of markup, so that a diagram's
 * server-rendered picture can be drawn by a renderer that reads no stylesheets (resvg) or shown
 * as a stand-alone image. It does what a browser's cascade would do for the properties an SVG
 * picture needs: selector specificity and order, `!important`, inheritance of custom properties
 * and `color`, `var()` with fallbacks, `currentColor` and `color-mix(in srgb, …)`. Pure.
 */
import { parseStylesheet, splitTopLevel, type Declaration } from './css.ts';
import { escapeMarkup, isElement, type Element } from './markup.ts';
import { compareSpecificity, matches, parseSelectorList, type Selector } from './selectors.ts';

interface CompiledRule {
  readonly selectors: readonly Selector[];
  readonly declarations: readonly Declaration[];
}

/** Stylesheets ready for matching, in cascade order (later wins on a tie). */
export type Sheet = readonly CompiledRule[];

export function compileSheet(...sources: readonly string[]): Sheet {
  return sources
    .flatMap(parseStylesheet)
    .map((rule) => ({ selectors: parseSelectorList(rule.selector), declarations: rule.declarations }))
    .filter((rule) => rule.selectors.length > 0);
}

/** The SVG properties written as attributes: painting, text and visibility. */
const PRESENTATION = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'paint-order',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** Values a static picture cannot use: lengths relative to a page, and sums the browser would work out. */
const UNUSABLE = /calc\(|\d(?:r?em|vw|vh|%)(?![\w-])|inherit|initial|unset|revert/;

function findClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Substitutes every `var(--x, fallback)` in `value`; null when one has neither a value nor a
 * fallback (the declaration is then invalid, as in a browser).
 */
export function substituteVars(value: string, lookup: (name: string) => string | undefined, depth = 0): string | null {
  if (depth > 20) return null; // a cycle
  let out = '';
  let i = 0;
  for (;;) {
    const start = value.indexOf('var(', i);
    if (start < 0) return out + value.slice(i);
    const close = findClose(value, start + 3);
    if (close < 0) return null;
    const [name = '', ...rest] = splitTopLevel(value.slice(start + 4, close), ',');
    const found = lookup(name.trim());
    const fallback = rest.length > 0 ? rest.join(',').trim() : undefined;
    const raw = found ?? fallback;
    if (raw === undefined) return null;
    const resolved = substituteVars(raw, lookup, depth + 1);
    if (resolved === null) return null;
    out += value.slice(i, start) + resolved;
    i = close + 1;
  }
}

type Rgba = readonly [number, number, number, number];

function parseColor(text: string): Rgba | null {
  const s = text.trim().toLowerCase();
  if (s === 'transparent') return [0, 0, 0, 0];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s)?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const channel = (k: number): number => Number.parseInt(full.slice(k, k + 2), 16);
  return [channel(0), channel(2), channel(4), 1];
}

function formatColor([r, g, b, a]: Rgba): string {
  const hex = (n: number): string => Math.round(n).toString(16).padStart(2, '0');
  return a >= 1 ? `#${hex(r)}${hex(g)}${hex(b)}` : `rgba(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)}, ${+a.toFixed(3)})`;
}

/** `color-mix(in srgb, A p%, B q%)` with premultiplied alpha, as CSS Color 5 defines it. */
export function mixColors(args: string): string | null {
  const [space, ...parts] = splitTopLevel(args, ',').map((p) => p.trim());
  if (space !== 'in srgb' || parts.length !== 2) return null;
  const items = parts.map((p) => {
    const m = /^(.*?)(?:\s+(\d+(?:\.\d+)?)%)?$/.exec(p);
    return { color: parseColor(m?.[1] ?? ''), pct: m?.[2] === undefined ? undefined : Number(m[2]) / 100 };
  });
  const [a, b] = items;
  if (!a?.color || !b?.color) return null;
  const pa = a.pct ?? (b.pct === undefined ? 0.5 : 1 - b.pct);
  const pb = b.pct ?? 1 - pa;
  const [ca, cb] = [a.color, b.color];
  const alpha = ca[3] * pa + cb[3] * pb;
  if (alpha === 0) return formatColor([0, 0, 0, 0]);
  const channel = (k: 0 | 1 | 2): number => (ca[k] * ca[3] * pa + cb[k] * cb[3] * pb) / alpha;
  return formatColor([channel(0), channel(1), channel(2), Math.min(1, alpha / (pa + pb))]);
}

/** Evaluates the colour functions a value holds, innermost first. */
function evaluateColors(value: string): string | null {
  let out = value;
  for (;;) {
    const start = out.lastIndexOf('color-mix(');
    if (start < 0) return out;
    const close = findClose(out, start + 9);
    if (close < 0) return null;
    const mixed = mixColors(out.slice(start + 10, close));
    if (mixed === null) return null;
    out = out.slice(0, start) + mixed + out.slice(close + 1);
  }
}

interface Computed {
  readonly vars: ReadonlyMap<string, string>;
  readonly color: string | undefined;
}

interface Winner {
  readonly declaration: Declaration;
  readonly specificity: readonly [number, number, number];
}

function cascade(el: Element, sheet: Sheet): Map<string, Declaration> {
  const winners = new Map<string, Winner>();
  for (const rule of sheet) {
    let best: Winner['specificity'] | undefined;
    for (const selector of rule.selectors) {
      if (matches(el, selector) && (best === undefined || compareSpecificity(selector.specificity, best) > 0)) {
        best = selector.specificity;
      }
    }
    if (best === undefined) continue;
    for (const declaration of rule.declarations) {
      const current = winners.get(declaration.property);
      const beats =
        current === undefined ||
        (declaration.important !== current.declaration.important
          ? declaration.important
          : compareSpecificity(best, current.specificity) >= 0);
      // Rules come in source order, so on equal specificity the later one wins.
      if (beats) winners.set(declaration.property, { declaration, specificity: best });
    }
  }
  return new Map([...winners].map(([property, w]) => [property, w.declaration]));
}

function computeElement(el: Element, sheet: Sheet, parent: Computed, inSvg: boolean): Computed {
  const declared = cascade(el, sheet);
  const vars = new Map(parent.vars);
  const own = new Map<string, string>();
  for (const [property, d] of declared) if (property.startsWith('--')) own.set(property, d.value);
  // Custom properties are resolved where they are declared, against the inherited ones and each other.
  const lookup = (seen: ReadonlySet<string>) => (name: string): string | undefined => {
    if (!own.has(name) || seen.has(name)) return parent.vars.get(name);
    return substituteVars(own.get(name) ?? '', lookup(new Set([...seen, name]))) ?? undefined;
  };
  for (const name of own.keys()) {
    const value = lookup(new Set())(name);
    if (value === undefined) vars.delete(name);
    else vars.set(name, value);
  }
  const resolve = (value: string): string | null => {
    const substituted = substituteVars(value, (name) => vars.get(name));
    return substituted === null ? null : evaluateColors(substituted);
  };
  const colorDecl = declared.get('color');
  const colorValue = colorDecl ? resolve(colorDecl.value) : null;
  const color = colorValue !== null && !/currentcolor/i.test(colorValue) ? colorValue : parent.color;
  if (inSvg) {
    for (const property of PRESENTATION) {
      const d = declared.get(property);
      if (!d) continue;
      let value = resolve(d.value);
      if (value === null || UNUSABLE.test(value)) continue;
      if (property === 'display' && value !== 'none') continue;
      if (/currentcolor/i.test(value)) {
        if (color === undefined) continue;
        value = value.replace(/currentcolor/gi, color);
      }
      el.attrs.set(property, escapeMarkup(value));
    }
  }
  return { vars, color };
}

/**
 * Writes the cascaded SVG presentation properties of every SVG element in `target` (an element
 * of a parsed page) as attributes, replacing any of the same name. Its ancestors, up to the
 * page's <html>, take part in the cascade as they do in a browser: HTML elements pass on custom
 * properties and `color`.
 */
export function inlineSvgStyles(target: Element, sheet: Sheet): void {
  const chain: Element[] = [];
  for (let e = target.parent; e && e.tag !== '#root'; e = e.parent) chain.unshift(e);
  let context: Computed = { vars: new Map(), color: undefined };
  let inSvg = false;
  for (const ancestor of chain) {
    inSvg ||= ancestor.tag.toLowerCase() === 'svg';
    context = computeElement(ancestor, sheet, context, inSvg);
  }
  const walk = (el: Element, parent: Computed, svg: boolean): void => {
    const here = svg || el.tag.toLowerCase() === 'svg';
    const computed = computeElement(el, sheet, parent, here);
    for (const child of el.children) if (isElement(child)) walk(child, computed, here);
  };
  walk(target, context, inSvg);
}

/** The custom properties of the page root in `theme`: the design tokens, resolved. */
export function themeTokens(sheet: Sheet, theme: 'light' | 'dark'): ReadonlyMap<string, string> {
  const root: Element = { tag: '#root', attrs: new Map(), children: [], parent: undefined };
  const html: Element = { tag: 'html', attrs: new Map([['data-theme', theme]]), children: [], parent: root };
  root.children.push(html);
  return computeElement(html, sheet, { vars: new Map(), color: undefined }, false).vars;
}
