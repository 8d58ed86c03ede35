import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/**
 * Reads the token blocks of tokens.css and checks the contrast promises made
 * in its header comment, so a colour tweak that breaks WCAG AA fails here
 * rather than in an axe run on one page.
 */
const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

function block(selectorPattern: RegExp): Map<string, string> {
  const match = selectorPattern.exec(css);
  assert.ok(match, `no block matching ${selectorPattern}`);
  const start = css.indexOf('{', match.index) + 1;
  const end = css.indexOf('}', start);
  const tokens = new Map<string, string>();
  for (const [, name, value] of css.slice(start, end).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    if (name !== undefined && value !== undefined) tokens.set(name, value.trim());
  }
  return tokens;
}

const light = block(/:root,\s*:root\[data-theme='light'\]\s*\{/);
const dark = block(/:root\[data-theme='dark'\]\s*\{/);
const darkNoScript = block(/:root:not\(\[data-theme\]\)\s*\{/);

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  assert.ok(m?.[1], `expected a #rrggbb colour, got ${hex}`);
  const channels = [0, 2, 4].map((i) => Number.parseInt(m[1]!.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function get(theme: Map<string, string>, name: string): string {
  const value = theme.get(name);
  assert.ok(value, `token ${name} is missing`);
  return value;
}

const taskNames = Array.from({ length: 8 }, (_, i) => `--task-${i}`);
const stateNames = ['running', 'ready', 'blocked', 'done', 'switch', 'idle', 'held'].map((s) => `--state-${s}`);
const textNames = ['--fg', '--fg-muted', '--accent', ...taskNames, ...stateNames];

for (const [themeName, theme] of [
  ['light', light],
  ['dark', dark],
] as const) {
  test(`${themeName} theme: text colours reach 4.5:1 on --bg and --bg-raised`, () => {
    for (const name of textNames) {
      for (const background of ['--bg', '--bg-raised']) {
        const ratio = contrast(get(theme, name), get(theme, background));
        assert.ok(ratio >= 4.5, `${name} on ${background}: ${ratio.toFixed(2)}:1`);
      }
    }
  });

  test(`${themeName} theme: labels drawn on task and state fills reach 4.5:1`, () => {
    for (const name of [...taskNames, ...stateNames]) {
      const ratio = contrast(get(theme, `${name}-fg`), get(theme, name));
      assert.ok(ratio >= 4.5, `${name}-fg on ${name}: ${ratio.toFixed(2)}:1`);
    }
  });

  test(`${themeName} theme: focus ring and control borders reach 3:1 on --bg`, () => {
    for (const name of ['--focus', '--border-strong']) {
      const ratio = contrast(get(theme, name), get(theme, '--bg'));
      assert.ok(ratio >= 3, `${name}: ${ratio.toFixed(2)}:1`);
    }
  });

  test(`${themeName} theme: code text reaches 4.5:1 on --code-bg`, () => {
    const ratio = contrast(get(theme, '--code-fg'), get(theme, '--code-bg'));
    assert.ok(ratio >= 4.5, `${ratio.toFixed(2)}:1`);
  });
}

/** CIE L*a*b* coordinates of a #rrggbb colour (D65). */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5]
    .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (v: number) => (v > 0.008856 ? Math.cbrt(v) : 7.787 * v + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

test('any two task colours differ clearly (CIE76 distance of at least 20) in both themes', () => {
  for (const theme of [light, dark]) {
    for (const [i, a] of taskNames.entries()) {
      for (const b of taskNames.slice(i + 1)) {
        const [p, q] = [lab(get(theme, a)), lab(get(theme, b))];
        const distance = Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
        assert.ok(distance >= 20, `${a} and ${b} are too alike: ${distance.toFixed(1)}`);
      }
    }
  }
});

test('dark tokens for readers without JavaScript equal the data-theme="dark" tokens', () => {
  assert.deepEqual(Object.fromEntries(darkNoScript), Object.fromEntries(dark));
});

test('both themes define the same token names', () => {
  assert.deepEqual([...light.keys()].sort(), [...dark.keys()].sort());
});
