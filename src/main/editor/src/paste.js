// What a journalist pastes, reduced to what a story's Markdown can say.
//
// Google Docs, Word and web pages put HTML on the clipboard that describes how the text looked there: fonts, sizes,
// colours, spans, classes, and each application's own machinery (Word's conditional comments and list markers,
// comments, tracked changes and footnotes; Google Docs' wrapper and span styles; a news page's share buttons, asides
// and scripts). cleanPastedHtml rebuilds the selection from scratch with only the structure the body keeps:
// paragraphs, two levels of subheading, bold, italic, links, lists, quotes, rules, tables and line breaks. Whatever is
// not on that list is unwrapped (its text stays) or, when it is clutter rather than text, dropped with its content.
// Images are always left out here: a pasted image is offered for upload to the library instead (pastedImages), so a
// data: URL or another site's picture never reaches the story.
//
// It is a pure function from HTML to HTML: DOMParser builds an inert document (no script runs, no image loads), and
// the answer is a string for ProseMirror's own parser, whose schema is the last word on what survives.

const BLOCKS_DROPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'PICTURE',
  'SOURCE', 'IMG', 'MAP', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'FORM', 'NAV', 'ASIDE', 'FOOTER', 'DIALOG', 'LINK',
  'META', 'TITLE', 'HEAD', 'XML', 'MENU', 'LABEL', 'DEL',
]);

// Class names web pages give to what is around an article rather than in it. Matched as whole words of a class.
const CLUTTER_CLASS = /(^|[\s_-])(share|sharing|social|related|newsletter|promo|advert|advertisement|ad|ads|sponsored|comments?|byline-share|toolbar|visually-hidden|sr-only)($|[\s_-])/i;

const ROLES_DROPPED = new Set(['navigation', 'complementary', 'button', 'toolbar', 'banner', 'contentinfo', 'search', 'dialog']);

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE',
  'HR', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'FIGURE', 'FIGCAPTION', 'PRE', 'ADDRESS', 'DL', 'DT', 'DD',
  'CENTER', 'CAPTION',
]);

const SAFE_LINK = /^(https?:|mailto:|tel:)/i;

/** The pasted HTML, cleaned (see above). HTML copied from this editor itself keeps its structure. */
export function cleanPastedHtml(html) {
  if (!html) {
    return html;
  }
  const source = new DOMParser().parseFromString(html, 'text/html');
  if (source.querySelector('[data-pm-slice]')) {
    // Copied from a ProseMirror editor (this one, most likely): its own nodes, which the schema reads back exactly.
    // Only an image that is not the library's goes, so that no data: URL is ever stored, whoever wrote this HTML.
    source.querySelectorAll('img').forEach(img => {
      if (!/^media:\d+$/.test(img.getAttribute('src') || '')) {
        img.remove();
      }
    });
    return source.body.innerHTML;
  }
  const word = isWord(source, html);
  if (word) {
    prepareWord(source);
  }
  removeConditionalBlocks(source.body);
  const out = document.implementation.createHTMLDocument('');
  const root = out.createElement('div');
  const builder = new Builder(out, root, headingLevels(source.body));
  builder.blocks(source.body, { bold: false, italic: false, link: null, heading: false });
  builder.closeParagraph();
  tidy(root);
  return root.innerHTML;
}

/**
 * The images a paste carries that could go into the library: image files (a screenshot, an image copied from an image
 * viewer) and images inlined as data: URLs in the HTML (Word and some web pages). Each is a Blob with its type.
 */
export function pastedImages(clipboardData) {
  const images = [];
  if (!clipboardData) {
    return images;
  }
  Array.prototype.forEach.call(clipboardData.files || [], file => {
    if (/^image\//.test(file.type)) {
      images.push(file);
    }
  });
  if (images.length === 0) {
    const html = clipboardData.getData('text/html');
    if (html && html.indexOf('data:image/') !== -1) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      doc.querySelectorAll('img[src^="data:image/"]').forEach(img => {
        const blob = dataUrlToBlob(img.getAttribute('src'));
        if (blob) {
          blob.suggestedAlt = (img.getAttribute('alt') || '').trim();
          images.push(blob);
        }
      });
    }
  }
  return images;
}

function dataUrlToBlob(url) {
  const match = /^data:(image\/(?:png|jpeg|gif|webp));base64,([A-Za-z0-9+/=\s]+)$/i.exec(url || '');
  if (!match) {
    return null;
  }
  const bytes = atob(match[2].replace(/\s+/g, ''));
  const array = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    array[i] = bytes.charCodeAt(i);
  }
  return new Blob([array], { type: match[1].toLowerCase() });
}

function isWord(doc, html) {
  const generator = doc.querySelector('meta[name=Generator], meta[name=ProgId]');
  return (generator && /Word/i.test(generator.getAttribute('content') || ''))
    || /urn:schemas-microsoft-com:office:word/.test(html)
    || doc.querySelector('[class^=Mso], [style*="mso-"]') !== null;
}

// --- Word ----------------------------------------------------------------------------------------------------------

// Word writes its lists as paragraphs (class MsoListParagraph…, style "mso-list:l0 level2 lfo1") whose marker is
// typed out in a span Word hides from itself (mso-list:Ignore, inside <![if !supportLists]>). The paragraphs become
// real nested lists, numbered when the marker is a number or a letter, and the typed markers go.
function prepareWord(doc) {
  // Comments: the marks in the text ([A1]) and the list of comments after the text.
  doc.querySelectorAll('.MsoCommentReference, .msocomanchor, .msocomoff, .msocomtxt, .MsoCommentText, [style*="mso-element:comment"]')
    .forEach(node => node.remove());
  // Tracked changes: the text as it now reads. Deletions go, insertions stay as plain text.
  doc.querySelectorAll('.msoDel, del').forEach(node => node.remove());
  // Footnotes: the numbers in the text go; the notes themselves stay, as a numbered list at the end.
  doc.querySelectorAll('a[style*="mso-footnote-id"], a[style*="mso-endnote-id"], .MsoFootnoteReference, .MsoEndnoteReference')
    .forEach(node => {
      if (!node.closest('[style*="mso-element:footnote"], [style*="mso-element:endnote"]')) {
        node.remove();
      }
    });
  doc.querySelectorAll('[style*="mso-element:footnote-list"], [style*="mso-element:endnote-list"]').forEach(list => {
    const notes = doc.createElement('ol');
    list.querySelectorAll('[style*="mso-element:footnote"] p, [style*="mso-element:endnote"] p').forEach(p => {
      p.querySelectorAll('a[style*="mso-footnote-id"], a[style*="mso-endnote-id"], .MsoFootnoteReference, .MsoEndnoteReference')
        .forEach(ref => ref.remove());
      const item = doc.createElement('li');
      while (p.firstChild) {
        item.appendChild(p.firstChild);
      }
      notes.appendChild(item);
    });
    list.replaceWith(notes);
  });
  doc.querySelectorAll('[style*="mso-list:Ignore"], [style*="mso-list: Ignore"]').forEach(node => {
    node.setAttribute('data-word-marker', '');
  });
  // Quotes: Word's Quote and Intense Quote paragraph styles.
  doc.querySelectorAll('p.MsoQuote, p.MsoIntenseQuote').forEach(p => p.setAttribute('data-word-quote', ''));
  doc.querySelectorAll('p.MsoTitle').forEach(p => p.setAttribute('data-word-heading', '1'));
  buildWordLists(doc);
  doc.querySelectorAll('[data-word-marker]').forEach(node => node.remove());
}

function listLevel(p) {
  const style = p.getAttribute('style') || '';
  const match = /mso-list:\s*(l\d+)\s+level(\d+)/i.exec(style);
  if (!match || /mso-list:\s*Ignore/i.test(style)) {
    return null;
  }
  return { list: match[1], level: parseInt(match[2], 10) };
}

function markerOf(p) {
  const marker = p.querySelector('[data-word-marker]');
  let text = marker ? marker.textContent : '';
  if (!marker) {
    // The marker between <![if !supportLists]> and <![endif]>, when Word left out the Ignore span.
    let inside = false;
    for (const node of Array.from(p.childNodes)) {
      if (node.nodeType === Node.COMMENT_NODE && /^\[if !supportLists\]/.test(node.data)) {
        inside = true;
      } else if (node.nodeType === Node.COMMENT_NODE && /^\[endif\]/.test(node.data)) {
        inside = false;
      } else if (inside) {
        text += node.textContent;
      }
    }
  }
  return text.replace(/[\s\u00a0]+/g, '');
}

function buildWordLists(doc) {
  const paragraphs = Array.from(doc.querySelectorAll('p, h1, h2, h3, h4, h5, h6')).filter(p => listLevel(p));
  const done = new Set();
  paragraphs.forEach(first => {
    if (done.has(first)) {
      return;
    }
    // A run of list paragraphs that follow one another (whitespace between them aside).
    const run = [first];
    let next = nextElement(first);
    while (next && listLevel(next)) {
      run.push(next);
      next = nextElement(next);
    }
    run.forEach(p => done.add(p));
    const top = doc.createElement(isNumbered(markerOf(first)) ? 'ol' : 'ul');
    first.parentNode.insertBefore(top, first);
    const stack = [{ list: top, level: listLevel(first).level, item: null }];
    run.forEach(p => {
      const level = listLevel(p).level;
      while (stack.length > 1 && level < stack[stack.length - 1].level) {
        stack.pop();
      }
      let current = stack[stack.length - 1];
      if (level > current.level && current.item) {
        const nested = doc.createElement(isNumbered(markerOf(p)) ? 'ol' : 'ul');
        current.item.appendChild(nested);
        current = { list: nested, level, item: null };
        stack.push(current);
      }
      const item = doc.createElement('li');
      const para = doc.createElement('p');
      p.querySelectorAll('[data-word-marker]').forEach(node => node.remove());
      removeConditionalBlocks(p);
      while (p.firstChild) {
        para.appendChild(p.firstChild);
      }
      item.appendChild(para);
      current.list.appendChild(item);
      current.item = item;
      p.remove();
    });
  });
}

function isNumbered(marker) {
  return /^\(?([0-9]+|[a-z]{1,3}|[ivxlc]+)[.)]$/i.test(marker);
}

function nextElement(node) {
  let next = node.nextSibling;
  while (next && (next.nodeType === Node.TEXT_NODE && !next.data.trim() || next.nodeType === Node.COMMENT_NODE
    && !/^\[if/.test(next.data))) {
    next = next.nextSibling;
  }
  return next && next.nodeType === Node.ELEMENT_NODE ? next : null;
}

// Word's downlevel-revealed conditionals (<![if !supportLists]>…<![endif]>, and the same for comments, footnotes
// and VML images) reach the DOM as comments around content that Word itself would not show: that content goes.
function removeConditionalBlocks(root) {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const starts = [];
  while (walker.nextNode()) {
    if (/^\[if !(supportLists|supportAnnotations|supportFootnotes|supportEndnotes|vml|supportMisalignedColumns|supportLineBreakNewLine)\]/
      .test(walker.currentNode.data)) {
      starts.push(walker.currentNode);
    }
  }
  starts.forEach(start => {
    // Only when the [endif] is a sibling: Word also opens an element inside one conditional and closes it in another,
    // and there the parser has moved the [endif] into that element.
    const inside = [];
    let node = start.nextSibling;
    while (node && !(node.nodeType === Node.COMMENT_NODE && /^\[endif\]/.test(node.data))) {
      inside.push(node);
      node = node.nextSibling;
    }
    if (node) {
      inside.forEach(n => n.remove());
    }
  });
}

// --- The rebuild ---------------------------------------------------------------------------------------------------

function styleOf(element) {
  return element.getAttribute('style') || '';
}

// Bold and italic are read from inline elements only: a style on a block (a page's kicker in bold capitals, its pull
// quote in italics) is how that site dresses the block, not emphasis its author chose.
function boldIn(element, inherited) {
  const weight = /(?:^|;)\s*font-weight\s*:\s*([a-z0-9]+)/i.exec(styleOf(element));
  if (weight) {
    const value = weight[1].toLowerCase();
    return value === 'bold' || value === 'bolder' || parseInt(value, 10) >= 600;
  }
  if (element.tagName === 'B' || element.tagName === 'STRONG') {
    return true;
  }
  return inherited;
}

function italicIn(element, inherited) {
  const style = /(?:^|;)\s*font-style\s*:\s*([a-z]+)/i.exec(styleOf(element));
  if (style) {
    return style[1].toLowerCase() === 'italic' || style[1].toLowerCase() === 'oblique';
  }
  if (element.tagName === 'I' || element.tagName === 'EM') {
    return true;
  }
  return inherited;
}

function isClutter(element) {
  const tag = element.tagName;
  // Of Word's own elements (o:p, w:sdt, st1:place…), only VML drawings (v:shape…) are clutter; the rest hold text.
  if (BLOCKS_DROPPED.has(tag) || tag.startsWith('V:')) {
    return true;
  }
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') {
    return true;
  }
  if (ROLES_DROPPED.has((element.getAttribute('role') || '').toLowerCase())) {
    return true;
  }
  if (/display\s*:\s*none/i.test(styleOf(element)) || /mso-hide\s*:\s*all/i.test(styleOf(element))) {
    return true;
  }
  const className = element.getAttribute('class') || '';
  if (className && CLUTTER_CLASS.test(className)) {
    return true;
  }
  // A figure holds a picture from somewhere else (its caption describes that picture): both go. A figure that holds
  // a quote or text is kept for its text.
  if (tag === 'FIGURE' && element.querySelector('img, picture, video, iframe, svg') !== null) {
    return true;
  }
  return false;
}

/** The level of a heading in the pasted document (1 to 6), 0 for anything else. */
function headingLevel(element) {
  const word = element.getAttribute('data-word-heading');
  if (word) {
    return parseInt(word, 10);
  }
  const match = /^H([1-6])$/.exec(element.tagName);
  return match ? parseInt(match[1], 10) : 0;
}

/**
 * The body has two levels of subheading (## and ###). The highest level the paste uses becomes the first, every
 * lower one the second, so that a page's h1 and h2, or a document's Heading 2 and Heading 3, keep their order.
 */
function headingLevels(body) {
  const used = new Set();
  body.querySelectorAll('h1, h2, h3, h4, h5, h6, [data-word-heading]').forEach(h => used.add(headingLevel(h)));
  const top = Math.min(...used);
  return level => (level === top ? 2 : 3);
}

function safeHref(element) {
  let href = (element.getAttribute('href') || '').trim();
  if (!SAFE_LINK.test(href)) {
    return null;
  }
  return href;
}

/** Writes clean blocks into root as it walks the source; inline content goes into the paragraph open at the time. */
class Builder {
  constructor(doc, root, levels) {
    this.doc = doc;
    this.levels = levels;
    this.container = root;
    this.paragraph = null;
  }

  closeParagraph() {
    this.paragraph = null;
  }

  inline() {
    if (!this.paragraph) {
      this.paragraph = this.doc.createElement('p');
      this.container.appendChild(this.paragraph);
    }
    return this.paragraph;
  }

  /** Walks the children of a block container. */
  blocks(parent, marks) {
    Array.from(parent.childNodes).forEach(node => this.node(node, marks));
  }

  within(element, marks, fill) {
    this.closeParagraph();
    const saved = this.container;
    this.container.appendChild(element);
    this.container = element;
    fill();
    this.closeParagraph();
    this.container = saved;
  }

  node(node, marks) {
    if (node.nodeType === Node.TEXT_NODE) {
      this.text(node.data, marks);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || isClutter(node)) {
      return;
    }
    const tag = node.tagName;
    const level = headingLevel(node);
    if (level) {
      const heading = this.doc.createElement('h' + this.levels(level));
      this.within(heading, marks, () => {
        this.paragraph = heading;
        this.blocks(node, { bold: false, italic: false, link: null, heading: true });
      });
      return;
    }
    if (tag === 'UL' || tag === 'OL') {
      const list = this.doc.createElement(tag.toLowerCase());
      // Pasted lists are tight, one item a line, as they look where they came from (the Markdown schema's flag).
      list.setAttribute('data-tight', 'true');
      if (this.container.tagName === 'UL' || this.container.tagName === 'OL') {
        // Google Docs nests a list directly in its parent list: it belongs to the item before it.
        const last = this.container.lastElementChild;
        if (last && last.tagName === 'LI') {
          const saved = this.container;
          this.container = last;
          this.within(list, marks, () => this.listItems(node, marks));
          this.container = saved;
          return;
        }
      }
      this.within(list, marks, () => this.listItems(node, marks));
      return;
    }
    if (tag === 'LI') {
      const item = this.doc.createElement('li');
      this.within(item, marks, () => this.blocks(node, marks));
      return;
    }
    if (tag === 'BLOCKQUOTE' || node.hasAttribute('data-word-quote')) {
      const previous = this.container.lastElementChild;
      if (node.hasAttribute('data-word-quote') && previous && previous.tagName === 'BLOCKQUOTE' && !this.paragraph) {
        // Consecutive quote paragraphs of Word are one quote.
        this.within(this.container.removeChild(previous), marks, () => {
          this.paragraph = this.doc.createElement('p');
          this.container.appendChild(this.paragraph);
          this.blocks(node, marks);
        });
        return;
      }
      const quote = this.doc.createElement('blockquote');
      this.within(quote, marks, () => this.blocks(node, marks));
      return;
    }
    if (tag === 'HR') {
      this.closeParagraph();
      this.container.appendChild(this.doc.createElement('hr'));
      return;
    }
    if (tag === 'TABLE') {
      this.table(node, marks);
      return;
    }
    if (tag === 'BR') {
      if (this.paragraph) {
        this.paragraph.appendChild(this.doc.createElement('br'));
      }
      return;
    }
    if (BLOCK_TAGS.has(tag)) {
      this.closeParagraph();
      if (tag === 'P' || tag === 'FIGCAPTION' || tag === 'DT' || tag === 'DD' || tag === 'ADDRESS' || tag === 'PRE') {
        this.inline();
      }
      this.blocks(node, marks);
      this.closeParagraph();
      return;
    }
    // Inline: the element itself goes, what it means (bold, italic, a link) stays on its text.
    const inner = {
      bold: marks.heading ? false : boldIn(node, marks.bold),
      italic: italicIn(node, marks.italic),
      link: marks.link,
      heading: marks.heading,
    };
    if (tag === 'A') {
      inner.link = safeHref(node) || marks.link;
    }
    if (tag === 'SUP' && node.querySelector('a[href*="#"]') && /^\[?\w{1,3}\]?$/.test(node.textContent.trim())) {
      // A footnote number of a web page or Google Docs, linking to a note further down.
      return;
    }
    this.blocks(node, inner);
  }

  listItems(list, marks) {
    Array.from(list.childNodes).forEach(child => {
      if (child.nodeType === Node.ELEMENT_NODE && child.tagName !== 'LI' && child.tagName !== 'UL' && child.tagName !== 'OL') {
        // Stray content in a list: an item of its own.
        const item = this.doc.createElement('li');
        this.within(item, marks, () => this.node(child, marks));
        return;
      }
      this.node(child, marks);
    });
  }

  table(source, marks) {
    const table = this.doc.createElement('table');
    this.within(table, marks, () => {
      source.querySelectorAll('tr').forEach(row => {
        if (row.closest('table') !== source) {
          return;
        }
        const tr = this.doc.createElement('tr');
        table.appendChild(tr);
        Array.from(row.children).forEach(cell => {
          if (cell.tagName !== 'TD' && cell.tagName !== 'TH') {
            return;
          }
          const clean = this.doc.createElement(cell.tagName.toLowerCase());
          tr.appendChild(clean);
          const saved = this.container;
          this.container = clean;
          this.paragraph = clean;
          this.blocks(cell, marks);
          this.container = saved;
          this.closeParagraph();
        });
      });
    });
  }

  text(data, marks) {
    const text = data.replace(/[\s\u00a0]+/g, ' ');
    if (!text.trim() && !this.paragraph) {
      return;
    }
    let target = this.inline();
    if (marks.link) {
      target = this.wrap(target, 'a', marks.link);
    }
    if (marks.bold) {
      target = this.wrap(target, 'strong');
    }
    if (marks.italic) {
      target = this.wrap(target, 'em');
    }
    target.appendChild(this.doc.createTextNode(text));
  }

  /** The element for a mark: the last child of target when it is the same mark, so that a run stays one element. */
  wrap(target, tag, href) {
    const last = target.lastChild;
    if (last && last.nodeType === Node.ELEMENT_NODE && last.tagName === tag.toUpperCase()
      && (!href || last.getAttribute('href') === href)) {
      return last;
    }
    const element = this.doc.createElement(tag);
    if (href) {
      element.setAttribute('href', href);
    }
    target.appendChild(element);
    return element;
  }
}

// Empty paragraphs, headings, items and quotes go; spaces at the edges of a block go.
function tidy(root) {
  let changed = true;
  while (changed) {
    changed = false;
    root.querySelectorAll('p, h2, h3, li, blockquote, ul, ol, strong, em, a').forEach(element => {
      if (!element.textContent.replace(/[\s\u00a0]+/g, '') && !element.querySelector('hr, table')) {
        element.remove();
        changed = true;
      }
    });
  }
  root.querySelectorAll('p, h2, h3, li > p, td, th').forEach(block => {
    trimEdge(block, true);
    trimEdge(block, false);
    while (block.lastChild && block.lastChild.nodeName === 'BR') {
      block.lastChild.remove();
    }
    while (block.firstChild && block.firstChild.nodeName === 'BR') {
      block.firstChild.remove();
    }
  });
}

function trimEdge(block, start) {
  let node = start ? block.firstChild : block.lastChild;
  while (node && node.nodeType === Node.ELEMENT_NODE && node.nodeName !== 'BR') {
    node = start ? node.firstChild : node.lastChild;
  }
  if (node && node.nodeType === Node.TEXT_NODE) {
    node.data = start ? node.data.replace(/^\s+/, '') : node.data.replace(/\s+$/, '');
  }
}

// --- Pasted images: offered to the library ---------------------------------------------------------------------------

/**
 * A paste that carries images (a screenshot, an image copied from a viewer, or Word's data: URLs) offers each to the
 * library, one dialog at a time: alt text (required, since readers who cannot see it get nothing else) and an optional
 * credit, then the media library's own upload endpoint; the story gets a line ![alt](media:42) and never the image's
 * bytes. The paste's text, if any, goes in as usual. Answers whether the paste was all images (nothing else to paste).
 *
 * insertImage puts a library image in the body ({ id, markdown, thumbnail }); uploadUrl (the library's upload
 * endpoint) and csrf (gives { header, token }) are the page's unless given.
 */
export function offerPastedImages(view, event, slice, { insertImage, uploadUrl = libraryUploadUrl(), csrf = pageCsrf }) {
  const images = pastedImages(event.clipboardData);
  if (images.length === 0 || !uploadUrl || typeof HTMLDialogElement === 'undefined') {
    return false;
  }
  const hasText = slice && slice.content.size > 0 && slice.content.textBetween(0, slice.content.size, ' ', ' ').trim() !== '';
  if (!hasText && !view.state.selection.empty) {
    // A paste replaces what is selected, even when all it brings is an image.
    view.dispatch(view.state.tr.deleteSelection().scrollIntoView());
  }
  // After this paste's own text is in: the image goes after it, where the caret is then.
  setTimeout(() => {
    images.reduce((previous, image, index) => previous.then(() => offerOne(image, index + 1, images.length,
      { uploadUrl, insertImage, csrf })), Promise.resolve());
  }, 0);
  return !hasText;
}

/**
 * The library's upload endpoint (the one its own page uses for one file), found next to the picker's address that the
 * editor page gives: /admin/media/choose and /admin/media/upload are siblings.
 */
function libraryUploadUrl() {
  const picker = document.getElementById('image-picker');
  const choose = picker ? picker.getAttribute('data-choose-url') : null;
  return choose ? new URL('upload', new URL(choose, document.baseURI)).href : null;
}

/** The CSRF header and token of the page, from admin.js. */
function pageCsrf() {
  return window.Newsroom && window.Newsroom.csrf ? window.Newsroom.csrf() : null;
}

let offers = 0;

function offerOne(image, number, count, { uploadUrl, insertImage, csrf }) {
  return new Promise(resolve => {
    const id = 'paste-image-' + (++offers);
    const dialog = make('dialog', { className: 'editor-dialog paste-image', id, 'aria-labelledby': id + '-title' });
    const form = make('form', { method: 'dialog', className: 'editor-dialog__form' });
    dialog.appendChild(form);
    form.appendChild(make('h2', { id: id + '-title' },
      count > 1 ? 'Pasted image ' + number + ' of ' + count + ': put it in the library?' : 'Put the pasted image in the library?'));
    form.appendChild(make('p', { className: 'hint' },
      'Images in a story come from the media library. Upload this one, and it goes in the body where you pasted it.'));
    const preview = make('img', { className: 'paste-image__preview', alt: '' });
    // Sized here rather than in a style sheet of its own (CSSOM, which the Content-Security-Policy allows).
    preview.style.display = 'block';
    preview.style.maxWidth = '100%';
    preview.style.maxHeight = '12rem';
    preview.style.margin = '0 0 1rem';
    form.appendChild(preview);
    const reader = new FileReader();
    reader.addEventListener('load', () => { preview.src = reader.result; });
    reader.readAsDataURL(image);
    const alt = field(form, id + '-alt', 'Alt text', 'what the image shows, for readers who cannot see it', image.suggestedAlt);
    const credit = field(form, id + '-credit', 'Credit', 'optional, e.g. Photo: Ana Reyes', '');
    const error = make('p', { className: 'field__error', id: id + '-error', role: 'alert' });
    const status = make('p', { className: 'hint', id: id + '-status', role: 'status' });
    form.appendChild(error);
    form.appendChild(status);
    const upload = make('button', { type: 'submit', value: 'upload', className: 'button button--small button--primary' },
      'Upload to the library');
    const skip = make('button', { type: 'submit', value: 'skip', className: 'button button--small', formNoValidate: true },
      'Leave it out');
    form.appendChild(make('div', { className: 'editor-dialog__actions' }, [upload, skip]));
    document.body.appendChild(dialog);

    form.addEventListener('submit', submitted => {
      const action = submitted.submitter ? submitted.submitter.value : 'skip';
      if (action !== 'upload') {
        return;
      }
      submitted.preventDefault();
      const text = alt.value.trim();
      if (!text) {
        error.textContent = 'Describe the image first: alt text is what readers who cannot see it get instead.';
        alt.setAttribute('aria-invalid', 'true');
        alt.setAttribute('aria-describedby', error.id);
        alt.focus();
        return;
      }
      error.textContent = '';
      alt.removeAttribute('aria-invalid');
      status.textContent = 'Uploading…';
      upload.disabled = true;
      send(image, credit.value.trim(), uploadUrl, csrf).then(answer => {
        const markdown = '![' + text.replace(/([\\[\]])/g, '\\$1') + '](media:' + answer.id + ')';
        dialog.close();
        insertImage({ id: answer.id, markdown, thumbnail: answer.thumbnail, alt: text });
      }).catch(problem => {
        upload.disabled = false;
        status.textContent = '';
        error.textContent = problem.message;
      });
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve();
    });
    dialog.showModal();
    alt.focus();
  });
}

function send(image, credit, uploadUrl, csrf) {
  const data = new FormData();
  const type = image.type || 'image/png';
  const name = image.name || 'pasted-image-' + new Date().toISOString().replace(/[:.]/g, '-') + '.' + type.split('/')[1];
  data.append('file', image, name);
  data.append('credit', credit);
  const headers = { Accept: 'application/json' };
  const token = csrf();
  if (token) {
    headers[token.header] = token.token;
  }
  return fetch(uploadUrl, { method: 'POST', body: data, headers, credentials: 'same-origin' })
    .catch(() => { throw new Error('The upload did not reach the server. Check the connection and try again.'); })
    .then(response => response.json().catch(() => null).then(answer => {
      if (response.ok && answer && answer.status === 'stored') {
        return answer;
      }
      if (response.status === 401 || response.status === 403 || response.redirected) {
        throw new Error('Your session has expired. Sign in again in another tab, then try again.');
      }
      throw new Error(answer && answer.message ? answer.message : 'The upload failed (' + response.status + '). Try again.');
    }));
}

function field(form, id, label, hint, value) {
  const input = make('input', { type: 'text', id, dir: 'auto', autocomplete: 'off' });
  input.value = value || '';
  const text = make('label', { htmlFor: id }, [label + ' ', make('span', { className: 'hint' }, hint)]);
  form.appendChild(make('div', { className: 'field' }, [text, input]));
  return input;
}

function make(tag, properties, children) {
  const node = document.createElement(tag);
  Object.keys(properties || {}).forEach(key => {
    if (key.indexOf('-') !== -1) {
      node.setAttribute(key, properties[key]);
    } else {
      node[key] = properties[key];
    }
  });
  [].concat(children === undefined ? [] : children).forEach(child => {
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  });
  return node;
}
