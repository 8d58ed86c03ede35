/**
 * Ids are public: diagram ids are in people's links and embeds, heading and glossary ids in their
 * bookmarks. A published diagram must stay on its lesson page and keep its own page. (No page may
 * use one id twice: checked in every-page.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { PUBLISHED_DIAGRAM_IDS } from '../src/diagrams/published-ids.ts';
import { findDiagram } from '../src/diagrams/registry.ts';

for (const id of PUBLISHED_DIAGRAM_IDS) {
  test(`published diagram "${id}" is still on its lesson page and has its own page and embed`, async ({ page, request }) => {
    const diagram = findDiagram(id);
    expect(diagram, `"${id}" is not registered`).toBeDefined();
    await page.goto(`lessons/${diagram?.lesson ?? ''}/`);
    await expect(page.locator(`figure[id="${id}"]`)).toHaveCount(1);
    for (const path of [`diagrams/${id}/`, `diagrams/${id}/embed/`]) {
      expect((await request.get(path)).status(), path).toBe(200);
    }
    await page.goto(`diagrams/${id}/`);
    await expect(page.locator(`figure[id="${id}"]`)).toHaveCount(1);
  });
}
