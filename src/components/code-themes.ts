/**
 * The Shiki themes for every code block: Markdown fences (astro.config.mjs)
 * and <Listing> (Astro's <Code>). Both are emitted as CSS variables
 * (--shiki-light / --shiki-dark) and global.css picks one by data-theme.
 * Chosen because every token colour reaches 4.5:1 on --code-bg in its theme.
 */
export const codeThemes = { light: 'github-light-high-contrast', dark: 'github-dark-default' } as const;
