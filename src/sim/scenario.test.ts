import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkScenario, parseScenario, ScenarioError } from './scenario.ts';

const valid = {
  model: 'threads',
  cores: 2,
  timeSlice: 3000,
  switchCost: 2,
  tasks: [
    { name: 'A', arrival: 0, steps: [{ cpu: 30 }, { io: 150 }, { cpu: 10 }] },
    { name: 'B', arrival: 5, steps: [{ cpu: 40 }, { yield: true }, { cpu: 40 }] },
  ],
};

function errorFor(input: unknown): string {
  const r = checkScenario(input);
  assert.equal(r.ok, false, 'expected the scenario to be rejected');
  return r.ok ? '' : r.error.message;
}

test('accepts the documented example unchanged', () => {
  assert.deepEqual(parseScenario(valid), valid);
});

test('timeSlice null means no preemption; missing switchCost and arrival default to 0', () => {
  const s = parseScenario({ model: 'async', cores: 1, timeSlice: null, tasks: [{ name: 'A', steps: [{ cpu: 1 }] }] });
  assert.equal(s.timeSlice, null);
  assert.equal(s.switchCost, 0);
  assert.equal(s.tasks[0]!.arrival, 0);
});

test('an error names the field and says what is wrong', () => {
  const bad = structuredClone(valid) as Record<string, any>;
  bad.tasks[1].steps[0].cpu = -3;
  assert.equal(errorFor(bad), 'tasks[1].steps[0].cpu: must be a number of µs greater than 0 (at most 1000000000000), got -3');
  assert.match(errorFor({ ...valid, model: 'fibers' }), /^model: must be "threads" or "async", got "fibers"$/);
  assert.match(errorFor({ ...valid, cores: 0 }), /^cores: must be a whole number from 1 to 256, got 0$/);
  assert.match(errorFor({ ...valid, cores: 1.5 }), /^cores: /);
  assert.match(errorFor({ ...valid, timeSlice: 'fast' }), /^timeSlice: .*got "fast"$/);
  assert.match(errorFor({ ...valid, tasks: [] }), /^tasks: must be a list of 1 to/);
  assert.match(errorFor({ ...valid, tasks: [{ name: 'A', steps: [{ cpu: 1, io: 2 }] }] }), /^tasks\[0\]\.steps\[0\]: must have exactly one of cpu, io, yield, block; got \{cpu, io\}$/);
  assert.match(errorFor({ ...valid, tasks: [{ name: 'A', steps: [{ yield: 1 }] }] }), /^tasks\[0\]\.steps\[0\]\.yield: must be true/);
  assert.match(errorFor({ ...valid, tasks: [valid.tasks[0], { ...valid.tasks[1], name: 'A' }] }), /^tasks\[1\]\.name: "A" is used by another task/);
  assert.match(errorFor({ ...valid, slice: 3 }), /^slice: is not a known field/);
  assert.match(errorFor({ ...valid, memory: { kernelStack: -1 } }), /^memory\.kernelStack: /);
  assert.match(errorFor('hello'), /^scenario: must be a JSON object, got "hello"$/);
  assert.match(errorFor(null), /^scenario: must be a JSON object, got null$/);
});

test('non-finite and absurd numbers are rejected rather than hanging the simulation', () => {
  assert.match(errorFor({ ...valid, switchCost: Infinity }), /^switchCost: /);
  assert.match(errorFor({ ...valid, tasks: [{ name: 'A', steps: [{ io: 1e20 }] }] }), /^tasks\[0\]\.steps\[0\]\.io: /);
  assert.match(errorFor({ ...valid, tasks: [{ name: 'A', steps: [{ cpu: Number.NaN }] }] }), /got NaN/);
});

test('errors are ScenarioError with the path on its own', () => {
  try {
    parseScenario({ ...valid, cores: 'two' });
    assert.fail('should throw');
  } catch (e) {
    assert.ok(e instanceof ScenarioError);
    assert.equal(e.path, 'cores');
  }
});
