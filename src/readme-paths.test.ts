import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

/**
 * The README is how a newcomer finds their way: every file or folder it names must exist, so a
 * rename that forgets the README fails here instead of misleading the next reader.
 */
const ROOT = new URL('../', import.meta.url);
const README = readFileSync(new URL('README.md', ROOT), 'utf8');

/** Paths the README gives as examples of what a reader would create, not as files that exist. */
const EXAMPLES = new Set(['content/lessons/NN-slug.mdx', 'src/islands/RunQueueDiagram.astro', 'src/pages/diagrams/run-queue/[...view].astro']);

/** Every repository path the README names: under a top-level folder, or a top-level config file. */
export function namedPaths(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?<![\w/.-])((?:src|scripts|e2e|content|public|\.ci)\/[\w./*<>[\]-]*|(?:astro\.config\.mjs|package\.json|tsconfig\.json|playwright(?:\.sub-path)?\.config\.ts))/g)) {
    found.add(m[1]!.replace(/[.,;:]+$/, ''));
  }
  return [...found].sort();
}

test('every path the README names exists in the repository', () => {
  const paths = namedPaths(README);
  assert.ok(paths.length > 20, `only ${paths.length} paths found: has the README's layout section moved?`);
  const missing = paths.filter((p) => !EXAMPLES.has(p)).filter((p) => {
    // A glob names its folder: content/listings/*.rs needs content/listings/.
    // A placeholder (<id>) names any one of its kind: the folder before it must exist.
    const cut = p.search(/[*<]/);
    const real = cut >= 0 ? p.slice(0, cut) : p;
    return !existsSync(new URL(real, ROOT));
  });
  assert.deepEqual(missing, [], `README.md names paths that do not exist: ${missing.join(', ')}`);
});

test('the path finder reads paths in prose, code spans and the layout block', () => {
  assert.deepEqual(namedPaths('see `src/sim/` and\nsrc/data/sources.ts      the Sources page; run `npx playwright test e2e/shell.spec.ts`.'), [
    'e2e/shell.spec.ts',
    'src/data/sources.ts',
    'src/sim/',
  ]);
});
