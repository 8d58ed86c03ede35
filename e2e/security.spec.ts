import { expect, test, type Page } from '@playwright/test';
import { collectProblems, expectNoProblems } from './helpers/errors.ts';
import { hydrateAll } from './helpers/islands.ts';
import { builtPages, LESSON_1_PATH, NOT_FOUND_PATH } from './helpers/site.ts';

/**
 * Requests and the Content-Security-Policy, generic over the built site: every page, hydrated and
 * scrolled through, requests nothing from another origin (fonts and assets are self-hosted or the
 * system's), breaks no rule of its policy, and logs no error and no failed request. And the policy
 * is real: an injected inline script is blocked and reported.
 */

interface Watch {
  readonly foreign: string[];
  readonly violations: () => Promise<string[]>;
}

/** Aborts and records any request to another origin; records CSP violations the page reports. */
async function watch(page: Page, origin: string): Promise<Watch> {
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

for (const path of [...builtPages(), NOT_FOUND_PATH]) {
  test(`/${path} requests nothing from elsewhere, keeps its CSP and logs no error`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const problems = collectProblems(page, path === NOT_FOUND_PATH ? [new RegExp(`/${NOT_FOUND_PATH}$`)] : []);
    const watched = await watch(page, origin);
    await page.goto(path);
    await hydrateAll(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(watched.foreign, 'requests to other origins').toEqual([]);
    expect(await watched.violations(), 'Content-Security-Policy violations').toEqual([]);
    expectNoProblems(problems);
    // Web fonts, if any, are this site's own and load (the route above refuses any other origin).
    const broken = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'error').map((f) => f.family));
    expect(broken, 'fonts that failed to load').toEqual([]);
  });
}

test('the policy blocks and reports an injected inline script and a foreign image', async ({ page, baseURL }) => {
  const watched = await watch(page, new URL(baseURL ?? '').origin);
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await page.goto(LESSON_1_PATH);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedRan = true;';
    document.body.append(script);
    const img = document.createElement('img');
    img.src = 'https://tracker.invalid/pixel.png';
    img.alt = '';
    document.body.append(img);
    return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
  });
  expect(ran, 'the injected script must not run').toBe(false);
  await expect.poll(watched.violations).toEqual(
    expect.arrayContaining([expect.stringMatching(/^script-src-elem blocked inline/), expect.stringMatching(/^img-src blocked https:\/\/tracker\.invalid\/pixel\.png/)]),
  );
  expect(consoleErrors.some((e) => /Content Security Policy/.test(e))).toBe(true);
  // Blocked by the policy before any request was made.
  expect(watched.foreign).toEqual([]);
});
