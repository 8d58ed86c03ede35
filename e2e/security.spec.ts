import { expect, test } from '@playwright/test';
import { watch } from './helpers/security.ts';
import { LESSON_1_PATH } from './helpers/site.ts';

/**
 * The policy is real: an injected inline script is blocked and reported. (That every page keeps to
 * its policy and requests nothing from elsewhere is checked in every-page.spec.ts.)
 */

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
