/**
 * `npm run sim -- FILE [--trace]`: prints the report of a scenario (or an array of reports for an
 * array of scenarios) as JSON. FILE may be `-` for standard input. With --trace, prints the event
 * list instead, one event per line. Bad input exits with code 2 and one line naming the field.
 */
import { readFileSync } from 'node:fs';
import { parseScenario, ScenarioError } from './scenario.ts';
import { simulate } from './engine.ts';
import { report } from './report.ts';
import { formatTrace } from './format.ts';

const USAGE = 'usage: npm run sim -- FILE|- [--trace]';

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

function main(args: string[]): void {
  const trace = args.includes('--trace');
  const files = args.filter((a) => a !== '--trace');
  if (files.length !== 1 || files[0]!.startsWith('--')) fail(`expected one scenario file. ${USAGE}`);
  const file = files[0]!;
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file === '-' ? 'standard input' : file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    fail(`${file === '-' ? 'standard input' : file} is not valid JSON: ${(e as Error).message}`);
  }
  const many = Array.isArray(input);
  const list: unknown[] = many ? (input as unknown[]) : [input];
  if (list.length === 0) fail('the array holds no scenario');
  const outputs = list.map((raw, i) => {
    let scenario;
    try {
      scenario = parseScenario(raw);
    } catch (e) {
      if (e instanceof ScenarioError) fail(many ? `[${i}].${e.message}` : e.message);
      throw e;
    }
    const t = simulate(scenario);
    return trace ? formatTrace(t).join('\n') : report(scenario, t);
  });
  if (trace) process.stdout.write(`${outputs.join('\n\n')}\n`);
  else process.stdout.write(`${JSON.stringify(many ? outputs : outputs[0], null, 2)}\n`);
}

main(process.argv.slice(2));
