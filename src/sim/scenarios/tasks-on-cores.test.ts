import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { simulate, parseScenario } from '../index.ts';
import { tasksOnCores, TASKS_ON_CORES_LIMITS } from './tasks-on-cores.ts';
import { expectedSnapshot, formatTrace } from './snapshot.ts';

const { tasks, cores } = TASKS_ON_CORES_LIMITS;

test('the default scenario (4 tasks on 2 cores) gives the trace kept in tasks-on-cores.snap', () => {
  const trace = simulate(tasksOnCores({ tasks: tasks.default, cores: cores.default }));
  const actual = formatTrace(trace);
  const path = fileURLToPath(new URL('./tasks-on-cores.snap', import.meta.url));
  assert.equal(actual, expectedSnapshot(path, actual));
});

test('every tasks/cores combination is a valid scenario named A, B, C, …', () => {
  for (let n = tasks.min; n <= tasks.max; n++) {
    for (let c = cores.min; c <= cores.max; c++) {
      const scenario = tasksOnCores({ tasks: n, cores: c });
      assert.deepEqual(parseScenario(JSON.parse(JSON.stringify(scenario))), scenario);
      assert.equal(scenario.cores, c);
      assert.deepEqual(
        scenario.tasks.map((t) => t.name),
        [...'ABCDEFGH'].slice(0, n),
      );
    }
  }
});

test('the preset shows what lesson 1 is about: preemption, context switches and idle cores', () => {
  const trace = simulate(tasksOnCores({ tasks: 4, cores: 2 }));
  const types = new Set(trace.events().map((e) => e.type));
  for (const type of ['preempt', 'switch', 'block', 'wake', 'idle', 'finish']) assert.ok(types.has(type as never), type);
});

test('more cores never make the default run take longer', () => {
  let previous = Infinity;
  for (let c = cores.min; c <= cores.max; c++) {
    const { makespan } = simulate(tasksOnCores({ tasks: 8, cores: c }));
    assert.ok(makespan <= previous, `${c} cores: ${makespan} µs after ${previous} µs`);
    previous = makespan;
  }
});

test('out-of-range or fractional parameters are clamped to whole numbers within the limits', () => {
  assert.equal(tasksOnCores({ tasks: 99, cores: 0 }).tasks.length, 8);
  assert.equal(tasksOnCores({ tasks: 99, cores: 0 }).cores, 1);
  assert.equal(tasksOnCores({ tasks: Number.NaN, cores: 2.6 }).cores, 3);
  assert.equal(tasksOnCores({ tasks: Number.NaN, cores: 2 }).tasks.length, 1);
});
