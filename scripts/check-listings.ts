/**
 * Compiles and runs every Rust listing in content/listings/ and compares its
 * stdout with the matching .out file, byte for byte. The lessons show those
 * .out files as the programs' output, so this keeps the pages honest.
 *
 * Executor listings are run a second time, with LISTING_DUPLICATE_WAKE=1. A
 * listing is an executor listing when its code makes wakers or polls futures
 * itself (see wakerCode in scripts/lib/rust-source.ts); a new one is caught
 * by that rule, not by a list. The Waker contract lets a waker be called more
 * than once, from any thread, even after its task is done, and each executor
 * listing must read that variable and then do so: its futures (or its
 * reactor) call each waker twice, from another thread. That run must exit 0
 * and print the same .out: a task polled after Ready, queued twice, or woken
 * on a thread that cannot reach the run queue fails it.
 *
 * Usage: node scripts/check-listings.ts   (RUSTC=/path/to/rustc to choose a compiler)
 * Listings are kept compatible with Rust 1.63 (Debian 12's rustc) and edition 2021.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { wakerCode, withoutComments } from './lib/rust-source.ts';

const MIN_RUSTC: readonly [number, number] = [1, 63];
const listingsDir = resolve(import.meta.dirname, '../content/listings');
/** Set to 1 for the second run of an executor listing: wakers are then called twice. */
const DUPLICATE_WAKE = 'LISTING_DUPLICATE_WAKE';

/** The rustc to use: $RUSTC, else rustc on PATH, else rustup's default install in ~/.cargo/bin. */
function findRustc(): string | undefined {
  const candidates = [process.env['RUSTC'], 'rustc', join(homedir(), '.cargo/bin/rustc')];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const probe = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

function fail(message: string): never {
  console.error(`check-listings: ${message}`);
  process.exit(1);
}

const rustc = findRustc();
if (!rustc) {
  fail(
    'rustc not found (looked at $RUSTC, PATH and ~/.cargo/bin). Install Rust (https://rustup.rs) ' +
      "or Debian's package: apt-get install -y rustc. .ci/run does this on CI.",
  );
}

const version = execFileSync(rustc, ['--version'], { encoding: 'utf8' }).trim();
const match = /^rustc (\d+)\.(\d+)/.exec(version);
if (!match) fail(`cannot read the version from "${version}"`);
const [major, minor] = [Number(match[1]), Number(match[2])];
if (major < MIN_RUSTC[0] || (major === MIN_RUSTC[0] && minor < MIN_RUSTC[1])) {
  fail(`${version} is too old: the listings need rustc ${MIN_RUSTC.join('.')} or newer.`);
}
console.log(`Checking listings with ${version}`);

const sources = readdirSync(listingsDir)
  .filter((name) => name.endsWith('.rs'))
  .sort();
if (sources.length === 0) fail(`no .rs files in ${listingsDir}`);

const work = mkdtempSync(join(tmpdir(), 'listings-'));
let failures = 0;
let duplicateRuns = 0;
try {
  for (const file of sources) {
    const stem = basename(file, '.rs');
    const source = join(listingsDir, file);
    const expectedPath = join(listingsDir, `${stem}.out`);
    const binary = join(work, stem);

    if (!existsSync(expectedPath)) {
      console.log(`✗ ${file}: no ${stem}.out beside it to compare with`);
      failures++;
      continue;
    }

    const build = spawnSync(rustc, ['--edition', '2021', '-O', '-o', binary, source], { encoding: 'utf8' });
    if (build.status !== 0) {
      console.log(`✗ ${file}: does not compile\n${build.stderr}`);
      failures++;
      continue;
    }

    const expected = readFileSync(expectedPath, 'utf8');
    if (!runAndCompare(file, binary, expected, false)) {
      failures++;
      continue;
    }

    const code = withoutComments(readFileSync(source, 'utf8'));
    const makesWakers = wakerCode(code);
    if (makesWakers === undefined) continue;
    if (!code.includes(`"${DUPLICATE_WAKE}"`)) {
      console.log(
        `✗ ${file}: makes wakers (\`${makesWakers}\`) but its code never reads ${DUPLICATE_WAKE}. ` +
          'Every executor listing must: when it is set, its futures (or its reactor) call each waker ' +
          'twice, from another thread, and the output must stay the same. See the other executor listings.',
      );
      failures++;
      continue;
    }
    duplicateRuns++;
    if (!runAndCompare(file, binary, expected, true)) failures++;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * Runs a listing's binary and compares its stdout with the expected text; prints
 * one line for the outcome. With duplicateWake, runs it with LISTING_DUPLICATE_WAKE=1;
 * without, makes sure the variable is not inherited from the caller's environment.
 */
function runAndCompare(file: string, binary: string, expected: string, duplicateWake: boolean): boolean {
  const env = { ...process.env };
  delete env[DUPLICATE_WAKE];
  if (duplicateWake) env[DUPLICATE_WAKE] = '1';
  const how = duplicateWake ? ` with ${DUPLICATE_WAKE}=1 (every waker called twice)` : '';
  const run = spawnSync(binary, [], { encoding: 'utf8', timeout: 60_000, env });
  if (run.status !== 0) {
    const why = run.error ? run.error.message : `exit status ${String(run.status ?? run.signal)}`;
    console.log(`✗ ${file}: run failed${how} (${why})\n${run.stderr}`);
    return false;
  }
  if (run.stdout !== expected) {
    console.log(`✗ ${file}: output differs from its .out${how}`);
    console.log(`  expected:\n${indent(expected)}\n  got:\n${indent(run.stdout)}`);
    return false;
  }
  console.log(duplicateWake ? `✓ ${file}: same output${how}` : `✓ ${file}: output matches ${basename(file, '.rs')}.out`);
  return true;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    | ${line}`)
    .join('\n');
}

if (failures > 0) fail(`${failures} of ${sources.length} listing(s) failed.`);
console.log(
  `All ${sources.length} listing(s) match their output; ${duplicateRuns} executor listing(s) also with ${DUPLICATE_WAKE}=1.`,
);
