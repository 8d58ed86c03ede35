import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages, readDist } from '../scripts/lib/dist.ts';
import { elements, parseHtml, withAttribute } from '../scripts/lib/html.ts';

/**
 * A page links the stylesheets of the diagrams it shows and no others. (The islands' browser
 * scripts import the diagram components too; without src/plugins/diagram-css-on-server.ts every
 * page of the site, the glossary included, linked the CSS of all ten diagrams.) A diagram's
 * stylesheet is named after its component, e.g. MultiWorker.<hash>.css.
 * The diagrams' own pages and embeds included: each diagram has a page file of its own for that
 * (src/pages/diagrams/<id>/[...view].astro).
 */
const ISLANDS = new URL('../src/islands/', import.meta.url);
const diagrams = readdirSync(ISLANDS)
  .filter((f) => f.endsWith('.astro') && f !== 'Island.astro')
  .map((f) => {
    const source = readFileSync(new URL(f, ISLANDS), 'utf8');
    const id = /<Island name="([a-z-]+)"/.exec(source)?.[1];
    const component = /import Component from '\.\.\/diagrams\/[\w-]+\/(\w+)\.tsx'/.exec(source)?.[1];
    if (!id || !component) throw new Error(`src/islands/${f}: no <Island name="…"> or diagram import found`);
    return { id, component };
  });

test('every page links only the stylesheets of the diagrams it shows', () => {
  expect(diagrams.length).toBeGreaterThan(0);
  const wrong: string[] = [];
  for (const path of builtPages()) {
    const doc = parseHtml(readDist(`${path}index.html`));
    const shown = new Set(withAttribute(doc, 'id').filter((e) => e.name === 'figure').map((e) => e.attribs['id']));
    const sheets = elements(doc, 'link')
      .filter((l) => l.attribs['rel'] === 'stylesheet')
      .map((l) => (l.attribs['href'] ?? '').split('/').pop() ?? '');
    for (const { id, component } of diagrams) {
      const sheet = sheets.find((s) => s.startsWith(`${component}.`));
      if (sheet && !shown.has(id)) wrong.push(`/${path} links ${sheet} but does not show ${id}`);
    }
  }
  expect(wrong).toEqual([]);
});
