import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLinkUrl } from '../src/links.js';

test('web, mail and site addresses pass; script and data addresses are refused', () => {
  assert.deepEqual(checkLinkUrl(' https://example.org/a '), { url: 'https://example.org/a' });
  assert.deepEqual(checkLinkUrl('example.org/a'), { url: 'https://example.org/a' });
  assert.deepEqual(checkLinkUrl('/world'), { url: '/world' });
  assert.deepEqual(checkLinkUrl('desk@example.org'), { url: 'mailto:desk@example.org' });
  for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '']) {
    assert.ok(checkLinkUrl(bad).error, bad);
  }
});
