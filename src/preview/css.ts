/**
 * Reads the site's stylesheets into plain style rules, for drawing a diagram's first frame outside
 * a browser (link previews and thumbnails). At-rules are left out on purpose: the picture is drawn
 * as a wide screen with no preference for reduced motion or forced colours would see it, and the
 * theme is chosen by the `data-theme` attribute that the token rules select on. Pure.
 */

export interface Declaration {
  readonly property: string;
  readonly value: string;
  readonly important: boolean;
}

export interface StyleRule {
  /** The selector list as written, e.g. `.tl-past rect.tl-run`. */
  readonly selector: string;
  readonly declarations: readonly Declaration[];
}

/** The source without comments, keeping strings intact. */
function stripComments(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const ch = css[i];
    if (ch === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
      continue;
    }
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== ch) j += css[j] === '\\' ? 2 : 1;
      out += css.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** Index just past the block that opens at `open` (a `{`), counting nested braces. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth += 1;
    else if (css[i] === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return css.length;
}

/** Splits on `sep` at the top level: not inside parentheses, brackets or strings. */
export function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote !== '') {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth += 1;
    else if (ch === ')' || ch === ']') depth -= 1;
    else if (ch === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function parseDeclarations(body: string): Declaration[] {
  const out: Declaration[] = [];
  for (const part of splitTopLevel(body, ';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim();
    let value = part.slice(colon + 1).trim().replace(/\s+/g, ' ');
    if (property === '' || value === '') continue;
    const important = /!\s*important$/i.test(value);
    if (important) value = value.replace(/!\s*important$/i, '').trim();
    out.push({ property: property.startsWith('--') ? property : property.toLowerCase(), value, important });
  }
  return out;
}

/** The style rules of a stylesheet, in source order; at-rules and their blocks are skipped. */
export function parseStylesheet(source: string): StyleRule[] {
  const css = stripComments(source);
  const rules: StyleRule[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    const semicolon = css.indexOf(';', i);
    const prelude = css.slice(i, open < 0 ? css.length : open).trim();
    if (prelude.startsWith('@') && semicolon >= 0 && (open < 0 || semicolon < open)) {
      i = semicolon + 1; // @import, @charset, …
      continue;
    }
    if (open < 0) break;
    const end = blockEnd(css, open);
    if (!prelude.startsWith('@') && prelude !== '') {
      rules.push({ selector: prelude, declarations: parseDeclarations(css.slice(open + 1, end - 1)) });
    }
    i = end;
  }
  return rules;
}
