import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SIGNALS_IMPORT, withoutSignals } from './preact-without-signals.ts';

const installed = (): string => {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@astrojs/preact/package.json');
  return readFileSync(pkg.replace(/package\.json$/, 'dist/client.js'), 'utf8');
};

test('the installed island renderer has the signals import this plugin replaces', () => {
  assert.ok(installed().includes(SIGNALS_IMPORT), 'update src/plugins/preact-without-signals.ts for this @astrojs/preact');
});

test('the replaced renderer has no dynamic import left, and a signal prop would fail loudly', () => {
  const out = withoutSignals(installed());
  assert.ok(!out.includes('import('), 'a dynamic import is left');
  assert.match(out, /throw new Error\("An island was given a Preact signal/);
});

test('a renderer without that import stops the build with a message naming the plugin', () => {
  assert.throws(() => withoutSignals('export default 1;'), /update src\/plugins\/preact-without-signals\.ts/);
});
