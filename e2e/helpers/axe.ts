import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Diagram } from '../pages/diagram.ts';
import { presetTheme, type Theme } from './site.ts';

/** The WCAG levels every page must meet. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** Runs axe on the page as it is now and fails listing each violation with its first offending nodes. */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags([...WCAG_TAGS]);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const report = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ') ?? ''}`)
        .join('\n'),
  );
  expect(report, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Defines one test per theme: open `path`, let `use` drive diagram `id`'s controls (and wait for
 * their effect), then run axe on the whole page, so that states only reachable by interaction
 * are checked too.
 */
export function testAxeAfterUse(path: string, id: string, use: (diagram: Diagram, page: Page) => Promise<void>): void {
  for (const theme of ['light', 'dark'] as Theme[]) {
    test(`axe finds no violations in the ${theme} theme after the controls have been used`, async ({ page, context }) => {
      test.slow(); // axe checks the whole lesson page, which takes a while on a busy machine
      await presetTheme(context, theme);
      await use(await Diagram.open(page, path, id), page);
      await expectNoAxeViolations(page);
    });
  }
}
