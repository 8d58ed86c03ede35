/**
 * The layout of src/diagrams, as architecture notes describe it, checked on every import:
 *
 *   kit/          what every diagram is built from; imports only itself and src/sim
 *   <id>/         one folder per registered diagram; imports its own files, the kit and src/sim
 *   (top level)   the registry and the few files that list every diagram, at most MAX_TOP_FILES
 *
 * and nothing outside src/islands imports a diagram's folder: a page, a script or another diagram
 * that needs something of one diagram is the sign that it belongs in the kit. Imports are read
 * with a regular expression, not a parser: enough for the import statements this code base
 * writes (static, dynamic and re-exports, in .ts, .tsx, .astro, .mdx and .css files).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIAGRAMS } from './registry.ts';

/** Files allowed directly in src/diagrams: the registry, its tests and the few that list every diagram. */
const MAX_TOP_FILES = 12;

const DIAGRAMS_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(DIAGRAMS_DIR, '../..');
/** Where importers are looked for: everything that is the project's own code. */
const SCANNED = ['src', 'scripts', 'e2e', 'content'];
const SOURCE = /\.(?:ts|tsx|mts|js|mjs|astro|mdx|css)$/;
const KIT = 'kit';

/** The project's path of a file, with forward slashes, e.g. `src/diagrams/kit/format.ts`. */
const projectPath = (file: string): string => relative(ROOT, file).split(sep).join('/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** `import … from '…'`, `import '…'`, `export … from '…'`, `import('…')` and CSS `@import '…'`. */
const IMPORT = /^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|@import\s+(?:url\()?['"]([^'"]+)['"]/gm;

interface Import {
  /** The importing file, e.g. `src/diagrams/multi-worker/MultiWorker.tsx`. */
  readonly from: string;
  /** The specifier as written. */
  readonly spec: string;
  /** The imported file's project path. */
  readonly to: string;
}

/** Every relative import in the project's own files (package imports are left out). */
function projectImports(): Import[] {
  const out: Import[] = [];
  for (const dir of SCANNED) {
    for (const file of sourceFiles(join(ROOT, dir))) {
      for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const spec = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
        if (!spec.startsWith('.')) continue;
        out.push({ from: projectPath(file), spec, to: projectPath(resolve(dirname(file), spec)) });
      }
    }
  }
  return out;
}

/** Where a project path sits in src/diagrams: the kit, a diagram's folder, the top level, or outside. */
type Place = { readonly kind: 'kit' } | { readonly kind: 'diagram'; readonly id: string } | { readonly kind: 'top' } | { readonly kind: 'outside' };

function placeOf(path: string): Place {
  const parts = path.split('/');
  if (parts[0] !== 'src' || parts[1] !== 'diagrams') return { kind: 'outside' };
  if (parts.length === 3) return { kind: 'top' };
  const folder = parts[2] ?? '';
  return folder === KIT ? { kind: 'kit' } : { kind: 'diagram', id: folder };
}

const isSim = (path: string): boolean => path.startsWith('src/sim/');
const imports = projectImports();
const fromDiagrams = imports.filter((i) => i.from.startsWith('src/diagrams/'));
const said = (i: Import): string => `${i.from} imports '${i.spec}'`;

test('the layout check reads the imports of every file under src/diagrams', () => {
  // A regular expression that stopped matching would pass every rule below without a word.
  const importers = new Set(fromDiagrams.map((i) => i.from));
  for (const { id } of DIAGRAMS) {
    assert.ok([...importers].some((f) => f.startsWith(`src/diagrams/${id}/`)), `no import read in src/diagrams/${id}/`);
  }
  assert.ok(imports.some((i) => i.from.startsWith('src/islands/') && placeOf(i.to).kind === 'diagram'), 'no island import read');
});

test(`at most ${MAX_TOP_FILES} files sit directly in src/diagrams; the rest is in kit/ or a diagram's folder`, () => {
  const top = readdirSync(DIAGRAMS_DIR, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  assert.ok(
    top.length <= MAX_TOP_FILES,
    `${top.length} files directly in src/diagrams (at most ${MAX_TOP_FILES}): ${top.sort().join(', ')}. ` +
      `Put what several diagrams use in src/diagrams/kit/, and what one diagram uses in src/diagrams/<its id>/.`,
  );
});

test('every folder in src/diagrams is the kit or a registered diagram, and every registered diagram has its folder', () => {
  const folders = readdirSync(DIAGRAMS_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const ids = new Set<string>(DIAGRAMS.map((d) => d.id));
  const strangers = folders.filter((f) => f !== KIT && !ids.has(f));
  assert.deepEqual(strangers, [], `src/diagrams/${strangers[0] ?? ''}/ is neither kit/ nor the id of a diagram in registry.ts`);
  const missing = [...ids].filter((id) => !folders.includes(id));
  assert.deepEqual(missing, [], `registered diagram "${missing[0] ?? ''}" has no folder src/diagrams/${missing[0] ?? ''}/`);
});

test("a diagram's folder imports only its own files, the kit and src/sim, never another diagram's folder", () => {
  const wrong: string[] = [];
  for (const i of fromDiagrams) {
    const from = placeOf(i.from);
    if (from.kind !== 'diagram') continue;
    const to = placeOf(i.to);
    if (to.kind === 'diagram' && to.id !== from.id) {
      wrong.push(`${said(i)}: another diagram's folder. Move what both use into src/diagrams/kit/.`);
    } else if (to.kind !== 'kit' && to.kind !== 'diagram' && !isSim(i.to)) {
      wrong.push(`${said(i)}: a diagram imports only its own folder, the kit and src/sim.`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the kit imports only the kit and src/sim, never a diagram', () => {
  const wrong: string[] = [];
  for (const i of fromDiagrams) {
    if (placeOf(i.from).kind !== 'kit') continue;
    const to = placeOf(i.to);
    if (to.kind === 'diagram') wrong.push(`${said(i)}: the kit imports a diagram's folder. Move what it needs into the kit.`);
    else if (to.kind !== 'kit' && !isSim(i.to)) wrong.push(`${said(i)}: the kit imports only the kit and src/sim.`);
  }
  assert.deepEqual(wrong, []);
});

test("nothing outside src/islands imports a diagram's folder (its island is its one way in)", () => {
  const wrong = imports
    // The kit and the diagram folders have their own rules above; this one is about everything else.
    .filter((i) => placeOf(i.to).kind === 'diagram' && ['top', 'outside'].includes(placeOf(i.from).kind) && !i.from.startsWith('src/islands/'))
    .map((i) => `${said(i)}: only the diagram's island imports its folder. Move what is shared into src/diagrams/kit/.`);
  assert.deepEqual(wrong, []);
});
