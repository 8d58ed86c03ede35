/**
 * A Vite plugin that keeps the diagrams' stylesheets out of the browser bundle. Each diagram
 * component imports its CSS; on the server that is how Astro knows which stylesheets a page needs
 * (the island components in src/islands import the diagram, so a page links exactly the CSS of the
 * diagrams it shows). But the islands' scripts import the same components for the browser, and
 * Astro links every stylesheet its scripts import on every page of the site: each page would load
 * the CSS of all ten diagrams, and the hydration code would carry CSS preloads for them too. In the
 * browser bundle, a stylesheet imported from src/diagrams is therefore an empty module.
 */
import type { Plugin } from 'vite';

const EMPTY = '\0diagram-css-on-server';
const DIAGRAM_CODE = /[\\/]src[\\/](diagrams|islands)[\\/]/;

/** Whether an import is a diagram's stylesheet, as seen from the browser build. */
export function isDiagramCss(source: string, importer: string | undefined): boolean {
  return source.endsWith('.css') && importer !== undefined && DIAGRAM_CODE.test(importer);
}

export function diagramCssOnServer(): Plugin {
  return {
    name: 'diagram-css-on-server',
    enforce: 'pre',
    resolveId(source, importer, options) {
      const client = this.environment ? this.environment.config.consumer === 'client' : !options?.ssr;
      return client && isDiagramCss(source, importer) ? EMPTY : null;
    },
    load(id) {
      return id === EMPTY ? 'export {};' : null;
    },
  };
}
