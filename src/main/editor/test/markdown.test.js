import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parseMarkdown, createWriter } from '../src/markdown.js';

const demo = new URL('../../resources/demo/articles/', import.meta.url);

function bodyOf(file) {
  const text = readFileSync(new URL(file, demo), 'utf8');
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}

test('an untouched demo story is written back byte for byte', () => {
  for (const file of readdirSync(demo)) {
    const body = bodyOf(file);
    const original = parseMarkdown(body);
    const write = createWriter(original);
    assert.equal(original.aligned, true, file);
    // A copy of the document (equal blocks, not the same objects) is still the same Markdown.
    assert.equal(write(original.doc.type.create(null, original.doc.content.content.map((n) => n.copy(n.content)))), body, file);
  }
});

test('tables, images and HTML survive', () => {
  const body = 'Intro\n\n| a | b |\n| :-- | --: |\n| 1 | 2 |\n\n![Alt](media:12 "Cap")\n\n<div>raw</div>\n\n- one\n- two\n';
  const original = parseMarkdown(body);
  const write = createWriter(original);
  const fresh = createWriter({ ...parseMarkdown(''), aligned: false });
  assert.equal(write(original.doc.copy(original.doc.content)), body);
  console.log(JSON.stringify(fresh(original.doc)));
});
