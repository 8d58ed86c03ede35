/**
 * `npm run test:html`: the Nu HTML Checker (vnu, the W3C validator) on every HTML page, stylesheet
 * and SVG of dist/. Fails on any error; prints warnings and notes. Needs Java 17 or newer: without
 * it the check says what to install and is skipped, except in CI (CI=true), where it fails.
 *
 * vnu reads the files from disk, so to it every '/…' resource is on a file: origin that a
 * Content-Security-Policy of 'self' does not cover; its "Resource violates Content Security Policy"
 * notes are that artefact and are dropped (the browser tests check the policy for real).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST, ROOT, distFiles, htmlFiles } from './lib/dist.ts';

const VNU = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface Message {
  readonly type: 'error' | 'info' | 'non-document-error';
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly lastColumn?: number;
  readonly message: string;
  readonly extract?: string;
}

/**
 * Errors of the CSS checker that are gaps in its knowledge, not mistakes in the CSS. Each names
 * the message and, where the message is too broad, the declaration it may appear on.
 */
const CSS_CHECKER_GAPS: readonly { readonly why: string; readonly message: RegExp; readonly declaration?: RegExp }[] = [
  {
    why: 'paint-order (CSS Fill and Stroke, SVG 2) works in every current browser but is missing from the checker’s property list',
    message: /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/,
  },
  {
    why: 'container queries (CSS Containment 3: container-type and @container) work in every current browser but are missing from the checker',
    message: /^CSS: (“container-type”: Property “container-type” doesn't exist\.|Unrecognized at-rule “@container”\.?)$/,
  },
  {
    why: 'vector-effect (SVG 2, a CSS property in SVG) works in every current browser but is missing from the checker’s property list',
    message: /^CSS: “vector-effect”: Property “vector-effect” doesn't exist\.$/,
  },
  {
    why: 'the checker cannot type calc() expressions that contain var()',
    message: /^CSS: “[a-z-]+”: The types are incompatible\.$/,
    declaration: /calc\([^;{}]*var\(/,
  },
];

/** The declaration around a message's position in a one-line (minified) or multi-line stylesheet. */
function declarationAt(file: string, line: number, column: number): string {
  const text = readFileSync(file, 'utf8').split('\n')[line - 1] ?? '';
  const before = Math.max(text.lastIndexOf(';', column - 2), text.lastIndexOf('{', column - 2));
  const ends = [text.indexOf(';', column - 1), text.indexOf('}', column - 1)].filter((i) => i >= 0);
  return text.slice(before + 1, ends.length > 0 ? Math.min(...ends) : undefined);
}

function knownGap(m: Message): string | null {
  if (m.type !== 'error' || !m.url?.endsWith('.css')) return null;
  for (const gap of CSS_CHECKER_GAPS) {
    if (!gap.message.test(m.message)) continue;
    if (!gap.declaration) return gap.why;
    const file = new URL(m.url).pathname;
    if (m.lastLine !== undefined && m.lastColumn !== undefined && gap.declaration.test(declarationAt(file, m.lastLine, m.lastColumn))) return gap.why;
  }
  return null;
}

function javaMissing(): string | null {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return 'no `java` on PATH';
  const version = /version "(\d+)/.exec(probe.stderr + probe.stdout)?.[1];
  if (version !== undefined && Number(version) < 17) return `Java ${version} is too old`;
  return null;
}

function main(): void {
  const missing = javaMissing();
  if (missing !== null) {
    const how =
      `The HTML validation check needs Java 17 or newer (${missing}). Install a Java runtime and run it again, ` +
      'for example `sudo apt-get install default-jre-headless` on Debian/Ubuntu, `brew install openjdk` on macOS, ' +
      'or any OpenJDK 17+ build (such as Eclipse Temurin) on Windows.';
    if (process.env['CI']) {
      console.error(`HTML validation: FAILED. ${how}`);
      process.exit(1);
    }
    console.log(`HTML validation: SKIPPED. ${how}`);
    return;
  }
  const html = htmlFiles();
  const css = distFiles('.css');
  const svg = distFiles('.svg');
  const files = [...html, ...css, ...svg].map((f) => join(DIST, f));
  const started = performance.now();
  const run = spawnSync('java', ['-jar', VNU, '--format', 'json', '--stdout', '--also-check-css', '--also-check-svg', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  let messages: Message[];
  try {
    messages = (JSON.parse(run.stdout) as { messages: Message[] }).messages;
  } catch {
    throw new Error(`vnu did not answer in JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  const where = (m: Message): string =>
    `${m.url ? relative(ROOT, new URL(m.url).pathname) : '?'}${m.lastLine !== undefined ? `:${m.lastLine}:${m.lastColumn ?? ''}` : ''}`;
  const kept = messages.filter((m) => !(m.type === 'info' && /^Resource violates Content Security Policy/.test(m.message)));
  const errors: Message[] = [];
  const gaps: [Message, string][] = [];
  for (const m of kept.filter((k) => k.type !== 'info')) {
    const gap = knownGap(m);
    if (gap === null) errors.push(m);
    else gaps.push([m, gap]);
  }
  const warnings = kept.filter((m) => m.type === 'info' && m.subType === 'warning');
  const notes = kept.filter((m) => m.type === 'info' && m.subType !== 'warning');

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`HTML validation (vnu ${/\d[\d.]+/.exec(run.stdout)?.[0] ?? ''}): ${html.length} HTML, ${css.length} CSS, ${svg.length} SVG files in ${seconds} s`);
  console.log(`  ${errors.length} errors, ${warnings.length} warnings, ${notes.length} notes; ${gaps.length} CSS checker gaps ignored`);
  for (const [m, why] of gaps) console.log(`  ignored ${where(m)}: ${m.message} (${why})`);
  for (const m of warnings) console.log(`  warning ${where(m)}: ${m.message}`);
  const noteKinds = new Map<string, number>();
  for (const m of notes) noteKinds.set(m.message, (noteKinds.get(m.message) ?? 0) + 1);
  for (const [message, n] of noteKinds) console.log(`  note ×${n}: ${message}`);
  for (const m of errors) console.error(`  ERROR ${where(m)}: ${m.message}${m.extract ? `\n      ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`);
  if (errors.length > 0) {
    console.error('HTML validation: FAILED');
    process.exit(1);
  }
  console.log('HTML validation: no errors');
}

main();
