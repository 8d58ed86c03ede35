/**
 * Code blocks coloured by class names instead of a style attribute on every token.
 *
 * Shiki's dual-theme output writes `style="--shiki-light:#A0111F;--shiki-dark:#FF7B72"` on each
 * token: about half the bytes of a code-heavy lesson, and the only reason the Content-Security-
 * Policy had to allow inline style attributes. Here each token instead gets one short class per
 * theme (`l3 d5`), indexes into that theme's palette, and src/styles/code-colors.css (generated
 * from the same palettes, checked by code-classes.test.ts) sets the same two variables from the
 * classes, so global.css picks a theme exactly as before. Tokens in a theme's plain foreground
 * colour need no class at all: they inherit it from the <pre>, so they are written as bare text,
 * and neighbouring tokens that end up with the same classes are merged into one span.
 */
import { bundledThemes, normalizeTheme, type ShikiTransformer } from 'shiki';
import { codeThemes } from './code-themes.ts';

type Mode = keyof typeof codeThemes;
const MODES = Object.keys(codeThemes) as Mode[];
/** One letter per theme, the first of each class name (`l3`: colour 3 of the light theme). */
const LETTER: Record<Mode, string> = { light: 'l', dark: 'd' };
/** Font styles Shiki can give a token, as the suffix of their class (`li`: light theme, italic). */
const FONT_STYLES = { italic: 'i', bold: 'b', underline: 'u', 'line-through': 's' } as const;

/** A theme's colours as classes can name them: its foreground first, then every token colour, sorted. */
export interface Palette {
  readonly fg: string;
  readonly bg: string;
  readonly colours: readonly string[];
}

/** Both themes' palettes, read from the themes Shiki bundles. */
export async function loadPalettes(): Promise<Record<Mode, Palette>> {
  const entries = await Promise.all(
    MODES.map(async (mode) => {
      const theme = normalizeTheme((await bundledThemes[codeThemes[mode]]()).default);
      const fg = theme.fg.toLowerCase();
      const tokens = new Set<string>();
      for (const rule of theme.settings) {
        const colour = rule.settings?.foreground;
        if (colour) tokens.add(colour.toLowerCase());
      }
      tokens.delete(fg);
      return [mode, { fg, bg: theme.bg.toLowerCase(), colours: [fg, ...[...tokens].sort()] }] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as Record<Mode, Palette>;
}

/** The classes for one token's Shiki style (`{ '--shiki-light': '#A0111F', … }`), or [] for plain text. */
export function tokenClasses(style: Readonly<Record<string, string>>, palettes: Readonly<Record<Mode, Palette>>): string[] {
  const classes: string[] = [];
  for (const mode of MODES) {
    const colour = style[`--shiki-${mode}`]?.toLowerCase();
    if (colour !== undefined && colour !== palettes[mode].fg) {
      const index = palettes[mode].colours.indexOf(colour);
      if (index < 0) throw new Error(`code-classes: ${colour} is not a colour of the ${codeThemes[mode]} theme's palette`);
      classes.push(`${LETTER[mode]}${index}`);
    }
    const fontStyle = [style[`--shiki-${mode}-font-style`], style[`--shiki-${mode}-text-decoration`], style[`--shiki-${mode}-font-weight`]];
    for (const [name, suffix] of Object.entries(FONT_STYLES)) {
      if (fontStyle.some((value) => value?.split(' ').includes(name))) classes.push(`${LETTER[mode]}${suffix}`);
    }
  }
  return classes;
}

/** The stylesheet that gives the classes their colours (src/styles/code-colors.css). */
export function paletteCss(palettes: Readonly<Record<Mode, Palette>>): string {
  const lines = [
    '/* Generated from the code themes by src/components/code-classes.ts; code-classes.test.ts checks it',
    '   (UPDATE_SNAPSHOTS=1 npm run test:unit rewrites it). The classes set the variables global.css reads. */',
    `pre.astro-code { ${MODES.map((m) => `--shiki-${m}: ${palettes[m].fg};`).join(' ')} }`,
  ];
  for (const mode of MODES) {
    const letter = LETTER[mode];
    palettes[mode].colours.forEach((colour, i) => {
      if (i > 0) lines.push(`.astro-code .${letter}${i} { --shiki-${mode}: ${colour}; }`);
    });
    lines.push(`.astro-code .${letter}${FONT_STYLES.italic} { --shiki-${mode}-font-style: italic; }`);
    lines.push(`.astro-code .${letter}${FONT_STYLES.bold} { --shiki-${mode}-font-weight: bold; }`);
    lines.push(`.astro-code .${letter}${FONT_STYLES.underline} { --shiki-${mode}-text-decoration: underline; }`);
    lines.push(`.astro-code .${letter}${FONT_STYLES['line-through']} { --shiki-${mode}-text-decoration: line-through; }`);
  }
  return `${lines.join('\n')}\n`;
}

interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: (HastText | HastElement)[];
}

/** Adjacent text nodes, and adjacent spans with the same classes, become one. */
function mergeRuns(children: readonly (HastText | HastElement)[]): (HastText | HastElement)[] {
  const out: (HastText | HastElement)[] = [];
  for (const child of children) {
    const last = out[out.length - 1];
    if (last?.type === 'text' && child.type === 'text') {
      out[out.length - 1] = { type: 'text', value: last.value + child.value };
    } else if (
      last?.type === 'element' &&
      child.type === 'element' &&
      last.tagName === 'span' &&
      child.tagName === 'span' &&
      String(last.properties['class']) === String(child.properties['class']) &&
      Object.keys(last.properties).length === 1 &&
      Object.keys(child.properties).length === 1
    ) {
      out[out.length - 1] = { ...last, children: mergeRuns([...last.children, ...child.children]) };
    } else {
      out.push(child);
    }
  }
  return out;
}

/** The Shiki transformer: classes on tokens, no style attribute anywhere in the block. */
export function codeClasses(palettes: Readonly<Record<Mode, Palette>>): ShikiTransformer {
  return {
    name: 'code-classes',
    span(node, _line, _col, _lineNode, token) {
      const classes = tokenClasses((token.htmlStyle ?? {}) as Record<string, string>, palettes);
      delete node.properties['style'];
      if (classes.length > 0) node.properties['class'] = classes.join(' ');
    },
    line(node) {
      // A span left with no attributes adds nothing: keep its text only.
      const children = (node.children as (HastText | HastElement)[]).flatMap((child) =>
        child.type === 'element' && child.tagName === 'span' && Object.keys(child.properties).length === 0 ? child.children : [child],
      );
      node.children = mergeRuns(children) as typeof node.children;
    },
    pre(node) {
      // Shiki's colours and Astro's overflow rule live in the stylesheets instead (global.css).
      delete node.properties['style'];
    },
  };
}

let transformer: Promise<ShikiTransformer> | undefined;
/** The transformer every code block uses (Markdown fences and <Listing>), built once. */
export function codeClassesTransformer(): Promise<ShikiTransformer> {
  transformer ??= loadPalettes().then(codeClasses);
  return transformer;
}
