/**
 * A build step (an Astro integration, run when `astro build` has written the site) that indexes
 * the built pages with Pagefind and writes the index beside them in `pagefind/`. Only elements
 * marked `data-pagefind-body` are indexed (lessons and the glossary); the search page loads the
 * index from the same host, so search works offline from the static files, under any base path.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Parts of a page that would only add noise to results: a diagram's picture, controls, narration
 * and transcript of one moment (its caption, note and description stay), anchors, navigation,
 * and a question's prepared verdicts (hidden until the reader checks; its answer block is indexed).
 */
const EXCLUDE = [
  '.dg-body',
  '.dg-narration',
  '.dg-transcript',
  '.dg-link-row',
  '.dg-hint',
  '.dg-notice',
  '.dg-player',
  '.dg-params',
  '.anchor-link',
  '.pr-choices',
  '.pr-answers',
  '[data-verdict]',
  'nav',
];

export async function writeSearchIndex(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE, forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind found no page to index (no data-pagefind-body?)');
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration: indexes the site once it is built. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'course-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`search index written for ${pages} pages`);
      },
    },
  };
}
