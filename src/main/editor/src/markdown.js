// Markdown in and out of the editor. Markdown is the stored format, so the editor must not rewrite what the author
// did not touch: each top-level block remembers the exact source it was read from, and is written back from that
// source for as long as it is unchanged. Only the blocks that were edited are written anew.
import MarkdownIt from 'markdown-it';
import { MarkdownParser, MarkdownSerializer, defaultMarkdownSerializer } from 'prosemirror-markdown';
import { schema } from './schema.js';

// The server reads CommonMark with GFM tables (MarkdownRenderer); so does the editor, raw HTML included.
const markdownIt = MarkdownIt('commonmark', { html: true }).enable('table');

function listIsTight(tokens, i) {
  while (++i < tokens.length) {
    if (tokens[i].type !== 'list_item_open') {
      return tokens[i].hidden;
    }
  }
  return false;
}

function align(token) {
  const style = token.attrGet('style') || '';
  const found = /text-align:\s*(left|center|right)/.exec(style);
  return { align: found ? found[1] : null };
}

let lastTokens = null;
const tokenizer = {
  parse(text, env) {
    lastTokens = markdownIt.parse(text, env);
    return lastTokens;
  }
};

const parser = new MarkdownParser(schema, tokenizer, {
  blockquote: { block: 'blockquote' },
  paragraph: { block: 'paragraph' },
  list_item: { block: 'list_item' },
  bullet_list: { block: 'bullet_list', getAttrs: (tok, tokens, i) => ({ tight: listIsTight(tokens, i), bullet: tok.markup || '-' }) },
  ordered_list: {
    block: 'ordered_list',
    getAttrs: (tok, tokens, i) => ({ order: +tok.attrGet('start') || 1, tight: listIsTight(tokens, i) })
  },
  heading: { block: 'heading', getAttrs: (tok) => ({ level: Math.min(Math.max(+tok.tag.slice(1), 2), 3) }) },
  code_block: { block: 'code_block', noCloseToken: true, getAttrs: () => ({ fenced: false }) },
  fence: { block: 'code_block', getAttrs: (tok) => ({ params: tok.info || '' }), noCloseToken: true },
  hr: { node: 'horizontal_rule', getAttrs: (tok) => ({ markup: tok.markup || '---' }) },
  table: { block: 'table' },
  thead: { ignore: true },
  tbody: { ignore: true },
  tr: { block: 'table_row' },
  th: { block: 'table_header', getAttrs: align },
  td: { block: 'table_cell', getAttrs: align },
  html_block: { node: 'html_block', getAttrs: (tok) => ({ source: tok.content.replace(/\n+$/, '') }) },
  html_inline: { node: 'html_inline', getAttrs: (tok) => ({ source: tok.content }) },
  image: {
    node: 'image',
    getAttrs: (tok) => ({
      src: tok.attrGet('src'),
      title: tok.attrGet('title') || null,
      alt: (tok.children || []).map((child) => child.content).join('')
    })
  },
  hardbreak: { node: 'hard_break' },
  em: { mark: 'em' },
  strong: { mark: 'strong' },
  link: { mark: 'link', getAttrs: (tok) => ({ href: tok.attrGet('href'), title: tok.attrGet('title') || null }) },
  code_inline: { mark: 'code', noCloseToken: true }
});

const base = defaultMarkdownSerializer.nodes;

function cellMarkdown(cell) {
  const text = serializer.serialize(schema.node('doc', null, [schema.node('paragraph', null, cell.content)]));
  return text.replace(/\n+/g, ' ').replace(/\|/g, '\\|').trim();
}

const serializer = new MarkdownSerializer(
  {
    ...base,
    heading(state, node) {
      state.write('#'.repeat(node.attrs.level) + ' ');
      state.renderInline(node, false);
      state.closeBlock(node);
    },
    bullet_list(state, node) {
      state.renderList(node, '  ', () => (node.attrs.bullet || '-') + ' ');
    },
    code_block(state, node) {
      if (!node.attrs.fenced) {
        state.wrapBlock('    ', null, node, () => state.text(node.textContent, false));
        return;
      }
      base.code_block(state, node);
    },
    table(state, node) {
      const rows = [];
      node.forEach((row) => {
        const cells = [];
        row.forEach((c) => cells.push(cellMarkdown(c)));
        rows.push(cells);
      });
      const width = Math.max(...rows.map((r) => r.length));
      const line = (cells) => '| ' + Array.from({ length: width }, (_, i) => cells[i] || '').join(' | ') + ' |';
      const aligns = [];
      node.firstChild.forEach((c) => aligns.push(c.attrs.align));
      const rule = '| ' + Array.from({ length: width }, (_, i) => {
        const a = aligns[i];
        return a === 'center' ? ':---:' : a === 'left' ? ':---' : a === 'right' ? '---:' : '---';
      }).join(' | ') + ' |';
      [line(rows[0]), rule, ...rows.slice(1).map(line)].forEach((text) => {
        state.write(text);
        state.ensureNewLine();
      });
      state.closeBlock(node);
    },
    html_block(state, node) {
      state.write(node.attrs.source);
      state.closeBlock(node);
    },
    html_inline(state, node) {
      state.write(node.attrs.source);
    },
    image(state, node) {
      state.write('![' + state.esc(node.attrs.alt || '') + '](' + node.attrs.src.replace(/[()\s]/g, (c) => encodeURI(c) === c ? '\\' + c : encodeURI(c)) +
        (node.attrs.title ? ' "' + node.attrs.title.replace(/"/g, '\\"') + '"' : '') + ')');
    }
  },
  defaultMarkdownSerializer.marks
);

/** Markdown of one top-level block, without the blank line after it. */
function blockMarkdown(node) {
  return serializer.serialize(schema.topNodeType.create(null, [node])).replace(/\s+$/, '');
}

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * Reads Markdown into a document, and returns with it what writing it back needs: the source of each top-level block
 * and the text between blocks.
 */
export function parseMarkdown(markdown) {
  // markdown-it counts lines in text whose line ends are \n; the textarea's value has no other.
  const source = (markdown || '').replace(/\r\n?/g, '\n');
  const doc = parser.parse(source);
  const tokens = lastTokens || [];
  const starts = lineStarts(source);
  const ranges = [];
  for (const token of tokens) {
    if (token.level === 0 && token.map && token.nesting !== -1) {
      ranges.push(token.map);
    }
  }
  const original = { source, doc, blocks: [], gaps: [], lead: '', trail: '', aligned: false };
  if (ranges.length === doc.childCount && doc.childCount > 0 && source.trim() !== '') {
    const at = (line) => (line < starts.length ? starts[line] : source.length);
    const spans = ranges.map(([from, to]) => {
      const start = at(from);
      let end = at(to);
      while (end > start && /\s/.test(source[end - 1])) {
        end--;
      }
      return [start, end];
    });
    original.aligned = true;
    original.lead = source.slice(0, spans[0][0]);
    original.trail = source.slice(spans[spans.length - 1][1]);
    spans.forEach(([start, end], i) => {
      original.blocks.push(source.slice(start, end));
      if (i > 0) {
        original.gaps.push(source.slice(spans[i - 1][1], start));
      }
    });
  }
  return original;
}

/**
 * Writes a document as Markdown. Blocks that are the ones read (or equal to them, as after an undo) are written as
 * they were read, with the same text between them; edited or new ones are written by the serializer, with a blank
 * line between blocks.
 */
export function createWriter(original) {
  const known = new WeakMap();
  if (original.aligned) {
    original.doc.forEach((node, _offset, index) => known.set(node, index));
  }
  const written = new WeakMap();

  function indexOf(node, position) {
    if (!original.aligned) {
      return -1;
    }
    let index = known.get(node);
    if (index !== undefined) {
      return index;
    }
    // A block equal to the one read at the same place (an undo gives back an equal, not the same, node).
    const candidates = [position, position - 1, position + 1];
    for (const k of candidates) {
      if (k >= 0 && k < original.doc.childCount && original.doc.child(k).eq(node)) {
        known.set(node, k);
        return k;
      }
    }
    known.set(node, -1);
    return -1;
  }

  return function write(doc) {
    if (doc === original.doc) {
      return original.source;
    }
    const empty = doc.childCount === 1 && doc.firstChild.isTextblock && doc.firstChild.content.size === 0;
    if (empty) {
      return '';
    }
    let out = '';
    let previous = -2;
    doc.forEach((node, _offset, position) => {
      // An empty paragraph (Enter pressed twice) says nothing in Markdown, and reads back as nothing.
      if (node.type === schema.nodes.paragraph && node.content.size === 0) {
        return;
      }
      const index = indexOf(node, position);
      if (out === '' && previous === -2) {
        out += index === 0 ? original.lead : '';
      } else {
        out += index >= 1 && previous === index - 1 ? original.gaps[index - 1] : '\n\n';
      }
      if (index >= 0) {
        out += original.blocks[index];
      } else {
        let text = written.get(node);
        if (text === undefined) {
          text = blockMarkdown(node);
          written.set(node, text);
        }
        out += text;
      }
      previous = index;
    });
    const lastIsOriginal = original.aligned && previous === original.doc.childCount - 1;
    out += lastIsOriginal ? original.trail : (/\n$/.test(original.source) ? '\n' : '');
    return out;
  };
}

/** The document of a piece of Markdown, e.g. the line the image picker gives for an image. */
export function markdownToDoc(markdown) {
  return parser.parse(markdown);
}

export { blockMarkdown };
