import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedSnippet } from './embed-snippet.ts';

test('the snippet is an iframe of the embed page, with the state when there is one, attributes escaped', () => {
  const base = { src: 'https://example.org/diagrams/x/embed/', title: 'X & "Y"', height: 900.4 };
  assert.equal(
    embedSnippet(base),
    '<iframe src="https://example.org/diagrams/x/embed/" title="X &amp; &quot;Y&quot;" width="100%" height="900" style="border: 0; max-width: 100%;" loading="lazy"></iframe>',
  );
  assert.match(embedSnippet({ ...base, query: '?x.t=5&x.cores=3' }), / src="https:\/\/example.org\/diagrams\/x\/embed\/\?x.t=5&amp;x.cores=3" /);
  assert.match(embedSnippet({ ...base, query: 'x.t=5' }), /embed\/\?x\.t=5"/);
  assert.match(embedSnippet({ ...base, query: '?' }), /embed\/" /);
});
