/**
 * A Vite plugin that takes Preact Signals support out of the browser code of @astrojs/preact's
 * island renderer. The renderer imports `@preact/signals` dynamically, only for islands given a
 * signal as a prop, which no island here is; but a dynamic import alone makes the bundler add its
 * preload helper (0.9 KB gzip) to every page with an island, for nothing. The branch is replaced
 * by an error naming this file, so a signal prop added one day fails loudly, not silently.
 *
 * If a new version of the renderer no longer has the exact code below, the build fails with a
 * message saying so (and a unit test checks it against the installed version).
 */
import type { Plugin } from 'vite';

const RENDERER = /[\\/]@astrojs[\\/]preact[\\/]dist[\\/]client\.js$/;
export const SIGNALS_IMPORT = 'const { signal } = await import("@preact/signals");';
const REPLACEMENT =
  'throw new Error("An island was given a Preact signal as a prop, which src/plugins/preact-without-signals.ts turns off"); const signal = null;';

/** The renderer's code with the signals import replaced; throws if the import is not there. */
export function withoutSignals(code: string, id = '@astrojs/preact/dist/client.js'): string {
  if (!code.includes(SIGNALS_IMPORT)) {
    throw new Error(`${id} no longer contains \`${SIGNALS_IMPORT}\`: update src/plugins/preact-without-signals.ts`);
  }
  return code.replace(SIGNALS_IMPORT, REPLACEMENT);
}

export function preactWithoutSignals(): Plugin {
  return {
    name: 'preact-without-signals',
    enforce: 'pre',
    transform(code, id) {
      if (!RENDERER.test(id)) return null;
      return { code: withoutSignals(code, id), map: null };
    },
  };
}
