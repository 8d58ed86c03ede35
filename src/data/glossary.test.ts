import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { alphabetical, findTerm, glossary } from './glossary.ts';

test('every term id is kebab-case and used once, and every term names the lesson that introduces it', () => {
  const seen = new Set<string>();
  for (const { id, lesson } of glossary) {
    assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `id "${id}"`);
    assert.match(lesson, /^[a-z0-9]+(-[a-z0-9]+)*$/, `lesson of "${id}"`);
    assert.ok(!seen.has(id), `duplicate id "${id}"`);
    seen.add(id);
  }
});

test('the words the course relies on are all defined', () => {
  const required = ['thread', 'task', 'core', 'scheduler', 'time-slice', 'preempt', 'context-switch', 'running', 'ready', 'blocked', 'done', 'run-queue', 'executor', 'poll', 'future', 'waker', 'reactor', 'await-point', 'cooperative-scheduling', 'blocking-call', 'work-stealing'];
  for (const id of required) assert.equal(findTerm(id).id, id);
});

test('definitions are one or two sentences and carry no numbers (lessons give those, with sources)', () => {
  for (const { id, definition } of glossary) {
    const sentences = definition.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
    assert.ok(sentences >= 1 && sentences <= 2, `"${id}" has ${sentences} sentences`);
    assert.doesNotMatch(definition, /\d/, `"${id}" has a number`);
    assert.match(definition, /[.!?]$/, `"${id}" ends mid-sentence`);
  }
});

test('an unknown term id throws, naming it', () => {
  assert.throws(() => findTerm('contex-switch'), /<Term id="contex-switch">: no such term/);
});

test('the page lists terms alphabetically, whatever their case or symbols', () => {
  const names = alphabetical().map((t) => t.term);
  assert.equal(names[0], 'await point');
  assert.ok(names.indexOf('I/O') < names.indexOf('poll'));
  assert.equal(names.length, glossary.length);
});

test('the lesson that introduces a term links it with <Term> (read from the MDX sources)', () => {
  const dir = new URL('../../content/lessons/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  for (const { id, lesson } of glossary) {
    const file = files.find((f) => f.replace(/^\d+[-_]/, '').replace(/\.mdx$/, '') === lesson);
    assert.ok(file, `"${id}" names lesson "${lesson}", which has no file in content/lessons`);
    const text = readFileSync(new URL(file, dir), 'utf8');
    assert.match(text, new RegExp(`<Term id="${id}">`), `${file} introduces "${id}" but never links it with <Term id="${id}">`);
  }
});
