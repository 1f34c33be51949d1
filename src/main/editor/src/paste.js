// What a paste brings in, cleaned before ProseMirror parses it. For now it passes the HTML through: ProseMirror's
// schema already drops what it has no node or mark for.
export function cleanPastedHtml(html) {
  return html;
}
