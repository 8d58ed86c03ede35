/**
 * `npm run test:csp`: every built page carries the site's Content-Security-Policy, ahead of
 * anything it governs, and that policy allows exactly the inline code the page has.
 *
 * Checked on each HTML file of dist/: one CSP <meta>, placed before every script, style and
 * stylesheet; default-src 'self', img-src 'self' data:, object-src 'none', base-uri and
 * form-action 'self'; no directive with 'unsafe-inline' or 'unsafe-eval'; script-src and style-src
 * without wildcards or other hosts; no style="…" attribute (the policy blocks them); the SHA-256 of every inline <script> in script-src and of every inline <style>
 * in style-src; no inline event handler attributes and no javascript: URLs, which the policy
 * would block. The browser tests then prove the pages work under the policy.
 */
import { createHash } from 'node:crypto';
import { DomUtils } from 'htmlparser2';
import { THEME_INIT_HASH } from '../src/layouts/theme-init.ts';
import { htmlFiles, readDist } from './lib/dist.ts';
import { elements, isJavaScript, parseHtml, textOf } from './lib/html.ts';

/** Directives that must read exactly so. */
const EXACT: Record<string, string> = {
  'default-src': "'self'",
  'img-src': "'self' data:",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A policy's directives: name → its source list. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function checkPage(file: string): { problems: string[]; scripts: number; styles: number } {
  const doc = parseHtml(readDist(file));
  const problems: string[] = [];
  const metas = elements(doc, 'meta').filter((m) => (m.attribs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) return { problems: [`${metas.length} Content-Security-Policy <meta> elements, expected 1`], scripts: 0, styles: 0 };
  const meta = metas[0]!;
  const all = DomUtils.findAll(() => true, doc.children);
  const first = all.find((e) => ['script', 'style', 'link'].includes(e.name));
  if (first && all.indexOf(first) < all.indexOf(meta)) {
    problems.push(`the policy comes after a <${first.name}>, which it therefore does not govern`);
  }
  const policy = parsePolicy(meta.attribs['content'] ?? '');
  for (const [name, value] of Object.entries(EXACT)) {
    const actual = policy.get(name)?.join(' ');
    if (actual !== value) problems.push(`${name} is ${actual === undefined ? 'missing' : `"${actual}"`}, expected "${value}"`);
  }
  for (const name of ['script-src', 'style-src']) {
    const sources = policy.get(name);
    if (!sources) {
      problems.push(`${name} is missing`);
      continue;
    }
    if (!sources.includes("'self'")) problems.push(`${name} lacks 'self'`);
    // 'wasm-unsafe-eval' lets a page compile WebAssembly (site search needs it) and nothing else.
    const allowed = (s: string): boolean => s === "'self'" || /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s) || (name === 'script-src' && s === "'wasm-unsafe-eval'");
    const loose = sources.filter((s) => !allowed(s));
    if (loose.length > 0) problems.push(`${name} allows ${loose.join(' ')}`);
  }
  for (const [name, sources] of policy) {
    if (sources.includes("'unsafe-eval'")) problems.push(`${name} allows 'unsafe-eval'`);
    if (sources.includes("'unsafe-inline'")) problems.push(`${name} allows 'unsafe-inline'`);
  }
  const scriptHashes = new Set(policy.get('script-src') ?? []);
  const styleHashes = new Set(policy.get('style-src') ?? []);
  if (!scriptHashes.has(THEME_INIT_HASH)) problems.push(`script-src lacks the theme snippet's hash ${THEME_INIT_HASH}`);
  const inlineScripts = elements(doc, 'script').filter((s) => s.attribs['src'] === undefined && isJavaScript(s));
  for (const script of inlineScripts) {
    const hash = sha256(textOf(script));
    if (!scriptHashes.has(hash)) problems.push(`inline script ${hash} is not allowed by script-src: ${textOf(script).slice(0, 60)}…`);
  }
  const inlineStyles = elements(doc, 'style');
  for (const style of inlineStyles) {
    const hash = sha256(textOf(style));
    if (!styleHashes.has(hash)) problems.push(`inline <style> ${hash} is not allowed by style-src: ${textOf(style).slice(0, 60)}…`);
  }
  const handlers = DomUtils.findAll((e) => Object.keys(e.attribs).some((a) => a.toLowerCase().startsWith('on')), doc.children);
  for (const e of handlers) problems.push(`<${e.name}> has an inline event handler (${Object.keys(e.attribs).filter((a) => a.startsWith('on')).join(', ')}), which the policy blocks`);
  // Without 'unsafe-inline' in style-src-attr the browser ignores style attributes: a shape or a
  // code token styled that way would lose its colour. Classes and stylesheets do the work instead.
  const styled = DomUtils.findAll((e) => e.attribs['style'] !== undefined, doc.children);
  for (const e of styled.slice(0, 3)) problems.push(`<${e.name} style="${e.attribs['style']}"> has a style attribute, which the policy blocks; use a class`);
  if (styled.length > 3) problems.push(`…and ${styled.length - 3} more style attributes`);
  const jsUrls = DomUtils.findAll((e) => ['href', 'src', 'action', 'formaction'].some((a) => /^\s*javascript:/i.test(e.attribs[a] ?? '')), doc.children);
  for (const e of jsUrls) problems.push(`<${e.name}> has a javascript: URL, which the policy blocks`);
  return { problems, scripts: inlineScripts.length, styles: inlineStyles.length };
}

function main(): void {
  const files = htmlFiles();
  let failed = false;
  let scripts = 0;
  let styles = 0;
  for (const file of files) {
    const result = checkPage(file);
    scripts += result.scripts;
    styles += result.styles;
    for (const problem of result.problems) {
      console.error(`  ${file}: ${problem}`);
      failed = true;
    }
  }
  const sample = parseHtml(readDist(files[0]!));
  const policy = elements(sample, 'meta').find((m) => m.attribs['http-equiv'] === 'content-security-policy')?.attribs['content'] ?? '';
  console.log(`Content-Security-Policy: ${files.length} pages checked, with ${scripts} inline scripts and ${styles} inline styles between them`);
  console.log(`  policy of ${files[0]}: ${policy.replace(/'sha256-[^']+'/g, "'sha256-…'").trim()}`);
  if (failed) {
    console.error('Content-Security-Policy: FAILED');
    process.exit(1);
  }
  console.log('Content-Security-Policy: on every page, strict, and every inline script and style allowed by its hash');
}

main();
