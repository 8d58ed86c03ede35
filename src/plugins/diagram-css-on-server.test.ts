import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDiagramCss } from './diagram-css-on-server.ts';

test("a diagram's or island's stylesheet import is recognised, on any platform's paths", () => {
  assert.ok(isDiagramCss('./multi-worker.css', '/repo/src/diagrams/MultiWorker.tsx'));
  assert.ok(isDiagramCss('./diagrams.css', 'C:\\repo\\src\\diagrams\\Timeline.tsx'));
  assert.ok(isDiagramCss('../diagrams/predict.css', '/repo/src/islands/Island.astro'));
});

test('other stylesheets and other imports are left alone', () => {
  assert.ok(!isDiagramCss('../styles/global.css', '/repo/src/layouts/Base.astro'));
  assert.ok(!isDiagramCss('./Timeline.tsx', '/repo/src/diagrams/TasksOnCores.tsx'));
  assert.ok(!isDiagramCss('./multi-worker.css', undefined));
});
