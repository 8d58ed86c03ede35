import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { simulate } from '../index.ts';
import { expectedSnapshot } from './snapshot.ts';
import { REGISTERS, SWITCH_REASONS, switchSteps, VALUES, type SwitchReason, type SwitchStep } from './switch-steps.ts';

/** One line per step: id, who runs, the copy, the queue, the states, then the narration. */
function formatSteps(reason: SwitchReason, steps: readonly SwitchStep[]): string {
  const lines = [`# ${reason}`];
  for (const [i, s] of steps.entries()) {
    const states = Object.entries(s.states)
      .map(([name, state]) => `${name}:${state}`)
      .join(' ');
    const held = (v: readonly string[] | null): string => (v === null ? '-' : v === VALUES.A ? 'A' : v === VALUES.B ? 'B' : '?');
    lines.push(
      `${i} ${s.id} running=${s.running} core=${held(s.core)} savedA=${held(s.saved.A)} savedB=${held(s.saved.B)} ` +
        `copy=${s.copy ?? '-'} queue=[${s.queue.join(' ')}] ${states} picked=${s.picked ?? '-'}`,
      `  ${s.title}: ${s.narration}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

test('both stories, step by step, match switch-steps.snap', () => {
  const actual = SWITCH_REASONS.map((r) => formatSteps(r, switchSteps(r))).join('\n');
  const path = fileURLToPath(new URL('./switch-steps.snap', import.meta.url));
  assert.equal(actual, expectedSnapshot(path, actual));
});

for (const reason of SWITCH_REASONS) {
  test(`${reason}: save comes before pick, and pick before restore, each exactly once`, () => {
    const ids = switchSteps(reason).map((s) => s.id);
    assert.deepEqual(ids, ['a-runs', 'enter-kernel', 'save-a', 'a-leaves', 'pick-b', 'restore-b', 'b-runs']);
    const copies = switchSteps(reason).map((s) => s.copy);
    assert.deepEqual(copies, [null, null, 'save', null, null, 'restore', null]);
  });

  test(`${reason}: A's saved state gets exactly what the core held, and B continues with exactly what was saved`, () => {
    const steps = switchSteps(reason);
    const first = steps[0]!;
    const save = steps.find((s) => s.copy === 'save')!;
    const restore = steps.find((s) => s.copy === 'restore')!;
    const last = steps[steps.length - 1]!;
    assert.deepEqual(save.saved.A, first.core);
    assert.deepEqual(restore.core, first.saved.B);
    assert.deepEqual(last.core, first.saved.B);
    assert.equal(first.running, 'A');
    assert.equal(last.running, 'B');
    assert.equal(last.states.B, 'running');
  });

  test(`${reason}: one value per register, shaped like an x86-64 value, different for A and B`, () => {
    for (const values of [VALUES.A, VALUES.B]) {
      assert.equal(values.length, REGISTERS.length);
      values.forEach((v, i) => {
        const pattern = REGISTERS[i]!.name === 'XMM0' ? /^-?\d+(\.\d+)?$/ : /^0x[0-9a-f]{1,12}$/;
        assert.match(v, pattern, `${REGISTERS[i]!.name} = ${v}`);
      });
    }
    assert.notEqual(VALUES.A[0], VALUES.B[0]);
    assert.notEqual(VALUES.A[1], VALUES.B[1]);
  });

  test(`${reason}: the same data on every call, and plain JSON (a permalink or a test can hold it)`, () => {
    assert.deepEqual(switchSteps(reason), switchSteps(reason));
    assert.deepEqual(JSON.parse(JSON.stringify(switchSteps(reason))), switchSteps(reason));
  });
}

test('the story agrees with the simulation core: after the switch, B runs and the queue is the same', () => {
  // Three threads on one core, A first; A either uses up a 100 µs slice or blocks at 50 µs.
  const cases: Record<SwitchReason, { steps: { cpu: number }[] | ({ cpu: number } | { io: number })[] }> = {
    slice: { steps: [{ cpu: 300 }] },
    block: { steps: [{ cpu: 50 }, { io: 1000 }, { cpu: 10 }] },
  };
  for (const reason of SWITCH_REASONS) {
    const trace = simulate({
      model: 'threads',
      cores: 1,
      timeSlice: 100,
      switchCost: 2,
      tasks: ['A', 'B', 'C'].map((name) => ({ name, arrival: 0, steps: cases[reason].steps })),
    });
    const events = trace.events();
    const sw = events.find((e) => e.type === 'switch');
    assert.ok(sw && sw.type === 'switch', reason);
    assert.equal(trace.taskNames[sw.from], 'A', reason);
    assert.equal(trace.taskNames[sw.task], 'B', reason);
    const queue = trace.queueAt(sw.t).map((i) => trace.taskNames[i]);
    const last = switchSteps(reason).at(-1)!;
    assert.deepEqual(queue, last.queue, reason);
    assert.equal(trace.taskStateAt(0, sw.t), last.states.A, reason);
  }
});

test('the steps survive JSON unchanged: the island receives them as props in the HTML', () => {
  for (const reason of SWITCH_REASONS) {
    const steps = switchSteps(reason);
    assert.deepEqual(JSON.parse(JSON.stringify(steps)), steps, reason);
  }
});
