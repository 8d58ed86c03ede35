/** Shared by the core's tests: build scenarios tersely. */
import { parseScenario, type Scenario } from './scenario.ts';

/** A scenario from a partial description, validated like user input. */
export function scenario(partial: Partial<Scenario> & Pick<Scenario, 'tasks'>): Scenario {
  return parseScenario({ model: 'threads', cores: 1, timeSlice: null, switchCost: 0, ...partial });
}

export { formatTrace } from './format.ts';
