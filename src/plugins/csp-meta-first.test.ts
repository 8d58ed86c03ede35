import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moveCspMetaFirst } from './csp-meta-first.ts';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x='">`;

test('the policy moves to just after <meta charset>, ahead of the inline theme script', () => {
  const html = `<html><head><meta charset="utf-8"><script>theme()</script><title>T</title>${CSP}<link rel="stylesheet" href="/a.css"></head></html>`;
  assert.equal(
    moveCspMetaFirst(html),
    `<html><head><meta charset="utf-8">${CSP}<script>theme()</script><title>T</title><link rel="stylesheet" href="/a.css"></head></html>`,
  );
});

test('a page already in order, or without a policy, is left as it is', () => {
  const ordered = `<head><meta charset="utf-8">${CSP}<script>x()</script></head>`;
  assert.equal(moveCspMetaFirst(ordered), ordered);
  const none = '<head><meta charset="utf-8"><title>T</title></head>';
  assert.equal(moveCspMetaFirst(none), none);
});
