import type { Page } from '@playwright/test';

/**
 * Watching what a page asks for: requests to another origin are refused and recorded, and the
 * Content-Security-Policy violations the page reports are collected.
 */

export interface Watch {
  readonly foreign: string[];
  readonly violations: () => Promise<string[]>;
}

/** Aborts and records any request to another origin; records CSP violations the page reports. */
export async function watch(page: Page, origin: string): Promise<Watch> {
  const foreign: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  return {
    foreign,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}
