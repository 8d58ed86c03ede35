import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isIsland, islandWrapper, wrapIslands, type JsxNode } from './wrap-islands.ts';

const jsx = (name: string, ...attributes: string[]): JsxNode => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: attributes.map((a) => ({ type: 'mdxJsxAttribute', name: a })),
});

test('a component with a client directive is an island, whichever directive it uses', () => {
  assert.equal(isIsland(jsx('TasksOnCores', 'client:visible')), true);
  assert.equal(isIsland(jsx('Predict', 'id', 'client:idle')), true);
});

test('components without a client directive, and inline JSX, are not islands', () => {
  assert.equal(isIsland(jsx('Recap')), false);
  assert.equal(isIsland(jsx('Cite', 'id')), false);
  assert.equal(isIsland({ type: 'mdxJsxTextElement', name: 'X', attributes: [{ type: 'mdxJsxAttribute', name: 'client:load' }] }), false);
});

test('the plugin wraps islands in an empty div.island and leaves other elements alone', () => {
  const wrapped: [JsxNode, JsxNode][] = [];
  const ctx = { wrapNode: (node: JsxNode, parent: JsxNode) => void wrapped.push([node, parent]) };
  const island = jsx('TasksOnCores', 'client:visible');
  wrapIslands.mdxJsxFlowElement(island, ctx);
  wrapIslands.mdxJsxFlowElement(jsx('Recap'), ctx);
  assert.deepEqual(wrapped, [[island, islandWrapper()]]);
  assert.deepEqual(islandWrapper().attributes, [{ type: 'mdxJsxAttribute', name: 'class', value: 'island' }]);
});
