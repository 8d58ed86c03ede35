// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri, satteriCreateHighlightFn, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import { codeClassesTransformer } from './src/components/code-classes.ts';
import { codeThemes } from './src/components/code-themes.ts';
import { THEME_INIT_DIGEST } from './src/layouts/theme-init.ts';
import { cspMetaFirst } from './src/plugins/csp-meta-first.ts';
import { preactWithoutSignals } from './src/plugins/preact-without-signals.ts';
import { diagramCssOnServer } from './src/plugins/diagram-css-on-server.ts';
import { previews } from './src/preview/integration.ts';
import { searchIndex } from './src/search/integration.ts';

/**
 * The site can be served from a sub-path (for example a project page at
 * https://example.org/course/). Set BASE_PATH at build time; every internal
 * link and asset goes through import.meta.env.BASE_URL, so nothing else changes.
 */
const base = process.env.BASE_PATH ?? '/';

/**
 * Code fences in lessons, highlighted by Shiki in both themes (global.css picks one by data-theme),
 * token colours as classes rather than style attributes (src/components/code-classes.ts), as
 * <Listing> does for whole programs.
 */
const highlight = await satteriCreateHighlightFn('shiki', {
  themes: codeThemes,
  defaultColor: false,
  transformers: [await codeClassesTransformer()],
});
if (!highlight) throw new Error('Shiki did not start: code fences would go uncoloured');
const codeHighlight = satteriHighlightPlugin(highlight, undefined);

/**
 * Astro marks each MDX module with a "use astro:head-inject" directive, and the bundler warns, once
 * per lesson, that it may drop it. Astro has read it by then: the warning asks nothing of anyone.
 * @returns {import('vite').Plugin}
 */
function quietHeadInject() {
  return {
    name: 'quiet-head-inject',
    onLog(_level, log) {
      return !(log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject'));
    },
  };
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base,
  trailingSlash: 'always',
  // MDX through Astro's Sätteri processor. After the build: link-preview pictures drawn from each
  // diagram's first frame, the search index, then each page's CSP <meta> moved to the top of <head>.
  integrations: [
    mdx({ processor: satteri({ hastPlugins: [codeHighlight] }) }),
    preact(),
    previews(),
    searchIndex(),
    cspMetaFirst(),
  ],
  markdown: {
    // Astro's own Shiki step is off: it would warn that Shiki's inline styles defeat the CSP, which
    // ours does not (codeHighlight above colours tokens by class).
    syntaxHighlight: false,
  },
  security: {
    // A Content-Security-Policy <meta> on every page (cspMetaFirst moves it to the top of <head>).
    // Astro fills script-src and style-src with 'self' and the hashes of any inline script or style
    // it emits itself.
    // No 'unsafe-eval' and no 'unsafe-inline' for scripts, ever.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly; it allows no
        // eval() or new Function() of JavaScript.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // The theme snippet is an is:inline script, which Astro does not hash by itself.
        hashes: [THEME_INIT_DIGEST],
      },
      // No styleDirective: <style> elements, stylesheets and style attributes are all limited to
      // 'self' and hashes. Code blocks are coloured by class (src/components/code-classes.ts), and
      // the diagrams' server HTML uses attributes and classes, never style="…".
    },
  },
  // The dev toolbar's audits log errors of their own in the browser console; the tests check the
  // built pages for what they check.
  devToolbar: { enabled: false },
  build: {
    // Stylesheets as files, never inline <style>: keeps a strict Content-Security-Policy simple.
    inlineStylesheets: 'never',
  },
  vite: {
    plugins: [preactWithoutSignals(), diagramCssOnServer(), quietHeadInject()],
    build: {
      // Scripts as files too (Vite would inline small ones): the only inline script is the theme
      // snippet (Head.astro), hashed in the policy.
      assetsInlineLimit: 0,
    },
  },
});
