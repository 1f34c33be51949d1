// The body's document model: exactly what the stored Markdown can say (CommonMark with GFM tables, as the server's
// MarkdownRenderer reads it), so that whatever the editor holds can be written back as Markdown. Raw HTML in the
// Markdown is kept as it was written, in nodes of its own, rather than dropped.
import { Schema } from 'prosemirror-model';
import { tableNodes } from 'prosemirror-tables';

// Every block follows the direction of its own text: an English quote in an Arabic story reads left to right.
const auto = { dir: 'auto' };

const tables = tableNodes({
  tableGroup: 'block',
  cellContent: 'inline*',
  cellAttributes: {
    align: {
      default: null,
      getFromDOM(dom) {
        const align = dom.getAttribute('align');
        return align === 'left' || align === 'center' || align === 'right' ? align : null;
      },
      setDOMAttr(value, attrs) {
        if (value) {
          attrs.align = value;
        }
      }
    }
  }
});
const cell = (spec) => ({ ...spec, toDOM: (node) => { const dom = spec.toDOM(node); dom[1] = { ...dom[1], dir: 'auto' }; return dom; } });
tables.table_cell = cell(tables.table_cell);
tables.table_header = cell(tables.table_header);
tables.table.toDOM = () => ['div', { class: 'editor-table' }, ['table', ['tbody', 0]]];

export const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: {
      content: 'inline*',
      group: 'block',
      parseDOM: [{ tag: 'p' }],
      toDOM: () => ['p', auto, 0]
    },
    heading: {
      attrs: { level: { default: 2 } },
      content: 'inline*',
      group: 'block',
      defining: true,
      parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: 'h' + level, attrs: { level: Math.min(Math.max(level, 2), 3) } })),
      toDOM: (node) => ['h' + node.attrs.level, auto, 0]
    },
    blockquote: {
      content: 'block+',
      group: 'block',
      defining: true,
      parseDOM: [{ tag: 'blockquote' }],
      toDOM: () => ['blockquote', auto, 0]
    },
    horizontal_rule: {
      attrs: { markup: { default: '---' } },
      group: 'block',
      parseDOM: [{ tag: 'hr' }],
      toDOM: () => ['div', { class: 'editor-rule' }, ['hr']]
    },
    code_block: {
      attrs: { params: { default: '' }, fenced: { default: true } },
      content: 'text*',
      marks: '',
      group: 'block',
      code: true,
      defining: true,
      parseDOM: [{ tag: 'pre', preserveWhitespace: 'full' }],
      toDOM: () => ['pre', { dir: 'ltr' }, ['code', 0]]
    },
    bullet_list: {
      attrs: { tight: { default: true }, bullet: { default: '-' } },
      content: 'list_item+',
      group: 'block',
      parseDOM: [{ tag: 'ul' }],
      toDOM: () => ['ul', auto, 0]
    },
    ordered_list: {
      attrs: { order: { default: 1 }, tight: { default: true } },
      content: 'list_item+',
      group: 'block',
      parseDOM: [{ tag: 'ol', getAttrs: (dom) => ({ order: dom.hasAttribute('start') ? +dom.getAttribute('start') || 1 : 1 }) }],
      toDOM: (node) => ['ol', { dir: 'auto', start: node.attrs.order === 1 ? null : node.attrs.order }, 0]
    },
    list_item: {
      content: 'block+',
      defining: true,
      parseDOM: [{ tag: 'li' }],
      toDOM: () => ['li', 0]
    },
    ...tables,
    // Raw HTML as the author wrote it: shown as its source, written back unchanged.
    html_block: {
      attrs: { source: { default: '' } },
      group: 'block',
      atom: true,
      selectable: true,
      toDOM: (node) => ['pre', { class: 'editor-html', dir: 'ltr', title: 'HTML, kept as written' }, node.attrs.source]
    },
    text: { group: 'inline' },
    // A library image, ![alt](media:12 "Caption"); shown by a node view with its picture, alt text and caption.
    image: {
      inline: true,
      group: 'inline',
      draggable: true,
      attrs: { src: {}, alt: { default: '' }, title: { default: null } },
      parseDOM: [{ tag: 'img[src]', getAttrs: (dom) => ({ src: dom.getAttribute('src'), alt: dom.getAttribute('alt') || '', title: dom.getAttribute('title') }) }],
      toDOM: (node) => ['img', { alt: node.attrs.alt, 'data-src': node.attrs.src }]
    },
    html_inline: {
      inline: true,
      group: 'inline',
      atom: true,
      attrs: { source: { default: '' } },
      toDOM: (node) => ['code', { class: 'editor-html', dir: 'ltr' }, node.attrs.source]
    },
    hard_break: {
      inline: true,
      group: 'inline',
      selectable: false,
      parseDOM: [{ tag: 'br' }],
      toDOM: () => ['br']
    }
  },
  marks: {
    link: {
      attrs: { href: {}, title: { default: null } },
      inclusive: false,
      parseDOM: [{ tag: 'a[href]', getAttrs: (dom) => ({ href: dom.getAttribute('href'), title: dom.getAttribute('title') }) }],
      // In the editor a link is not followed on click: it is text being edited.
      toDOM: (mark) => ['a', { href: mark.attrs.href, title: mark.attrs.title, rel: 'noopener noreferrer nofollow' }, 0]
    },
    em: {
      parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }],
      toDOM: () => ['em', 0]
    },
    strong: {
      parseDOM: [
        { tag: 'strong' },
        { tag: 'b', getAttrs: (node) => node.style.fontWeight !== 'normal' && null },
        { style: 'font-weight', getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value) && null }
      ],
      toDOM: () => ['strong', 0]
    },
    code: {
      code: true,
      parseDOM: [{ tag: 'code' }],
      toDOM: () => ['code', 0]
    }
  }
});
