import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clampTime,
  decodeState,
  encodeState,
  formatNumber,
  isDiagramId,
  permalinkHref,
  problemNotice,
  type Schema,
} from './permalink.ts';

const ID = 'tasks-on-cores';
const SCHEMA = {
  tasks: { type: 'int', min: 1, max: 8, default: 4 },
  cores: { type: 'int', min: 1, max: 4, default: 2 },
  t: { type: 'number', min: 0, max: Infinity, default: 60 },
  model: { type: 'enum', values: ['threads', 'async'], default: 'threads' },
  queue: { type: 'bool', default: true },
} as const satisfies Schema;
const DEFAULTS = { tasks: 4, cores: 2, t: 60, model: 'threads' as const, queue: true };

test('a state survives encode then decode unchanged, with no problems', () => {
  const state = { tasks: 5, cores: 3, t: 120.25, model: 'async' as const, queue: false };
  const decoded = decodeState(encodeState(ID, SCHEMA, state), ID, SCHEMA);
  assert.deepEqual(decoded, { state, problems: [] });
});

test('the query string is human-readable and namespaced by the diagram id', () => {
  const query = encodeState(ID, SCHEMA, { ...DEFAULTS, tasks: 5, t: 120 });
  assert.equal(
    query,
    'tasks-on-cores.tasks=5&tasks-on-cores.cores=2&tasks-on-cores.t=120&tasks-on-cores.model=threads&tasks-on-cores.queue=true',
  );
  assert.equal(permalinkHref(ID, SCHEMA, { ...DEFAULTS }).endsWith('#tasks-on-cores'), true);
  assert.equal(permalinkHref(ID, SCHEMA, { ...DEFAULTS }).startsWith('?tasks-on-cores.tasks=4&'), true);
});

test('no parameters at all give the defaults and no problems', () => {
  assert.deepEqual(decodeState('', ID, SCHEMA), { state: DEFAULTS, problems: [] });
  assert.deepEqual(decodeState('?', ID, SCHEMA), { state: DEFAULTS, problems: [] });
});

test('accepts the query with or without its leading "?" and as URLSearchParams', () => {
  const expected = { ...DEFAULTS, cores: 3 };
  assert.deepEqual(decodeState('?tasks-on-cores.cores=3', ID, SCHEMA).state, expected);
  assert.deepEqual(decodeState('tasks-on-cores.cores=3', ID, SCHEMA).state, expected);
  assert.deepEqual(decodeState(new URLSearchParams('tasks-on-cores.cores=3'), ID, SCHEMA).state, expected);
});

test('a garbage value falls back to the default and is reported as malformed', () => {
  const { state, problems } = decodeState('?tasks-on-cores.cores=banana&tasks-on-cores.tasks=6', ID, SCHEMA);
  assert.deepEqual(state, { ...DEFAULTS, tasks: 6 });
  assert.deepEqual(problems, [{ param: 'cores', value: 'banana', reason: 'malformed' }]);
});

test('numbers must be plain decimals: no exponents, hex, fractions for ints, or empty values', () => {
  for (const raw of ['1e1', '0x2', '2.5', '', ' ', '+', '2,5', 'Infinity', 'NaN', '--2', '３']) {
    const { state, problems } = decodeState(new URLSearchParams([['tasks-on-cores.cores', raw]]), ID, SCHEMA);
    assert.equal(state.cores, 2, `cores=${JSON.stringify(raw)}`);
    assert.equal(problems[0]?.reason, 'malformed', `cores=${JSON.stringify(raw)}`);
  }
  for (const raw of ['1e2', '.5', '5.', 'abc']) {
    const { state, problems } = decodeState(new URLSearchParams([['tasks-on-cores.t', raw]]), ID, SCHEMA);
    assert.equal(state.t, 60, `t=${raw}`);
    assert.equal(problems.length, 1, `t=${raw}`);
  }
});

test('surrounding spaces are forgiven; an int with a trailing fraction is not', () => {
  assert.deepEqual(decodeState('?tasks-on-cores.cores=%203%20', ID, SCHEMA), { state: { ...DEFAULTS, cores: 3 }, problems: [] });
  assert.equal(decodeState('?tasks-on-cores.cores=3.0', ID, SCHEMA).problems[0]?.reason, 'malformed');
});

test('out-of-range values fall back to the default and are reported', () => {
  const { state, problems } = decodeState('?tasks-on-cores.cores=9&tasks-on-cores.tasks=0&tasks-on-cores.t=-5', ID, SCHEMA);
  assert.deepEqual(state, DEFAULTS);
  assert.deepEqual(
    problems.map((p) => [p.param, p.value, p.reason]),
    [
      ['cores', '9', 'out-of-range'],
      ['tasks', '0', 'out-of-range'],
      ['t', '-5', 'out-of-range'],
    ],
  );
});

test('the bounds themselves are in range', () => {
  assert.deepEqual(decodeState('?tasks-on-cores.cores=1&tasks-on-cores.tasks=8&tasks-on-cores.t=0', ID, SCHEMA), {
    state: { ...DEFAULTS, cores: 1, tasks: 8, t: 0 },
    problems: [],
  });
  assert.equal(Object.is(decodeState('?tasks-on-cores.t=-0', ID, SCHEMA).state.t, 0), true);
});

test('unknown (for example renamed) parameters are ignored and reported', () => {
  const { state, problems } = decodeState('?tasks-on-cores.threads=3&tasks-on-cores.cores=3', ID, SCHEMA);
  assert.deepEqual(state, { ...DEFAULTS, cores: 3 });
  assert.deepEqual(problems, [{ param: 'threads', value: '3', reason: 'unknown' }]);
});

test('inherited object keys are unknown parameters, not schema fields', () => {
  const { state, problems } = decodeState('?tasks-on-cores.constructor=1&tasks-on-cores.__proto__=2', ID, SCHEMA);
  assert.deepEqual(state, DEFAULTS);
  assert.deepEqual(
    problems.map((p) => p.reason),
    ['unknown', 'unknown'],
  );
});

test("other diagrams' parameters and ordinary parameters are ignored silently", () => {
  const query = '?context-switch.cores=9&tasks-on-cores-2.cores=banana&tasks-on-coresX.cores=1&cores=3&utm_source=x&tasks-on-cores.cores=4';
  assert.deepEqual(decodeState(query, ID, SCHEMA), { state: { ...DEFAULTS, cores: 4 }, problems: [] });
});

test('a value given twice with different contents is ambiguous: default and a problem', () => {
  const { state, problems } = decodeState('?tasks-on-cores.cores=3&tasks-on-cores.cores=4', ID, SCHEMA);
  assert.equal(state.cores, 2);
  assert.deepEqual(problems, [{ param: 'cores', value: '3, 4', reason: 'repeated' }]);
  assert.deepEqual(decodeState('?tasks-on-cores.cores=3&tasks-on-cores.cores=3', ID, SCHEMA).problems, []);
});

test('enum and bool fields accept only their spellings', () => {
  assert.equal(decodeState('?tasks-on-cores.model=async', ID, SCHEMA).state.model, 'async');
  assert.equal(decodeState('?tasks-on-cores.model=Async', ID, SCHEMA).state.model, 'threads');
  assert.equal(decodeState('?tasks-on-cores.queue=0', ID, SCHEMA).state.queue, false);
  assert.equal(decodeState('?tasks-on-cores.queue=false', ID, SCHEMA).state.queue, false);
  assert.equal(decodeState('?tasks-on-cores.queue=no', ID, SCHEMA).problems[0]?.reason, 'malformed');
});

test('decoding never throws, whatever the query holds', () => {
  const nasty = ['%', '%E0%A4%A', '?&&&=', '?tasks-on-cores.=1', '?tasks-on-cores.cores', `?tasks-on-cores.t=${'9'.repeat(5000)}`, '\u0000', '#x'];
  for (const q of nasty) {
    const { state, problems } = decodeState(q, ID, SCHEMA);
    assert.equal(typeof state.cores, 'number', q);
    assert.ok(Array.isArray(problems), q);
  }
  const long = decodeState(`?tasks-on-cores.t=${'9'.repeat(5000)}`, ID, SCHEMA).problems[0];
  assert.ok(long !== undefined && long.value.length <= 41, 'very long values are shortened in problems');
});

test('times are written with at most 3 decimals, rounded down, never with an exponent', () => {
  assert.equal(formatNumber(120), '120');
  assert.equal(formatNumber(120.5), '120.5');
  assert.equal(formatNumber(119.99999), '119.999');
  assert.equal(formatNumber(0.3), '0.3');
  assert.equal(formatNumber(1e-9), '0');
  assert.equal(formatNumber(12345678.9), '12345678.9');
  assert.equal(formatNumber(Number.NaN), '0');
});

test('t is clamped to [0, makespan]', () => {
  assert.equal(clampTime(300, 255), 255);
  assert.equal(clampTime(120, 255), 120);
  assert.equal(clampTime(-5, 255), 0);
  assert.equal(clampTime(Number.NaN, 255), 0);
  assert.equal(clampTime(Infinity, 255), 255);
  const { state } = decodeState('?tasks-on-cores.t=100000', ID, SCHEMA);
  assert.equal(clampTime(state.t, 255), 255);
});

test('the notice names the fields that fell back and the ones ignored', () => {
  assert.equal(problemNotice([]), '');
  assert.equal(
    problemNotice(decodeState('?tasks-on-cores.cores=banana&tasks-on-cores.t=-5', ID, SCHEMA).problems),
    "This link's settings could not all be restored; showing the defaults for: cores, t.",
  );
  assert.equal(
    problemNotice(decodeState('?tasks-on-cores.speed=2', ID, SCHEMA).problems),
    "This link's settings could not all be restored; ignoring settings this diagram does not have: speed.",
  );
});

test('diagram ids are kebab-case', () => {
  assert.equal(isDiagramId('tasks-on-cores'), true);
  assert.equal(isDiagramId('executor-2'), true);
  for (const bad of ['Tasks', 'tasks_on', 'tasks.on', '-a', 'a-', 'a--b', '']) assert.equal(isDiagramId(bad), false, bad);
});
