// The story editor's body as rich text. It mounts over the body's <textarea>, which stays in the form and always
// holds the Markdown of what is on screen: saving, autosave, the copy kept in this browser and the conflict screen
// read the textarea as before, and without JavaScript the textarea is all there is. A "Markdown" button shows the
// textarea itself.
import { EditorState, NodeSelection, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { keymap } from 'prosemirror-keymap';
import { history, undo, redo, undoDepth, redoDepth } from 'prosemirror-history';
import { baseKeymap, toggleMark, setBlockType, wrapIn, lift, chainCommands, exitCode } from 'prosemirror-commands';
import { inputRules, wrappingInputRule, textblockTypeInputRule, undoInputRule } from 'prosemirror-inputrules';
import { wrapInList, splitListItem, liftListItem, sinkListItem } from 'prosemirror-schema-list';
import {
  tableEditing, goToNextCell, addRowAfter, addColumnAfter, deleteRow, deleteColumn, deleteTable, isInTable
} from 'prosemirror-tables';
import { schema } from './schema.js';
import { parseMarkdown, createWriter, markdownToDoc } from './markdown.js';
import { cleanPastedHtml, offerPastedImages } from './paste.js';
import { checkLinkUrl } from './links.js';

const VIEW_KEY = 'newsroom:body-view';
const WORDS_PER_MINUTE = 230;
const mac = typeof navigator !== 'undefined' && /Mac|iP(hone|[oa]d)/.test(navigator.platform);
const MOD = mac ? '⌘' : 'Ctrl+';

function element(tag, attrs, children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name === 'text') {
      node.textContent = value;
    } else if (name === 'className') {
      node.className = value;
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  (children || []).forEach((child) => node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child));
  return node;
}

// --- Commands ------------------------------------------------------------------------------------------------------

function markActive(state, type) {
  const { from, $from, to, empty } = state.selection;
  if (empty) {
    return !!type.isInSet(state.storedMarks || $from.marks());
  }
  return state.doc.rangeHasMark(from, to, type);
}

function ancestor(state, type) {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    if ($from.node(depth).type === type) {
      return { node: $from.node(depth), depth, pos: $from.before(depth) };
    }
  }
  return null;
}

function blockActive(state, type, attrs) {
  const { $from, to } = state.selection;
  const parent = $from.parent;
  if (to > $from.end()) {
    return false;
  }
  return parent.type === type && Object.entries(attrs || {}).every(([k, v]) => parent.attrs[k] === v);
}

function toggleHeading(level) {
  return (state, dispatch) => {
    if (blockActive(state, schema.nodes.heading, { level })) {
      return setBlockType(schema.nodes.paragraph)(state, dispatch);
    }
    return setBlockType(schema.nodes.heading, { level })(state, dispatch);
  };
}

function toggleQuote(state, dispatch) {
  if (ancestor(state, schema.nodes.blockquote)) {
    return lift(state, dispatch);
  }
  return wrapIn(schema.nodes.blockquote)(state, dispatch);
}

function toggleList(type) {
  return (state, dispatch) => {
    const list = ancestor(state, schema.nodes.bullet_list) || ancestor(state, schema.nodes.ordered_list);
    const innermost = [schema.nodes.bullet_list, schema.nodes.ordered_list]
      .map((t) => ancestor(state, t)).filter(Boolean).sort((a, b) => b.depth - a.depth)[0];
    if (list && innermost.node.type === type) {
      return liftListItem(schema.nodes.list_item)(state, dispatch);
    }
    if (list && innermost.node.type !== type) {
      if (dispatch) {
        dispatch(state.tr.setNodeMarkup(innermost.pos, type, type === schema.nodes.ordered_list
          ? { order: 1, tight: innermost.node.attrs.tight } : { tight: innermost.node.attrs.tight, bullet: '-' }));
      }
      return true;
    }
    return wrapInList(type)(state, dispatch);
  };
}

function insertRule(state, dispatch) {
  const { $from } = state.selection;
  const index = $from.index(0);
  if (!$from.node(0).canReplaceWith(index, index, schema.nodes.horizontal_rule)) {
    return false;
  }
  if (dispatch) {
    const tr = state.tr.replaceSelectionWith(schema.nodes.horizontal_rule.create());
    dispatch(tr.scrollIntoView());
  }
  return true;
}

function insertTable(state, dispatch) {
  if (isInTable(state)) {
    return false;
  }
  if (dispatch) {
    const header = () => schema.nodes.table_header.createAndFill();
    const cell = () => schema.nodes.table_cell.createAndFill();
    const table = schema.nodes.table.create(null, [
      schema.nodes.table_row.create(null, [header(), header()]),
      schema.nodes.table_row.create(null, [cell(), cell()])
    ]);
    const tr = state.tr.replaceSelectionWith(table);
    // Into the first cell, to type the first heading.
    const start = tr.mapping.map(state.selection.from, -1);
    let cellPos = null;
    tr.doc.nodesBetween(start, tr.doc.content.size, (node, pos) => {
      if (cellPos === null && node.type === schema.nodes.table_header) {
        cellPos = pos + 1;
      }
      return cellPos === null;
    });
    if (cellPos !== null) {
      tr.setSelection(TextSelection.create(tr.doc, cellPos));
    }
    dispatch(tr.scrollIntoView());
  }
  return true;
}

function hardBreak(state, dispatch) {
  if (dispatch) {
    dispatch(state.tr.replaceSelectionWith(schema.nodes.hard_break.create()).scrollIntoView());
  }
  return true;
}

/** The extent of the link at the cursor: where it starts and ends, and its mark. */
function linkAround(state) {
  const { $from, from, to, empty } = state.selection;
  const type = schema.marks.link;
  if (!empty) {
    let found = null;
    state.doc.nodesBetween(from, to, (node, pos) => {
      const mark = !found && type.isInSet(node.marks);
      if (mark) {
        found = { mark, from: pos, to: pos + node.nodeSize };
      }
    });
    return found ? extend(state, found.mark, Math.max(from, found.from)) || found : null;
  }
  const mark = type.isInSet($from.marks()) || ($from.nodeBefore && type.isInSet($from.nodeBefore.marks));
  return mark ? extend(state, mark, from) : null;
}

function extend(state, mark, pos) {
  const $pos = state.doc.resolve(pos);
  const parent = $pos.parent;
  const start = $pos.start();
  let offset = 0;
  let from = null;
  let to = null;
  // The run of neighbouring text nodes that carry this very mark, around pos.
  for (let i = 0; i < parent.childCount; i++) {
    const child = parent.child(i);
    const childFrom = start + offset;
    const childTo = childFrom + child.nodeSize;
    offset += child.nodeSize;
    if (mark.isInSet(child.marks)) {
      from = from === null ? childFrom : from;
      to = childTo;
    } else {
      if (from !== null && from <= pos && to >= pos) {
        break;
      }
      from = null;
      to = null;
    }
  }
  return from !== null && from <= pos && to >= pos ? { mark, from, to } : null;
}

// --- Input rules: Markdown habits while typing -------------------------------------------------------------------

const rules = inputRules({
  rules: [
    textblockTypeInputRule(/^(#{1,3})\s$/, schema.nodes.heading, (match) => ({ level: match[1].length === 3 ? 3 : 2 })),
    wrappingInputRule(/^\s*>\s$/, schema.nodes.blockquote),
    wrappingInputRule(/^\s*([-+*])\s$/, schema.nodes.bullet_list, (match) => ({ bullet: match[1] === '+' ? '-' : match[1] })),
    wrappingInputRule(/^(\d+)\.\s$/, schema.nodes.ordered_list, (match) => ({ order: +match[1] }),
      (match, node) => node.childCount + node.attrs.order === +match[1])
  ]
});

// --- Library images --------------------------------------------------------------------------------------------

const MEDIA = /^media:(\d{1,18})$/;

/** Thumbnails of library images, by id: from the picker when an image is chosen, or asked of the server. */
class Thumbnails {
  constructor(previewUrl, language) {
    this.previewUrl = previewUrl;
    this.language = language;
    this.urls = new Map();
    this.views = new Set();
    this.asked = new Set();
  }

  put(id, url) {
    if (url) {
      this.urls.set(String(id), url);
      this.views.forEach((view) => view.refresh());
    }
  }

  get(id) {
    return this.urls.get(String(id));
  }

  // The server renders library images for the preview exactly as for readers; the picture's URL comes from there, so
  // the script needs no address of its own for an image.
  want(ids) {
    const missing = ids.map(String).filter((id) => !this.urls.has(id) && !this.asked.has(id));
    if (!missing.length || !this.previewUrl || !window.fetch) {
      return;
    }
    missing.forEach((id) => this.asked.add(id));
    const token = window.Newsroom && window.Newsroom.csrf ? window.Newsroom.csrf() : null;
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', 'Accept': 'text/html' };
    if (token) {
      headers[token.header] = token.token;
    }
    const markdown = missing.map((id) => '![](media:' + id + ')').join('\n\n');
    fetch(this.previewUrl, {
      method: 'POST', credentials: 'same-origin', headers,
      body: 'body=' + encodeURIComponent(markdown) + '&language=' + encodeURIComponent(this.language())
    }).then((response) => (response.ok && !response.redirected ? response.text() : ''))
      .then((html) => {
        // Parsed, never put in the page: only each picture's address is taken.
        const pictures = new DOMParser().parseFromString(html, 'text/html').querySelectorAll('img');
        // A missing image renders as nothing, so pictures and ids line up only when all were found.
        if (pictures.length === missing.length) {
          pictures.forEach((img, i) => this.put(missing[i], img.getAttribute('src')));
        }
      })
      .catch(() => {
        // The image shows its alt text and caption without a picture.
      });
  }
}

function sliceHasImage(slice) {
  let found = false;
  slice.content.descendants((node) => {
    found = found || node.type === schema.nodes.image;
    return !found;
  });
  return found;
}

class ImageView {
  constructor(node, view, getPos, editor) {
    this.node = node;
    this.view = view;
    this.getPos = getPos;
    this.editor = editor;
    this.picture = element('span', { className: 'editor-image__picture' });
    this.alt = element('span', { className: 'editor-image__alt' });
    this.caption = element('span', { className: 'editor-image__caption' });
    this.button = element('button', { type: 'button', className: 'editor-image__edit', text: 'Alt text and caption' });
    this.button.addEventListener('click', (event) => {
      event.preventDefault();
      editor.editImage(this.getPos());
    });
    this.dom = element('span', { className: 'editor-image', contenteditable: 'false' }, [
      this.picture, element('span', { className: 'editor-image__text' }, [this.caption, this.alt, this.button])
    ]);
    editor.thumbnails.views.add(this);
    this.render();
  }

  refresh() {
    this.render();
  }

  render() {
    const attrs = this.node.attrs;
    const id = (MEDIA.exec(attrs.src || '') || [])[1];
    const url = id ? this.editor.thumbnails.get(id) : null;
    this.picture.textContent = '';
    if (url) {
      this.picture.appendChild(element('img', { src: url, alt: attrs.alt || '' }));
    } else {
      this.picture.appendChild(element('span', { className: 'editor-image__placeholder', text: id ? 'Library image ' + id : attrs.src }));
    }
    this.caption.textContent = attrs.title ? attrs.title : 'Caption: the library’s';
    this.caption.classList.toggle('is-default', !attrs.title);
    this.alt.textContent = attrs.alt ? 'Alt text: ' + attrs.alt : 'Alt text: the library’s';
  }

  update(node) {
    if (node.type !== this.node.type) {
      return false;
    }
    this.node = node;
    this.render();
    return true;
  }

  selectNode() {
    this.dom.classList.add('is-selected');
  }

  deselectNode() {
    this.dom.classList.remove('is-selected');
  }

  stopEvent(event) {
    return event.target === this.button || this.button.contains(event.target);
  }

  ignoreMutation() {
    return true;
  }

  destroy() {
    this.editor.thumbnails.views.delete(this);
  }
}

function isEmpty(doc) {
  return doc.childCount === 1 && doc.firstChild.isTextblock && doc.firstChild.content.size === 0;
}

// --- Dialogs ---------------------------------------------------------------------------------------------------

let dialogCount = 0;

/** A small modal form: fields, an error line, buttons. Resolves with the button pressed and the values, or null. */
function askInDialog({ title, fields, actions, check }) {
  const id = 'editor-dialog-' + (++dialogCount);
  const form = element('form', { method: 'dialog', className: 'editor-dialog__form' });
  const heading = element('h2', { id: id + '-title', text: title });
  const error = element('p', { className: 'field__error', id: id + '-error', role: 'alert' });
  form.appendChild(heading);
  const inputs = {};
  fields.forEach((field) => {
    const input = element('input', {
      type: field.type || 'text', id: id + '-' + field.name, name: field.name, dir: field.dir || 'auto',
      autocomplete: 'off', spellcheck: field.type === 'url' ? 'false' : null, inputmode: field.type === 'url' ? 'url' : null
    });
    if (field.type === 'url') {
      // The check is ours, in words; the browser's own would refuse "example.org".
      input.type = 'text';
    }
    input.value = field.value || '';
    inputs[field.name] = input;
    const label = element('label', { for: input.id }, [field.label]);
    if (field.hint) {
      label.appendChild(document.createTextNode(' '));
      label.appendChild(element('span', { className: 'hint', text: field.hint }));
    }
    form.appendChild(element('div', { className: 'field' }, [label, input]));
  });
  form.appendChild(error);
  const row = element('div', { className: 'editor-dialog__actions' });
  actions.forEach((action) => {
    row.appendChild(element('button', {
      type: 'submit', value: action.value, className: 'button button--small' + (action.primary ? ' button--primary' : '')
        + (action.danger ? ' button--danger' : ''), text: action.label, formnovalidate: true
    }));
  });
  row.appendChild(element('button', { type: 'submit', value: 'cancel', className: 'button button--small', text: 'Cancel' }));
  form.appendChild(row);
  const dialog = element('dialog', { className: 'editor-dialog', 'aria-labelledby': heading.id }, [form]);
  document.body.appendChild(dialog);
  return new Promise((resolve) => {
    let answer = null;
    form.addEventListener('submit', (event) => {
      const value = event.submitter ? event.submitter.value : 'cancel';
      const values = {};
      Object.keys(inputs).forEach((name) => { values[name] = inputs[name].value; });
      if (value !== 'cancel' && check) {
        const problem = check(value, values);
        if (problem) {
          event.preventDefault();
          error.textContent = problem.message;
          const input = inputs[problem.field];
          if (input) {
            input.setAttribute('aria-invalid', 'true');
            input.setAttribute('aria-describedby', error.id);
            input.focus();
          }
          return;
        }
      }
      answer = value === 'cancel' ? null : { action: value, values };
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(answer);
    });
    dialog.showModal();
    const first = fields.find((f) => f.focus) || fields[0];
    if (first) {
      inputs[first.name].focus();
      inputs[first.name].select();
    }
  });
}

// --- Counts -----------------------------------------------------------------------------------------------------

function countWords(text, language) {
  if (typeof Intl !== 'undefined' && Intl.Segmenter) {
    let words = 0;
    try {
      for (const piece of new Intl.Segmenter(language || undefined, { granularity: 'word' }).segment(text)) {
        if (piece.isWordLike) {
          words++;
        }
      }
      return words;
    } catch (e) {
      // An unknown language tag: count by spaces.
    }
  }
  const found = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return found ? found.length : 0;
}

function wordsLine(words) {
  const minutes = Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
  return words === 0 ? 'No words yet' : words.toLocaleString() + (words === 1 ? ' word' : ' words') + ' · '
    + minutes + ' min read';
}

function enhanceCharacterCounts(form) {
  form.querySelectorAll('[data-count-limit]').forEach((input) => {
    const limit = +input.getAttribute('data-count-limit');
    const count = element('span', { className: 'char-count', id: input.id + '-count' });
    input.insertAdjacentElement('afterend', count);
    const described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    described.push(count.id);
    input.setAttribute('aria-describedby', described.join(' '));
    const show = () => {
      // As the server counts it (Java's String.length, UTF-16 code units), so that the limit shown is the one kept.
      const used = input.value.length;
      count.textContent = used + ' / ' + limit + ' characters' + (used > limit ? ', ' + (used - limit) + ' too many' : '');
      count.classList.toggle('char-count--over', used > limit);
    };
    input.addEventListener('input', show);
    show();
  });
}

// --- The editor -------------------------------------------------------------------------------------------------

class BodyEditor {
  constructor(form, textarea) {
    this.form = form;
    this.textarea = textarea;
    this.languageField = form.elements.language;
    this.readOnly = textarea.matches(':disabled');
    this.thumbnails = new Thumbnails(form.getAttribute('data-preview-url'), () => this.language());
    this.syncing = false;
    this.build();
  }

  language() {
    return this.languageField && this.languageField.value ? this.languageField.value : (document.documentElement.lang || 'en');
  }

  build() {
    const textarea = this.textarea;
    const label = this.form.querySelector('label[for="' + textarea.id + '"]');
    if (label && !label.id) {
      label.id = textarea.id + '-label';
    }
    this.label = label;
    this.hint = document.getElementById(textarea.id + '-hint');

    this.toolbar = element('div', { className: 'editor-toolbar', role: 'toolbar', 'aria-label': 'Formatting of the body',
      'aria-controls': textarea.id + '-editor' });
    this.surface = element('div', { className: 'editor-surface' });
    this.counts = element('p', { className: 'editor-counts', id: textarea.id + '-counts' });
    this.root = element('div', { className: 'rich-body' }, [this.toolbar, this.surface, this.counts]);
    textarea.insertAdjacentElement('beforebegin', this.root);
    textarea.classList.add('input--body-markdown');
    // The textarea moves below the toolbar, so that the Markdown view has the same place on the page.
    this.surface.insertAdjacentElement('afterend', textarea);

    this.buttons = [];
    const b = (name, label, command, options) => this.button(name, label, command, options || {});
    const M = schema.marks;
    const N = schema.nodes;
    this.groups = [
      [
        b('paragraph', 'Text', (s, d) => blockActive(s, N.paragraph) || setBlockType(N.paragraph)(s, d), { pressed: (s) => blockActive(s, N.paragraph), name: 'Text (paragraph)' }),
        b('h2', 'H2', toggleHeading(2), { pressed: (s) => blockActive(s, N.heading, { level: 2 }), name: 'H2 subheading', keys: '## ' }),
        b('h3', 'H3', toggleHeading(3), { pressed: (s) => blockActive(s, N.heading, { level: 3 }), name: 'H3 subheading', keys: '### ' })
      ],
      [
        b('bold', 'B', toggleMark(M.strong), { pressed: (s) => markActive(s, M.strong), name: 'Bold', shortcut: 'Mod-b' }),
        b('italic', 'I', toggleMark(M.em), { pressed: (s) => markActive(s, M.em), name: 'Italic', shortcut: 'Mod-i' }),
        b('link', 'Link', (s, d) => { if (d) { this.editLink(); } return !this.readOnly; },
          { pressed: (s) => markActive(s, M.link), shortcut: 'Mod-k' })
      ],
      [
        b('bullets', 'Bullets', toggleList(N.bullet_list), { pressed: (s) => this.inList(s, N.bullet_list), name: 'Bullets (bulleted list)', keys: '- ' }),
        b('numbers', 'Numbers', toggleList(N.ordered_list), { pressed: (s) => this.inList(s, N.ordered_list), name: 'Numbers (numbered list)', keys: '1. ' }),
        b('quote', 'Quote', toggleQuote, { pressed: (s) => !!ancestor(s, N.blockquote), name: 'Quote (block quote)', keys: '> ' })
      ],
      [
        b('rule', 'Rule', insertRule, { name: 'Rule (horizontal line)' }),
        b('table', 'Table', insertTable, {}),
        b('image', 'Image', (s, d) => { if (d) { this.pickImage(); } return !this.readOnly; }, { name: 'Image from the library' })
      ],
      [
        b('row', '+ Row', addRowAfter, { table: true, name: '+ Row (add a row below)' }),
        b('column', '+ Column', addColumnAfter, { table: true, name: '+ Column (add a column to the right)' }),
        b('delete-row', '− Row', deleteRow, { table: true, name: '− Row (delete this row)' }),
        b('delete-column', '− Column', deleteColumn, { table: true, name: '− Column (delete this column)' }),
        b('delete-table', '− Table', deleteTable, { table: true, name: '− Table (delete the table)' })
      ],
      [
        b('undo', 'Undo', undo, { shortcut: 'Mod-z' }),
        b('redo', 'Redo', redo, { shortcut: mac ? 'Shift-Mod-z' : 'Mod-y' })
      ]
    ];
    this.groups.forEach((group, i) => {
      const wrap = element('div', { className: 'editor-toolbar__group' + (group[0].options.table ? ' editor-toolbar__group--table' : ''),
        role: 'group', 'aria-label': ['Block', 'Text', 'Lists and quotes', 'Insert', 'Table', 'History'][i] });
      group.forEach((button) => wrap.appendChild(button.dom));
      this.toolbar.appendChild(wrap);
    });
    this.toggle = element('button', { type: 'button', className: 'editor-toolbar__button editor-toolbar__toggle', tabindex: '-1',
      'aria-pressed': 'false', 'data-editor-view': 'markdown', text: 'Markdown',
      title: 'Show the body as Markdown, the text that is stored' });
    this.toggle.addEventListener('click', () => this.setView(this.markdownView ? 'rich' : 'markdown', true));
    this.toolbar.appendChild(element('div', { className: 'editor-toolbar__group editor-toolbar__group--end' }, [this.toggle]));
    this.toolbar.addEventListener('keydown', (event) => this.toolbarKeys(event));

    this.original = parseMarkdown(textarea.value);
    this.write = createWriter(this.original);
    this.view = new EditorView(this.surface, {
      state: this.createState(this.original.doc),
      editable: () => !this.readOnly,
      attributes: (state) => ({
        id: textarea.id + '-editor',
        class: 'editor-body' + (isEmpty(state.doc) ? ' is-empty' : ''),
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': label ? label.id : null,
        'aria-describedby': [textarea.getAttribute('aria-describedby'), this.counts.id].filter(Boolean).join(' '),
        'aria-readonly': this.readOnly ? 'true' : 'false',
        dir: 'auto',
        lang: this.language(),
        spellcheck: 'true'
      }),
      nodeViews: { image: (node, view, getPos) => new ImageView(node, view, getPos, this) },
      transformPastedHTML: (html) => cleanPastedHtml(html),
      handlePaste: (view, event, slice) => offerPastedImages(view, event, slice, { insertImage: (image) => this.insertImage(image) }),
      dispatchTransaction: (tr) => this.dispatch(tr)
    });
    this.wantThumbnails(this.view.state.doc);

    if (label) {
      label.addEventListener('click', (event) => {
        if (!this.markdownView) {
          event.preventDefault();
          this.view.focus();
        }
      });
    }
    if (this.languageField) {
      this.languageField.addEventListener('change', () => this.view.dispatch(this.view.state.tr.setMeta('language', true)));
    }
    textarea.addEventListener('input', () => {
      if (!this.syncing) {
        this.scheduleCounts();
      }
    });
    // A merge with someone else's save (admin.js, after an autosave met it) puts the merged text in the textarea:
    // the editor shows it, or its next change would write the text from before the merge back over it.
    textarea.addEventListener('newsroom:replaced', () => this.reload());
    // The copy kept in this browser is put back into the textarea by admin.js: the editor takes it from there.
    const restore = document.getElementById('local-copy-restore');
    if (restore) {
      restore.addEventListener('click', () => setTimeout(() => this.reload()));
    }
    let preferred = null;
    try {
      preferred = localStorage.getItem(VIEW_KEY);
    } catch (e) {
      preferred = null;
    }
    this.setView(preferred === 'markdown' ? 'markdown' : 'rich', false);
    this.update();
    this.showCounts();
  }

  createState(doc) {
    return EditorState.create({
      doc,
      plugins: [
        rules,
        keymap({
          'Mod-z': undo,
          'Shift-Mod-z': redo,
          'Mod-y': redo,
          'Mod-b': toggleMark(schema.marks.strong),
          'Mod-i': toggleMark(schema.marks.em),
          'Mod-k': (state, dispatch) => { if (dispatch) { this.editLink(); } return true; },
          'Mod-Alt-2': toggleHeading(2),
          'Mod-Alt-3': toggleHeading(3),
          'Mod-Alt-0': setBlockType(schema.nodes.paragraph),
          'Backspace': undoInputRule,
          'Enter': splitListItem(schema.nodes.list_item),
          'Mod-[': liftListItem(schema.nodes.list_item),
          'Mod-]': sinkListItem(schema.nodes.list_item),
          'Shift-Enter': chainCommands(exitCode, hardBreak),
          'Tab': goToNextCell(1),
          'Shift-Tab': goToNextCell(-1),
          'Alt-F10': () => { this.focusToolbar(); return true; }
        }),
        keymap(baseKeymap),
        history(),
        tableEditing()
      ]
    });
  }

  button(key, text, command, options) {
    const dom = element('button', {
      type: 'button', className: 'editor-toolbar__button editor-toolbar__button--' + key, tabindex: '-1',
      'aria-label': options.name && options.name !== text ? options.name : null,
      'aria-keyshortcuts': options.shortcut ? options.shortcut.replace('Mod', mac ? 'Meta' : 'Control').replace(/-/g, '+')
        .replace(/\+([a-z])$/, (m, c) => '+' + c.toUpperCase()) : null,
      title: (options.name || text) + (options.shortcut ? ' (' + options.shortcut.replace('Mod-', MOD).replace('Shift-', 'Shift+')
        .replace(/([a-z])$/, (c) => c.toUpperCase()) + ')' : '') + (options.keys ? ', or type “' + options.keys.trim() + ' ”' : ''),
      'data-command': key,
      text
    });
    const entry = { key, dom, command, options };
    dom.addEventListener('mousedown', (event) => event.preventDefault());
    dom.addEventListener('click', () => {
      if (dom.disabled) {
        return;
      }
      const { state } = this.view;
      if (command(state, this.view.dispatch, this.view)) {
        if (key !== 'link' && key !== 'image') {
          this.view.focus();
        }
      }
    });
    this.buttons.push(entry);
    return entry;
  }

  inList(state, type) {
    const lists = [schema.nodes.bullet_list, schema.nodes.ordered_list].map((t) => ancestor(state, t)).filter(Boolean);
    if (!lists.length) {
      return false;
    }
    return lists.sort((a, b) => b.depth - a.depth)[0].node.type === type;
  }

  dispatch(tr) {
    const state = this.view.state.apply(tr);
    this.view.updateState(state);
    if (tr.docChanged) {
      this.sync();
      if (tr.steps.some((step) => step.slice && sliceHasImage(step.slice))) {
        this.wantThumbnails(state.doc);
      }
      this.scheduleCounts();
    }
    this.update();
  }

  /** Writes the Markdown of what is on screen into the textarea, and tells the form it changed. */
  sync() {
    const markdown = this.write(this.view.state.doc);
    if (markdown === this.textarea.value) {
      return;
    }
    this.textarea.value = markdown;
    this.syncing = true;
    try {
      this.textarea.dispatchEvent(new Event('input', { bubbles: true }));
    } finally {
      this.syncing = false;
    }
  }

  /** Reads the textarea again, as the editor opened it: after the Markdown view, or a copy put back. */
  reload() {
    this.original = parseMarkdown(this.textarea.value);
    this.write = createWriter(this.original);
    this.view.updateState(this.createState(this.original.doc));
    this.wantThumbnails(this.original.doc);
    this.update();
    this.showCounts();
  }

  wantThumbnails(doc) {
    const ids = [];
    doc.descendants((node) => {
      if (node.type === schema.nodes.image) {
        const id = (MEDIA.exec(node.attrs.src || '') || [])[1];
        if (id) {
          ids.push(id);
        }
      }
      return node.isBlock;
    });
    this.thumbnails.want(ids);
  }

  update() {
    const state = this.view.state;
    const inTable = isInTable(state);
    const disabled = this.readOnly || this.markdownView;
    this.buttons.forEach(({ key, dom, command, options }) => {
      dom.hidden = (options.table && !inTable) || this.markdownView;
      let enabled = !disabled && command(state, null, this.view);
      if (key === 'undo') {
        enabled = !disabled && undoDepth(state) > 0;
      } else if (key === 'redo') {
        enabled = !disabled && redoDepth(state) > 0;
      }
      dom.disabled = !enabled;
      if (options.pressed) {
        dom.setAttribute('aria-pressed', !this.markdownView && options.pressed(state) ? 'true' : 'false');
      }
    });
    this.toolbar.querySelectorAll('.editor-toolbar__group--table').forEach((group) => {
      group.hidden = !inTable || this.markdownView;
    });
    this.rovingTabindex();
  }

  rovingTabindex() {
    const focusable = this.focusableButtons();
    const current = focusable.find((dom) => dom.tabIndex === 0) || focusable[0];
    this.toolbar.querySelectorAll('button').forEach((dom) => { dom.tabIndex = dom === current ? 0 : -1; });
  }

  focusableButtons() {
    return Array.from(this.toolbar.querySelectorAll('button')).filter((dom) => !dom.hidden && !dom.closest('[hidden]')
      && (!dom.disabled || dom === this.toggle));
  }

  // The WAI-ARIA toolbar: one tab stop, arrow keys between buttons, Escape back to the text.
  toolbarKeys(event) {
    const focusable = this.focusableButtons();
    const index = focusable.indexOf(document.activeElement);
    let next = null;
    const rtl = getComputedStyle(this.toolbar).direction === 'rtl';
    if (event.key === (rtl ? 'ArrowLeft' : 'ArrowRight')) {
      next = focusable[(index + 1) % focusable.length];
    } else if (event.key === (rtl ? 'ArrowRight' : 'ArrowLeft')) {
      next = focusable[(index - 1 + focusable.length) % focusable.length];
    } else if (event.key === 'Home') {
      next = focusable[0];
    } else if (event.key === 'End') {
      next = focusable[focusable.length - 1];
    } else if (event.key === 'Escape' && !this.markdownView) {
      event.preventDefault();
      this.view.focus();
      return;
    }
    if (next) {
      event.preventDefault();
      focusable.forEach((dom) => { dom.tabIndex = dom === next ? 0 : -1; });
      next.focus();
    }
  }

  focusToolbar() {
    const focusable = this.focusableButtons();
    const current = focusable.find((dom) => dom.tabIndex === 0) || focusable[0];
    if (current) {
      current.focus();
    }
  }

  setView(mode, remember) {
    const markdown = mode === 'markdown';
    if (markdown === this.markdownView) {
      return;
    }
    if (!markdown && this.markdownView !== undefined) {
      // Back from the Markdown view: what was typed there is the text now.
      this.reload();
    }
    this.markdownView = markdown;
    this.surface.hidden = markdown;
    this.textarea.hidden = !markdown;
    this.root.classList.toggle('rich-body--markdown', markdown);
    if (this.hint) {
      this.hint.hidden = !markdown;
    }
    this.toggle.setAttribute('aria-pressed', markdown ? 'true' : 'false');
    const insert = this.form.querySelector('[data-pick="body"]');
    if (insert && !insert.closest('.editor-toolbar')) {
      insert.classList.toggle('is-hidden', !markdown);
    }
    if (remember) {
      try {
        localStorage.setItem(VIEW_KEY, mode);
      } catch (e) {
        // Not kept: the next page opens as rich text.
      }
      (markdown ? this.textarea : this.view.dom).focus();
    }
    this.update();
    this.showCounts();
  }

  scheduleCounts() {
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => this.showCounts(), 250);
  }

  showCounts() {
    const language = this.language();
    let words = 0;
    if (this.markdownView) {
      words = countWords(this.textarea.value, language);
    } else {
      // Counted block by block, and kept for the blocks that did not change, so that a long story counts quickly.
      if (!this.wordCache || this.wordCacheLanguage !== language) {
        this.wordCache = new WeakMap();
        this.wordCacheLanguage = language;
      }
      this.view.state.doc.forEach((node) => {
        let count = this.wordCache.get(node);
        if (count === undefined) {
          count = countWords(node.textBetween(0, node.content.size, '\n', ' '), language);
          this.wordCache.set(node, count);
        }
        words += count;
      });
    }
    this.counts.textContent = wordsLine(words);
  }

  async editLink() {
    if (this.readOnly || this.markdownView) {
      return;
    }
    const view = this.view;
    const state = view.state;
    const existing = linkAround(state);
    const empty = state.selection.empty && !existing;
    const answer = await askInDialog({
      title: existing ? 'Edit the link' : 'Add a link',
      fields: [
        ...(empty ? [{ name: 'text', label: 'Text', hint: 'what the reader sees' }] : []),
        { name: 'url', label: 'Address', hint: 'https://…', type: 'url', dir: 'ltr', value: existing ? existing.mark.attrs.href : '', focus: true }
      ],
      actions: [
        { value: 'apply', label: existing ? 'Change link' : 'Add link', primary: true },
        ...(existing ? [{ value: 'remove', label: 'Remove link', danger: true }] : [])
      ],
      check: (action, values) => {
        if (action !== 'apply') {
          return null;
        }
        if (empty && !values.text.trim()) {
          return { field: 'text', message: 'Type the text of the link.' };
        }
        const checked = checkLinkUrl(values.url);
        return checked.error ? { field: 'url', message: checked.error } : null;
      }
    });
    view.focus();
    if (!answer) {
      return;
    }
    const type = schema.marks.link;
    let tr = view.state.tr;
    const range = existing ? { from: existing.from, to: existing.to } : { from: state.selection.from, to: state.selection.to };
    if (answer.action === 'remove') {
      tr = tr.removeMark(range.from, range.to, type);
    } else {
      const mark = type.create({ href: checkLinkUrl(answer.values.url).url });
      if (empty) {
        const text = answer.values.text.trim();
        tr = tr.insert(range.from, schema.text(text, [...view.state.selection.$from.marks().filter((m) => m.type !== type), mark]));
        tr = tr.setSelection(TextSelection.create(tr.doc, range.from + text.length));
        tr = tr.removeStoredMark(type);
      } else {
        tr = tr.removeMark(range.from, range.to, type).addMark(range.from, range.to, mark);
      }
    }
    view.dispatch(tr.scrollIntoView());
  }

  pickImage() {
    if (this.readOnly || this.markdownView) {
      return;
    }
    const picker = this.form.querySelector('[data-pick="body"]');
    const dialog = document.getElementById('image-picker');
    if (!picker) {
      return;
    }
    if (dialog) {
      dialog.addEventListener('close', () => this.view.focus(), { once: true });
    }
    picker.click();
  }

  /** Called by the library picker (media.js) with the image chosen; false when the Markdown view is showing. */
  insertImage(image) {
    if (this.markdownView || this.readOnly) {
      return false;
    }
    const parsed = markdownToDoc(image.markdown);
    let node = null;
    parsed.descendants((child) => {
      if (!node && child.type === schema.nodes.image) {
        node = child;
      }
      return !node;
    });
    if (!node) {
      return false;
    }
    this.thumbnails.put(image.id, image.thumbnail);
    // Alone in its paragraph, as the picker's line has always been: readers get a figure with its caption.
    const { state } = this.view;
    const $from = state.selection.$from;
    const paragraph = schema.nodes.paragraph.create(null, node);
    let tr = state.tr;
    if ($from.parent.isTextblock && $from.parent.content.size === 0 && $from.parent.type === schema.nodes.paragraph) {
      tr = tr.replaceWith($from.before(), $from.after(), paragraph);
    } else {
      const after = $from.depth > 0 ? $from.after(1) : state.selection.to;
      tr = tr.insert(after, paragraph);
    }
    this.view.dispatch(tr.scrollIntoView());
    return true;
  }

  async editImage(pos) {
    if (this.readOnly) {
      return;
    }
    const node = this.view.state.doc.nodeAt(pos);
    if (!node || node.type !== schema.nodes.image) {
      return;
    }
    const answer = await askInDialog({
      title: 'Image in the body',
      fields: [
        { name: 'alt', label: 'Alt text in this story', hint: 'empty: the library’s', value: node.attrs.alt || '', focus: true },
        { name: 'caption', label: 'Caption in this story', hint: 'empty: the library’s', value: node.attrs.title || '' }
      ],
      actions: [{ value: 'apply', label: 'Keep', primary: true }, { value: 'remove', label: 'Remove image', danger: true }]
    });
    this.view.focus();
    if (!answer) {
      return;
    }
    const current = this.view.state.doc.nodeAt(pos);
    if (!current || current.type !== schema.nodes.image) {
      return;
    }
    let tr = this.view.state.tr;
    if (answer.action === 'remove') {
      tr = tr.delete(pos, pos + current.nodeSize);
    } else {
      tr = tr.setNodeMarkup(pos, null, { ...current.attrs, alt: answer.values.alt.trim(), title: answer.values.caption.trim() || null });
      tr = tr.setSelection(NodeSelection.create(tr.doc, pos));
    }
    this.view.dispatch(tr);
  }
}

// --- Page-wide: language, direction, Ctrl+S ----------------------------------------------------------------------

function followLanguage(form) {
  const select = form.elements.language;
  if (!select) {
    return;
  }
  const fields = Array.from(form.querySelectorAll('input[type="text"][dir="auto"], textarea[dir="auto"]'));
  const apply = () => fields.forEach((field) => field.setAttribute('lang', select.value));
  select.addEventListener('change', apply);
  apply();
}

function saveWithKeyboard(form) {
  form.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && (event.key === 's' || event.key === 'S')) {
      event.preventDefault();
      const save = form.querySelector('button[name="action"][value="save"]');
      if (save && !save.disabled) {
        // The Save button's own path: the submit event, autosave's wait for an answer on its way, the server's checks.
        form.requestSubmit(save);
      }
    }
  });
}

function start() {
  const begun = performance.now();
  const form = document.querySelector('form.story-form');
  if (!form) {
    return;
  }
  enhanceCharacterCounts(form);
  followLanguage(form);
  saveWithKeyboard(form);
  const textarea = form.elements.body;
  if (!textarea || textarea.tagName !== 'TEXTAREA') {
    return;
  }
  const editor = new BodyEditor(form, textarea);
  window.Newsroom = window.Newsroom || {};
  window.Newsroom.body = {
    insertImage: (image) => editor.insertImage(image),
    view: () => (editor.markdownView ? 'markdown' : 'rich'),
    reload: () => editor.reload(),
    // The Markdown the editor writes for what it shows, block by block (a copy of the document, so not the text read).
    markdown: () => editor.write(editor.view.state.doc.copy(editor.view.state.doc.content))
  };
  // The editor's own load (reading the Markdown, building the document and its DOM), for the long-story benchmark.
  performance.measure('newsroom-editor-load', { start: begun, end: performance.now() });
  form.setAttribute('data-editor', 'ready');
}

// After admin.js and media.js have set up the form (their DOMContentLoaded handlers come first), whenever this
// script itself arrives.
let started = false;
function startOnce() {
  if (!started) {
    started = true;
    start();
  }
}
if (document.readyState === 'complete') {
  startOnce();
} else {
  document.addEventListener('DOMContentLoaded', startOnce);
  window.addEventListener('load', startOnce);
}
