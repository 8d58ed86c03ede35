import { expect, type Page } from '@playwright/test';

/** What went wrong while a page loaded: console errors, uncaught exceptions, failed or 4xx/5xx requests. */
export interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly failedRequests: string[];
}

/**
 * Starts recording problems on `page`; call before `page.goto`. `allowStatus`
 * lists URLs (as RegExps) allowed to answer with an error status, such as the
 * page a 404 test asks for on purpose.
 */
export function collectProblems(page: Page, allowStatus: readonly RegExp[] = []): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  const allowed = (url: string): boolean => allowStatus.some((pattern) => pattern.test(url));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium also logs every error response on the console; skip the ones allowed above.
    if (message.text().startsWith('Failed to load resource') && allowed(message.location().url)) return;
    problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('requestfailed', (request) => {
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    const url = response.url();
    if (response.status() >= 400 && !allowed(url)) {
      problems.failedRequests.push(`${url}: HTTP ${response.status()}`);
    }
  });
  return problems;
}

/** Asserts nothing was recorded; the message lists everything that was. */
export function expectNoProblems(problems: PageProblems): void {
  expect(problems.pageErrors, 'uncaught exceptions').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.failedRequests, 'failed requests').toEqual([]);
}
