// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { codeThemes } from './src/components/code-themes.ts';
import { previews } from './src/preview/integration.ts';
import { searchIndex } from './src/search/integration.ts';

/**
 * The site can be served from a sub-path (for example a project page at
 * https://example.org/course/). Set BASE_PATH at build time; every internal
 * link and asset goes through import.meta.env.BASE_URL, so nothing else changes.
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base,
  trailingSlash: 'always',
  // After the build: link-preview pictures drawn from each diagram's first frame, then the search index.
  integrations: [mdx(), preact(), previews(), searchIndex()],
  markdown: {
    shikiConfig: {
      // Both themes are emitted as CSS variables; global.css picks one by data-theme.
      themes: codeThemes,
      defaultColor: false,
    },
  },
  build: {
    // Stylesheets as files, never inline <style>: keeps a strict Content-Security-Policy simple.
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      // Scripts as files too (Vite would inline small ones): the only inline script is the
      // theme snippet in Base.astro, whose hash is fixed at build time.
      assetsInlineLimit: 0,
    },
  },
});
