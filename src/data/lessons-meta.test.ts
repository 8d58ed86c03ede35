import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lessonSlug, neighbours, orderLessons, type LessonLike } from './lessons-meta.ts';

function lesson(id: string, order: number, draft?: boolean): LessonLike {
  return { id, filePath: `content/lessons/${id}.mdx`, data: { title: id, order, draft } };
}

test('slug drops the leading number and keeps the rest of the file name', () => {
  assert.equal(lessonSlug('01-tasks-and-threads'), 'tasks-and-threads');
  assert.equal(lessonSlug('12-blocked-ready-running'), 'blocked-ready-running');
  assert.equal(lessonSlug('extras/03-glossary'), 'glossary');
});

test('slug without a number is the id itself', () => {
  assert.equal(lessonSlug('appendix'), 'appendix');
});

test('lessons come out sorted by order, whatever order the files were read in', () => {
  const ordered = orderLessons([lesson('03-c', 3), lesson('01-a', 1), lesson('02-b', 2)]);
  assert.deepEqual(
    ordered.map((l) => l.id),
    ['01-a', '02-b', '03-c'],
  );
});

test('drafts are left out unless asked for', () => {
  const all = [lesson('01-a', 1), lesson('02-b', 2, true)];
  assert.deepEqual(
    orderLessons(all).map((l) => l.id),
    ['01-a'],
  );
  assert.equal(orderLessons(all, true).length, 2);
});

test('two lessons with the same order fail, naming both files', () => {
  assert.throws(
    () => orderLessons([lesson('01-a', 1), lesson('02-b', 1)]),
    /content\/lessons\/01-a\.mdx and content\/lessons\/02-b\.mdx both have order 1/,
  );
});

test('two lessons with the same slug fail, naming both files', () => {
  assert.throws(() => orderLessons([lesson('01-a', 1), lesson('02-a', 2)]), /would both be served at \/lessons\/a\//);
});

test('neighbours of the first and last lesson have no prev and no next', () => {
  const list = ['a', 'b', 'c'];
  assert.deepEqual(neighbours(list, 0), { prev: undefined, next: 'b' });
  assert.deepEqual(neighbours(list, 2), { prev: 'b', next: undefined });
});
