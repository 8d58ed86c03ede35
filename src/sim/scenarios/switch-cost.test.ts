import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { parseScenario, report, simulate } from '../index.ts';
import { expectedSnapshot, formatTrace } from './snapshot.ts';
import {
  compareWithMeasured,
  nearestStep,
  presetOf,
  SWITCH_COST_PRESETS,
  SWITCH_COST_STEPS,
  switchCostScenario,
  switchingShare,
  TIME_SLICE_STEPS,
} from './switch-cost.ts';

const share = (switchCost: number, timeSlice: number): number => {
  const scenario = switchCostScenario({ switchCost, timeSlice });
  return switchingShare(report(scenario, simulate(scenario)), scenario.cores);
};

test('both presets give the traces kept in switch-cost.snap', () => {
  const actual = (['realistic', 'exaggerated'] as const)
    .map((name) => formatTrace(simulate(switchCostScenario(SWITCH_COST_PRESETS[name]))))
    .join('\n');
  const path = fileURLToPath(new URL('./switch-cost.snap', import.meta.url));
  assert.equal(actual, expectedSnapshot(path, actual));
});

test('realistic: 11 switches of 2 µs in a 31,522 µs run, about 0.07 % of the core', () => {
  const scenario = switchCostScenario(SWITCH_COST_PRESETS.realistic);
  const r = report(scenario, simulate(scenario));
  assert.equal(r.switches, 11);
  assert.equal(r.switching, 22);
  assert.equal(r.makespan, 31_522);
  assert.equal(Number((switchingShare(r, 1) * 100).toFixed(2)), 0.07);
});

test('exaggerated: a 20 µs switch every 100 µs slice takes about 17 % of the core', () => {
  const scenario = switchCostScenario(SWITCH_COST_PRESETS.exaggerated);
  const r = report(scenario, simulate(scenario));
  assert.equal(r.switches, 11);
  assert.equal(r.makespan, 1_270);
  assert.equal(Math.round(switchingShare(r, 1) * 100), 17);
});

test('every slider position builds a valid run of twelve turns, with three tasks on one core', () => {
  for (const switchCost of SWITCH_COST_STEPS) {
    for (const timeSlice of TIME_SLICE_STEPS) {
      const scenario = switchCostScenario({ switchCost, timeSlice });
      assert.deepEqual(parseScenario(JSON.parse(JSON.stringify(scenario))), scenario);
      const r = report(scenario, simulate(scenario));
      assert.equal(r.switches, 11, `${switchCost} µs / ${timeSlice} µs`);
      assert.equal(r.busy, 10.5 * timeSlice);
    }
  }
});

test('the share grows with the switch cost and shrinks as the slice grows', () => {
  for (let i = 1; i < SWITCH_COST_STEPS.length; i++) {
    assert.ok(share(SWITCH_COST_STEPS[i]!, 3000) > share(SWITCH_COST_STEPS[i - 1]!, 3000));
  }
  for (let i = 1; i < TIME_SLICE_STEPS.length; i++) {
    assert.ok(share(2, TIME_SLICE_STEPS[i]!) < share(2, TIME_SLICE_STEPS[i - 1]!));
  }
});

test('a share is switching time over all core time, and 0 for an empty run', () => {
  const scenario = switchCostScenario({ switchCost: 50, timeSlice: 50 });
  const r = report(scenario, simulate(scenario));
  assert.equal(switchingShare(r, 1), r.switching / r.makespan);
  assert.equal(switchingShare({ ...r, makespan: 0 }, 1), 0);
});

test('any number lands on the nearest slider position, on a log scale', () => {
  assert.equal(nearestStep(SWITCH_COST_STEPS, 2), 2);
  assert.equal(nearestStep(SWITCH_COST_STEPS, 2.1), 2.2);
  assert.equal(nearestStep(SWITCH_COST_STEPS, 1000), 50);
  assert.equal(nearestStep(SWITCH_COST_STEPS, 0), 0.5);
  assert.equal(nearestStep(SWITCH_COST_STEPS, Number.NaN), 0.5);
  assert.equal(nearestStep(TIME_SLICE_STEPS, 3001), 3000);
  assert.equal(switchCostScenario({ switchCost: 1e9, timeSlice: -4 }).switchCost, 50);
  assert.equal(switchCostScenario({ switchCost: 1e9, timeSlice: -4 }).timeSlice, 50);
});

test('the presets are slider positions, and are recognised as presets', () => {
  for (const [name, p] of Object.entries(SWITCH_COST_PRESETS)) {
    assert.ok((SWITCH_COST_STEPS as readonly number[]).includes(p.switchCost), name);
    assert.ok((TIME_SLICE_STEPS as readonly number[]).includes(p.timeSlice), name);
    assert.equal(presetOf(p), name);
  }
  assert.equal(presetOf({ switchCost: 2, timeSlice: 750 }), null);
});

test('settings are compared with the measured ranges: switch 1.2–2.2 µs, slice 0.75–3 ms', () => {
  assert.deepEqual(compareWithMeasured(SWITCH_COST_PRESETS.realistic), { switchCost: 'within', timeSlice: 'within' });
  assert.deepEqual(compareWithMeasured(SWITCH_COST_PRESETS.exaggerated), { switchCost: 'above', timeSlice: 'below' });
  assert.deepEqual(compareWithMeasured({ switchCost: 1.2, timeSlice: 750 }), { switchCost: 'within', timeSlice: 'within' });
  assert.deepEqual(compareWithMeasured({ switchCost: 0.5, timeSlice: 10_000 }), { switchCost: 'below', timeSlice: 'above' });
});
