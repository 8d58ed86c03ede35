/**
 * The search page's script: loads the Pagefind index written at build time (from this site, so it
 * works offline and under any base path), searches as the reader types, and lists the lessons and
 * glossary entries that match, with the sections inside them. The query is kept in the address
 * (?q=…), so a search can be linked and the back button returns to it.
 */

interface PagefindExcerpt {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
}

interface PagefindResultData extends PagefindExcerpt {
  readonly meta: { readonly title?: string; readonly label?: string };
  readonly sub_results?: readonly PagefindExcerpt[];
}

interface Pagefind {
  options(options: { baseUrl: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 10;
const MAX_SECTIONS = 3;

/** Pagefind's excerpt (escaped text with <mark> around matches) as DOM nodes, copying nothing else. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out: Node[] = [];
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.append(...children);
  return el;
}

function link(url: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = url;
  a.textContent = text;
  return a;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'search-result');
  const title = data.meta.title ?? data.title;
  // "Lesson 3" above a lesson's title; nothing above "Glossary", which says what it is.
  if (data.meta.label && data.meta.label !== title) item.append(element('p', 'search-result-label', data.meta.label));
  item.append(element('h2', 'search-result-title', link(data.url, title)));
  // Sections of the page that match, each with its own anchor (a glossary term, a lesson heading).
  const sections = (data.sub_results ?? []).filter((s) => s.url !== data.url && new URL(s.url, location.href).hash !== '').slice(0, MAX_SECTIONS);
  if (sections.length === 0) {
    item.append(element('p', 'search-result-excerpt', ...excerptNodes(data.excerpt)));
  } else {
    const list = element('ul', 'search-result-sections');
    for (const s of sections) {
      list.append(element('li', '', link(s.url, s.title), element('p', 'search-result-excerpt', ...excerptNodes(s.excerpt))));
    }
    item.append(list);
  }
  return item;
}

async function start(form: HTMLFormElement): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const { bundle = '', base = '/' } = form.dataset;
  if (!input || !status || !list) return;

  // The index exists only in a build: under `npm start` say so without requesting a missing file.
  if (import.meta.env.DEV) {
    status.textContent = 'Search works in a build: run `npm run build`, then `npm run preview`.';
    return;
  }
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    await pagefind.init();
  } catch {
    status.textContent = 'Search is not available: the search index is missing. It is written by `npm run build`.';
    return;
  }

  const run = async (query: string): Promise<void> => {
    const q = query.trim();
    const url = new URL(location.href);
    if (q === '') url.searchParams.delete('q');
    else url.searchParams.set('q', q);
    history.replaceState(null, '', url);
    if (q === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.debouncedSearch(q, {}, 200);
    if (search === null) return; // a newer query replaced this one
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (input.value.trim() !== q) return;
    list.replaceChildren(...data.map(renderResult));
    const n = search.results.length;
    status.textContent =
      n === 0
        ? `No results for “${q}”. Try another word, or browse the glossary.`
        : `${n} ${n === 1 ? 'page' : 'pages'} found for “${q}”${n > MAX_RESULTS ? `; showing the first ${MAX_RESULTS}` : ''}.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  input.addEventListener('input', () => void run(input.value));
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  if (initial !== '') {
    input.value = initial;
    await run(initial);
  }
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) void start(form);
