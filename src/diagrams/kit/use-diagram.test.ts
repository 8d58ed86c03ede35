import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeState, permalinkHref, type Schema } from './permalink.ts';
import { plainLink } from './use-diagram.ts';

const SCHEMA = {
  tasks: { type: 'int', min: 1, max: 8, default: 4 },
  io: { type: 'enum', values: ['ssd', 'network'], default: 'ssd' },
  t: { type: 'number', min: 0, max: 1000, default: 54 },
} as const satisfies Schema;

test('a plain link: the settings are its fields without t, starting from their defaults', () => {
  const link = plainLink(SCHEMA);
  assert.deepEqual(link.defaults, { tasks: 4, io: 'ssd' });
  const { state } = decodeState('?d.tasks=6&d.io=network&d.t=12.5', 'd', SCHEMA);
  assert.deepEqual(link.fromLink(state), { settings: { tasks: 6, io: 'network' }, t: 12.5 });
});

test('a plain link writes the settings and the playhead back, in schema order', () => {
  const { toLink } = plainLink(SCHEMA);
  assert.equal(permalinkHref('d', SCHEMA, toLink({ tasks: 2, io: 'network' }, 7)), '?d.tasks=2&d.io=network&d.t=7#d');
});

test('a plain link without a time field leaves the playhead alone', () => {
  const stops = { tasks: { type: 'enum', values: ['1', '10'], default: '10' } } as const satisfies Schema;
  const link = plainLink(stops);
  assert.deepEqual(link.fromLink({ tasks: '1' }), { settings: { tasks: '1' }, t: undefined });
  assert.equal(permalinkHref('s', stops, link.toLink({ tasks: '1' }, 0)), '?s.tasks=1#s');
});
