import { createHash } from 'node:crypto';

/** localStorage key holding the reader's explicit choice, 'light' or 'dark'. */
export const THEME_STORAGE_KEY = 'cmv-theme';

/**
 * The one inline script of the site, run in <head> before first paint so the
 * page never flashes the wrong theme. It sets data-theme on <html> from the
 * stored choice, else from the system preference. It is a constant string, so
 * its CSP hash is known at build time (THEME_INIT_HASH). Without JavaScript it
 * never runs and tokens.css follows prefers-color-scheme instead.
 */
export const THEME_INIT_SCRIPT =
  `(function(){var d=document.documentElement,t=null;` +
  `try{t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)})}catch(e){}` +
  `if(t!=='light'&&t!=='dark'){t=window.matchMedia&&matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}` +
  `d.setAttribute('data-theme',t)})();`;

/** SHA-256 digest of THEME_INIT_SCRIPT as Astro's `security.csp` hashes take it (no quotes). */
export const THEME_INIT_DIGEST: `sha256-${string}` = `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}`;

/** CSP source expression for THEME_INIT_SCRIPT, e.g. for `script-src`. */
export const THEME_INIT_HASH = `'${THEME_INIT_DIGEST}'`;
