/** Reading built HTML: a parsed document and the few queries the checks need. */
import { DomUtils, parseDocument } from 'htmlparser2';

export type Document = ReturnType<typeof parseDocument>;
export type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

/** Parses an HTML document. */
export function parseHtml(html: string): Document {
  return parseDocument(html);
}

/** Every element named `tag` (lower case), in document order. */
export function elements(doc: Document, tag: string): Element[] {
  return DomUtils.getElementsByTagName(tag, doc, true);
}

/** Every element that has attribute `name`, in document order. */
export function withAttribute(doc: Document, name: string): Element[] {
  return DomUtils.findAll((e) => e.attribs[name] !== undefined, doc.children);
}

/** The text inside an element, as written (for inline scripts and styles). */
export function textOf(element: Element): string {
  return DomUtils.textContent(element);
}

/** Whether a <script> element holds JavaScript (classic or module), not data such as JSON. */
export function isJavaScript(script: Element): boolean {
  const type = (script.attribs['type'] ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}
