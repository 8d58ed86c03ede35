/**
 * An mdast plugin for the lessons' MDX (run by Astro's Sätteri Markdown processor): puts every
 * island, a JSX element written with a `client:*` directive such as `<TasksOnCores client:visible />`,
 * inside a <div class="island"> of its own.
 *
 * Why: before the first island of a page Astro emits an inline
 * `<style>astro-island,…{display:contents}</style>` and its loader scripts, right where the island
 * is. Among the prose that <style> lands mid-body, and HTML allows a <style> in <body> only as the
 * first child of its parent (the HTML validation gate fails). In a wrapper of its own it always is.
 * The wrapper has no box styling, so the island's margins collapse through it: the page looks the same.
 */

/** The part of an MDX JSX element node this plugin reads. */
export interface JsxNode {
  readonly type: string;
  readonly name?: string | null;
  readonly attributes?: readonly { readonly type: string; readonly name?: unknown }[];
}

/** The part of Sätteri's visitor context this plugin uses. */
interface WrapContext {
  wrapNode(node: JsxNode, parent: JsxNode & { children: [] }): void;
}

/** Class of the wrapper, for anyone styling or finding it. */
export const ISLAND_WRAPPER_CLASS = 'island';

/** Whether `node` is a block-level island: a JSX element with a `client:*` directive. */
export function isIsland(node: JsxNode): boolean {
  return (
    node.type === 'mdxJsxFlowElement' &&
    (node.attributes ?? []).some((a) => a.type === 'mdxJsxAttribute' && typeof a.name === 'string' && a.name.startsWith('client:'))
  );
}

/** The wrapper element, as an MDX JSX node. */
export function islandWrapper(): JsxNode & { children: [] } {
  return {
    type: 'mdxJsxFlowElement',
    name: 'div',
    attributes: [{ type: 'mdxJsxAttribute', name: 'class', value: ISLAND_WRAPPER_CLASS } as { type: string; name: string }],
    children: [],
  };
}

/** The plugin: pass it in `satteri({ mdastPlugins: [wrapIslands] })`. */
export const wrapIslands = {
  name: 'wrap-islands',
  mdxJsxFlowElement(node: JsxNode, ctx: WrapContext): void {
    if (isIsland(node)) ctx.wrapNode(node, islandWrapper());
  },
};
