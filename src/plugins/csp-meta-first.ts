/**
 * An Astro integration that moves each built page's Content-Security-Policy <meta> to just after
 * <meta charset>. Astro writes it at the end of the <head> it renders, after the theme script and
 * the page's own <meta> tags; a policy in a <meta> applies only to what follows it, so placed
 * first it governs every script, style and link of the page, the theme snippet included.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
const CHARSET_META = /<meta charset="[^"]*">/i;

/** `html` with its CSP <meta> moved right after <meta charset>; unchanged if either is missing. */
export function moveCspMetaFirst(html: string): string {
  const csp = CSP_META.exec(html);
  const charset = CHARSET_META.exec(html);
  if (!csp || !charset || csp.index < charset.index) return html;
  const without = html.slice(0, csp.index) + html.slice(csp.index + csp[0].length);
  const at = charset.index + charset[0].length;
  return without.slice(0, at) + csp[0] + without.slice(at);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The integration: add it to `integrations` in astro.config.mjs. */
export function cspMetaFirst() {
  return {
    name: 'csp-meta-first',
    hooks: {
      'astro:build:done': async ({ dir }: { dir: URL }): Promise<void> => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const moved = moveCspMetaFirst(html);
          if (moved !== html) await writeFile(file, moved);
        }
      },
    },
  };
}
