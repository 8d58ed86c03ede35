/**
 * Compiles and runs every Rust listing in content/listings/ and compares its
 * stdout with the matching .out file, byte for byte. The lessons show those
 * .out files as the programs' output, so this keeps the pages honest. A run
 * also fails if it exits with an error, or if any of its threads panicked
 * (a panic on a helper thread does not change the exit status).
 *
 * Compilers: every distinct rustc found is used: $RUSTC (or else rustc on PATH,
 * or else rustup's ~/.cargo/bin/rustc), /usr/bin/rustc when it is another
 * version, and any in $EXTRA_RUSTC (paths separated by ":"). The listings
 * promise Rust 1.63 (Debian 12's rustc) and edition 2021; .ci/run installs
 * Debian's rustc to /usr/bin, so CI builds them with it as well as rustup's.
 *
 * Executor listings are also run with LISTING_DUPLICATE_WAKE=1, several times.
 * A listing is an executor listing when its code makes wakers or polls futures
 * itself (see wakerCode in scripts/lib/rust-source.ts); a new one is caught by
 * that rule, not by a list. The Waker contract lets a waker be called more than
 * once, from any thread, at any time, even after its task is done. With the
 * variable set, each executor listing's test hook (a marked function at the end
 * of the file) calls its wakers again, from another thread, at moments when
 * their tasks are queued, being polled, idle or done, whichever the listing has,
 * and prints "extra wake" on stderr for each. The run must print at least one
 * such line, and the same stdout.
 *
 * That check is itself checked: scripts/lib/listing-mutants.ts lists broken
 * copies of the executor listings (a task queued twice, a finished task polled
 * or queued again, two workers polling one task...), and every one of them
 * must fail the duplicate-wake run.
 *
 * Usage: node scripts/check-listings.ts
 *   RUSTC=/path/to/rustc      the main compiler (mutants are built with it)
 *   EXTRA_RUSTC=/a:/b         more compilers to build and run every listing with
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, homedir, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { applyMutant, type Mutant, mutants } from './lib/listing-mutants.ts';
import { wakerCode, withoutComments } from './lib/rust-source.ts';

const MIN_RUSTC: readonly [number, number] = [1, 63];
const listingsDir = resolve(import.meta.dirname, '../content/listings');
/** Set to 1 for the duplicate-wake runs of an executor listing. */
const DUPLICATE_WAKE = 'LISTING_DUPLICATE_WAKE';
/** How many times each executor listing (and each mutant, until it fails) runs with duplicate wakes. */
const DUPLICATE_RUNS = 5;
/** What an executor listing's test hook prints on stderr for each extra wake. */
const EXTRA_WAKE_LINE = /^extra wake$/gm;
const RUN_TIMEOUT_MS = 60_000;
const MUTANT_TIMEOUT_MS = 20_000;
/**
 * How Rust reports a panic on stderr, with the message: since Rust 1.73 on the
 * next line, before that in quotes on the same one.
 */
const PANIC = /^thread '[^']*'(?: \(\d+\))? panicked at (?:'(.*)', \S+|[^\n]*\n(.*))$/m;

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

function fail(message: string): never {
  console.error(`check-listings: ${message} (${seconds()})`);
  process.exit(1);
}

interface Rustc {
  readonly path: string;
  /** `rustc --version`, e.g. "rustc 1.63.0". */
  readonly version: string;
  /** The version number alone, e.g. "1.63.0". */
  readonly short: string;
}

function probeRustc(path: string): Rustc | undefined {
  const probe = spawnSync(path, ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0) return undefined;
  const version = probe.stdout.trim();
  const match = /^rustc (\d+)\.(\d+)\.\d+/.exec(version);
  if (!match) fail(`cannot read the version from "${version}" (${path})`);
  const [major, minor] = [Number(match[1]), Number(match[2])];
  if (major < MIN_RUSTC[0] || (major === MIN_RUSTC[0] && minor < MIN_RUSTC[1])) {
    fail(`${version} (${path}) is too old: the listings need rustc ${MIN_RUSTC.join('.')} or newer.`);
  }
  return { path, version, short: match[0].slice('rustc '.length) };
}

/** The compilers to use, the main one first, one per version. */
function findCompilers(): [Rustc, ...Rustc[]] {
  const requested = process.env['RUSTC'];
  const candidates = requested ? [requested] : ['rustc', join(homedir(), '.cargo/bin/rustc')];
  let main: Rustc | undefined;
  for (const path of candidates) main ??= probeRustc(path);
  if (!main && requested) fail(`$RUSTC is set to ${requested}, which does not run (rustc --version failed)`);
  if (!main) {
    fail(
      'rustc not found (looked at $RUSTC, PATH and ~/.cargo/bin). Install Rust (https://rustup.rs) ' +
        "or Debian's package: apt-get install -y rustc. .ci/run does this on CI.",
    );
  }
  const compilers: [Rustc, ...Rustc[]] = [main];
  const extra = ['/usr/bin/rustc', ...(process.env['EXTRA_RUSTC'] ?? '').split(':').filter(Boolean)];
  for (const path of extra) {
    if (path === '/usr/bin/rustc' && !existsSync(path)) continue;
    const rustc = probeRustc(path);
    if (!rustc) fail(`${path} does not run (rustc --version failed)`);
    if (!compilers.some((known) => known.version === rustc.version)) compilers.push(rustc);
  }
  return compilers;
}

interface Outcome {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly error?: Error;
}

/**
 * Runs a program to its end, without a shell, and collects what it printed.
 * With stopAtPanic, kills it as soon as a thread reports a panic on stderr: a
 * panic on a helper thread can leave the program waiting forever.
 */
function runProgram(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs: number; stopAtPanic?: boolean },
): Promise<Outcome> {
  return new Promise((done) => {
    const child = spawn(command, args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let stopping = false;
    let error: Error | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      // Give it a moment to print the rest of the message.
      if (options.stopAtPanic && !stopping && / panicked at /.test(stderr)) {
        stopping = true;
        setTimeout(() => child.kill('SIGKILL'), 100);
      }
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('error', (err) => (error = err));
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      done({ status, signal, stdout, stderr, timedOut, ...(error ? { error } : {}) });
    });
  });
}

/** Calls `work` on every item, at most `limit` at a time; results in the items' order. */
async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function compile(rustc: Rustc, source: string, binary: string): Promise<string | undefined> {
  const build = await runProgram(rustc.path, ['--edition', '2021', '-O', '-o', binary, source], {
    timeoutMs: 300_000,
  });
  if (build.status === 0) return undefined;
  return build.timedOut ? 'the compiler timed out' : build.stderr || (build.error?.message ?? 'failed');
}

/** What one run of a listing's binary came to: nothing wrong, or why it failed. */
interface RunResult {
  readonly problem?: string;
  /** Extra wakes the test hook reported, in a duplicate-wake run. */
  readonly extraWakes: number;
}

/**
 * Runs a listing's binary once and checks what it did. With duplicateWake, sets
 * LISTING_DUPLICATE_WAKE=1 and, for a listing (not a mutant, whose failure must
 * come from what it does), requires the test hook to report an extra wake.
 */
async function runOnce(
  binary: string,
  expected: string,
  how: { duplicateWake: boolean; mutant?: boolean; timeoutMs: number },
): Promise<RunResult> {
  const { duplicateWake, timeoutMs } = how;
  const env = { ...process.env };
  delete env[DUPLICATE_WAKE];
  if (duplicateWake) env[DUPLICATE_WAKE] = '1';
  const run = await runProgram(binary, [], { env, timeoutMs, stopAtPanic: true });
  const extraWakes = run.stderr.match(EXTRA_WAKE_LINE)?.length ?? 0;
  const otherStderr = run.stderr.replace(EXTRA_WAKE_LINE, '').trim();
  const panic = PANIC.exec(run.stderr);
  let problem: string | undefined;
  if (panic) problem = `a thread panicked: ${panic[1] ?? panic[2] ?? ''}`;
  else if (run.timedOut) problem = `did not finish within ${timeoutMs / 1000} s`;
  else if (run.error) problem = `did not run: ${run.error.message}`;
  else if (run.status !== 0) problem = `exit status ${String(run.status ?? run.signal)}`;
  else if (run.stdout !== expected) {
    problem = `output differs from its .out\n  expected:\n${indent(expected)}\n  got:\n${indent(run.stdout)}`;
  } else if (duplicateWake && !how.mutant && extraWakes === 0) {
    problem = `its test hook reported no extra wake on stderr ("extra wake" lines)`;
  }
  if (problem && otherStderr) problem += `\n  stderr:\n${indent(otherStderr.split('\n').slice(0, 20).join('\n'))}`;
  return problem ? { problem, extraWakes } : { extraWakes };
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    | ${line}`)
    .join('\n');
}

// ---------------------------------------------------------------------------

const compilers = findCompilers();
console.log(`Compilers: ${compilers.map((rustc) => `${rustc.version} (${rustc.path})`).join('; ')}`);
if (!compilers.some((rustc) => rustc.short.startsWith(`${MIN_RUSTC.join('.')}.`))) {
  console.log(
    `  note: rustc ${MIN_RUSTC.join('.')} is not among them, so compatibility with it is not checked here ` +
      "(install Debian 12's rustc to /usr/bin, as .ci/run does, or point EXTRA_RUSTC at one).",
  );
}

const sources = readdirSync(listingsDir)
  .filter((name) => name.endsWith('.rs'))
  .sort();
if (sources.length === 0) fail(`no .rs files in ${listingsDir}`);
const mutantSources = mutants.map((mutant) => {
  if (!sources.includes(mutant.listing)) fail(`mutant "${mutant.name}": no listing ${mutant.listing}`);
  try {
    return applyMutant(readFileSync(join(listingsDir, mutant.listing), 'utf8'), mutant);
  } catch (error) {
    fail((error as Error).message);
  }
});

const work = mkdtempSync(join(tmpdir(), 'listings-'));
for (const [signal, status] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    rmSync(work, { recursive: true, force: true });
    process.exit(status);
  });
}
let failures = 0;
let executorListings = 0;
try {
  // Build everything first, in parallel: every listing with every compiler, and
  // every mutant with the main one. Then run the programs one at a time.
  const binaryOf = (file: string, index: number) => join(work, String(index), basename(file, '.rs'));
  for (const index of compilers.keys()) mkdirSync(join(work, String(index)));
  const builds = sources.flatMap((file) =>
    compilers.map((rustc, index) => ({ rustc, source: join(listingsDir, file), binary: binaryOf(file, index) })),
  );
  mkdirSync(join(work, 'mutants'));
  const mutantBuilds = mutants.map((mutant, index) => {
    const stem = join(work, 'mutants', `${index}-${basename(mutant.listing, '.rs')}`);
    writeFileSync(`${stem}.rs`, mutantSources[index] ?? '');
    return { mutant, rustc: compilers[0], source: `${stem}.rs`, binary: stem };
  });
  const buildErrors = await inParallel([...builds, ...mutantBuilds], Math.max(1, availableParallelism()), (build) =>
    compile(build.rustc, build.source, build.binary),
  );
  const listingBuildErrors = buildErrors.slice(0, builds.length);
  const mutantBuildErrors = buildErrors.slice(builds.length);
  console.log(
    `Built ${sources.length} listings with ${compilers.length} compiler(s) and ${mutants.length} mutants (${seconds()})`,
  );

  for (const file of sources) {
    const stem = basename(file, '.rs');
    const expectedPath = join(listingsDir, `${stem}.out`);
    if (!existsSync(expectedPath)) {
      console.log(`✗ ${file}: no ${stem}.out beside it to compare with`);
      failures++;
      continue;
    }
    const expected = readFileSync(expectedPath, 'utf8');
    const code = withoutComments(readFileSync(join(listingsDir, file), 'utf8'));
    const makesWakers = wakerCode(code);
    if (makesWakers !== undefined) executorListings++;
    if (makesWakers !== undefined && !code.includes(`"${DUPLICATE_WAKE}"`)) {
      console.log(
        `✗ ${file}: makes wakers (\`${makesWakers}\`) but its code never reads ${DUPLICATE_WAKE}. ` +
          'Every executor listing must: when it is set, its test hook calls its wakers again, from another ' +
          'thread, and prints "extra wake" on stderr for each; the output must stay the same. ' +
          'See the end of the other executor listings.',
      );
      failures++;
      continue;
    }

    const problems: string[] = [];
    const wakes: number[] = [];
    for (const [index, rustc] of compilers.entries()) {
      const buildError = listingBuildErrors[sources.indexOf(file) * compilers.length + index];
      if (buildError !== undefined) {
        problems.push(`does not compile with ${rustc.version}\n${buildError}`);
        continue;
      }
      const binary = binaryOf(file, index);
      const normal = await runOnce(binary, expected, { duplicateWake: false, timeoutMs: RUN_TIMEOUT_MS });
      if (normal.problem) {
        problems.push(`with ${rustc.short}: ${normal.problem}`);
        continue;
      }
      if (makesWakers === undefined) continue;
      for (let run = 1; run <= DUPLICATE_RUNS; run++) {
        const result = await runOnce(binary, expected, { duplicateWake: true, timeoutMs: RUN_TIMEOUT_MS });
        if (result.problem) {
          problems.push(`with ${rustc.short} and ${DUPLICATE_WAKE}=1 (run ${run}): ${result.problem}`);
          break;
        }
        wakes.push(result.extraWakes);
      }
    }
    const built = compilers.map((rustc) => rustc.short).join(', ');
    if (problems.length > 0) {
      for (const problem of problems) console.log(`✗ ${file}: ${problem}`);
      failures++;
    } else if (makesWakers === undefined) {
      console.log(`✓ ${file}: output matches ${stem}.out (rustc ${built})`);
    } else {
      const [least, most] = [Math.min(...wakes), Math.max(...wakes)];
      const range = least === most ? String(least) : `${least} to ${most}`;
      console.log(
        `✓ ${file}: output matches ${stem}.out (rustc ${built}), also in ${DUPLICATE_RUNS} runs ` +
          `with ${DUPLICATE_WAKE}=1 for each compiler (${range} extra wakes a run)`,
      );
    }
  }

  console.log(`Mutants: each must fail a run with ${DUPLICATE_WAKE}=1 (up to ${DUPLICATE_RUNS} runs)`);
  for (const [index, { mutant, binary }] of mutantBuilds.entries()) {
    const label = `${mutant.listing}: ${mutant.name}`;
    const buildError = mutantBuildErrors[index];
    if (buildError !== undefined) {
      console.log(`✗ ${label}: the mutant does not compile; update scripts/lib/listing-mutants.ts\n${buildError}`);
      failures++;
      continue;
    }
    const caught = await catchMutant(mutant, binary);
    if (caught) {
      console.log(`✓ ${label}: caught on run ${caught.run} (${firstLine(caught.problem)})`);
    } else {
      console.log(`✗ ${label}: passed all ${DUPLICATE_RUNS} runs, so the duplicate-wake run does not catch it`);
      failures++;
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function catchMutant(mutant: Mutant, binary: string): Promise<{ run: number; problem: string } | undefined> {
  const expected = readFileSync(join(listingsDir, `${basename(mutant.listing, '.rs')}.out`), 'utf8');
  for (let run = 1; run <= DUPLICATE_RUNS; run++) {
    const result = await runOnce(binary, expected, { duplicateWake: true, mutant: true, timeoutMs: MUTANT_TIMEOUT_MS });
    if (result.problem) return { run, problem: result.problem };
  }
  return undefined;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}

if (failures > 0) fail(`${failures} check(s) failed.`);
console.log(
  `All ${sources.length} listings match their output with ${compilers.length} compiler(s); ` +
    `${executorListings} executor listings also with ${DUPLICATE_WAKE}=1, and all ${mutants.length} mutants caught ` +
    `(${seconds()}).`,
);
