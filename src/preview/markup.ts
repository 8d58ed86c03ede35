/**
 * A small, forgiving parser for the HTML the build writes (and the SVG inside it): enough to find
 * a diagram's figure in a built page, read its text, restyle its SVG and write it back out. Not a
 * general HTML parser: it knows void elements, raw-text elements, comments and self-closing tags,
 * and closes unclosed elements when an ancestor ends. Attribute values and text are kept as they
 * were written (still escaped), so serializing gives the same markup back. Pure.
 */

export interface Element {
  readonly tag: string;
  /** Attribute values as written in the source, entities still escaped. */
  readonly attrs: Map<string, string>;
  readonly children: Node[];
  parent: Element | undefined;
}

export interface Text {
  /** As written in the source, entities still escaped. */
  readonly text: string;
}

export type Node = Element | Text;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style']);

export function isElement(node: Node): node is Element {
  return 'tag' in node;
}

function element(tag: string, parent: Element | undefined): Element {
  return { tag, attrs: new Map(), children: [], parent };
}

const TAG_NAME = /^[A-Za-z][\w:-]*/;
const ATTR = /^\s*([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/;

/** Parses markup into a tree under a root element with the tag `#root`. */
export function parseMarkup(source: string): Element {
  const root = element('#root', undefined);
  let current = root;
  let i = 0;
  const text = (s: string): void => {
    if (s !== '') current.children.push({ text: s });
  };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt < 0) {
      text(source.slice(i));
      break;
    }
    text(source.slice(i, lt));
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      i = end < 0 ? source.length : end + 3;
      continue;
    }
    if (source.startsWith('<!', lt) || source.startsWith('<?', lt)) {
      const end = source.indexOf('>', lt);
      i = end < 0 ? source.length : end + 1;
      continue;
    }
    if (source.startsWith('</', lt)) {
      const end = source.indexOf('>', lt);
      const name = source.slice(lt + 2, end < 0 ? source.length : end).trim().toLowerCase();
      i = end < 0 ? source.length : end + 1;
      // Close up to the matching open element; a stray end tag is ignored.
      for (let open: Element | undefined = current; open && open !== root; open = open.parent) {
        if (open.tag.toLowerCase() === name) {
          current = open.parent ?? root;
          break;
        }
      }
      continue;
    }
    const nameMatch = TAG_NAME.exec(source.slice(lt + 1));
    if (!nameMatch) {
      text('<');
      i = lt + 1;
      continue;
    }
    const tag = nameMatch[0];
    const el = element(tag, current);
    let j = lt + 1 + tag.length;
    let selfClosing = false;
    for (;;) {
      const rest = source.slice(j);
      const close = /^\s*(\/?)>/.exec(rest);
      if (close) {
        selfClosing = close[1] === '/';
        j += close[0].length;
        break;
      }
      const attr = ATTR.exec(rest);
      if (!attr || attr[0] === '') {
        j = source.length;
        break;
      }
      el.attrs.set(attr[1] ?? '', attr[2] ?? attr[3] ?? attr[4] ?? '');
      j += attr[0].length;
    }
    current.children.push(el);
    i = j;
    const lower = tag.toLowerCase();
    if (RAW_TEXT.has(lower) && !selfClosing) {
      const end = source.toLowerCase().indexOf(`</${lower}`, i);
      const stop = end < 0 ? source.length : end;
      if (stop > i) el.children.push({ text: source.slice(i, stop) });
      const gt = end < 0 ? -1 : source.indexOf('>', end);
      i = gt < 0 ? source.length : gt + 1;
    } else if (!selfClosing && !VOID.has(lower)) {
      current = el;
    }
  }
  return root;
}

/** Escapes text for an attribute value or element content. */
export function escapeMarkup(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Writes a node back out as markup; empty non-void elements get an explicit end tag. */
export function serialize(node: Node): string {
  if (!isElement(node)) return node.text;
  const inner = node.children.map(serialize).join('');
  if (node.tag === '#root') return inner;
  const attrs = [...node.attrs].map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('');
  if (VOID.has(node.tag.toLowerCase())) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

/** Every element under `el` (not `el` itself), in document order. */
export function descendants(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element): void => {
    for (const child of e.children) {
      if (isElement(child)) {
        out.push(child);
        walk(child);
      }
    }
  };
  walk(el);
  return out;
}

export function classes(el: Element): string[] {
  return (el.attrs.get('class') ?? '').split(/\s+/).filter((c) => c !== '');
}

/** The first element under `root` with this id. */
export function findById(root: Element, id: string): Element | undefined {
  return descendants(root).find((e) => e.attrs.get('id') === id);
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references the build writes (named basics and numeric ones). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** The text an element shows, decoded, with runs of white space collapsed. */
export function textContent(el: Element): string {
  const parts: string[] = [];
  const walk = (e: Element): void => {
    if (RAW_TEXT.has(e.tag.toLowerCase())) return;
    for (const child of e.children) {
      if (isElement(child)) walk(child);
      else parts.push(child.text);
    }
  };
  walk(el);
  return decodeEntities(parts.join('')).replace(/\s+/g, ' ').trim();
}
