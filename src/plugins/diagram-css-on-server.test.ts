import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDiagramCss } from './diagram-css-on-server.ts';

test("a diagram's or island's stylesheet import is recognised, in nested folders and on any platform's paths", () => {
  assert.ok(isDiagramCss('./multi-worker.css', '/repo/src/diagrams/multi-worker/MultiWorker.tsx'));
  assert.ok(isDiagramCss('./diagrams.css', 'C:\\repo\\src\\diagrams\\kit\\Timeline.tsx'));
  assert.ok(isDiagramCss('./choices.css', '/repo/src/diagrams/kit/controls/Checkbox.tsx'));
  assert.ok(isDiagramCss('../diagrams/kit/predict/predict.css', '/repo/src/islands/Island.astro'));
});

test('other stylesheets and other imports are left alone', () => {
  assert.ok(!isDiagramCss('../styles/global.css', '/repo/src/layouts/Base.astro'));
  assert.ok(!isDiagramCss('../kit/Timeline.tsx', '/repo/src/diagrams/tasks-on-cores/TasksOnCores.tsx'));
  assert.ok(!isDiagramCss('./multi-worker.css', undefined));
});
