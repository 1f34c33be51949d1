// The check a link's address passes before it goes into a story. The server's sanitizer removes unsafe links from
// the public page in any case; this tells the author at once, in words, instead of publishing a dead link.
const ALLOWED = ['http', 'https', 'mailto', 'tel'];

/** Either { url } (what to store, e.g. "https://" put before a bare "example.org/page") or { error }. */
export function checkLinkUrl(raw) {
  const url = (raw || '').trim();
  if (url === '') {
    return { error: 'Type the address the link goes to.' };
  }
  // Browsers ignore tabs, line breaks and control characters in an address, so "java\tscript:" would still run.
  if (/[\u0000-\u0020\u007f-\u009f]/.test(url)) {
    return { error: 'An address has no spaces or line breaks. Check what was pasted.' };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (scheme) {
    const name = scheme[1].toLowerCase();
    if (ALLOWED.includes(name)) {
      return { url };
    }
    if (name === 'javascript' || name === 'data' || name === 'vbscript') {
      return { error: 'Addresses starting with “' + name + ':” are refused: they run code or carry hidden content. '
        + 'Link to a web page (https://…).' };
    }
    return { error: 'A link goes to a web page (https://…), an e-mail address (mailto:) or a phone number (tel:), '
      + 'not “' + name + ':”.' };
  }
  if (url.startsWith('//')) {
    return { url: 'https:' + url };
  }
  if (url.startsWith('/') || url.startsWith('#')) {
    return { url };
  }
  if (/^[^\s/@:]+\.[a-z]{2,}([/?#].*)?$/i.test(url)) {
    return { url: 'https://' + url };
  }
  if (/^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i.test(url)) {
    return { url: 'mailto:' + url };
  }
  return { error: 'That does not look like an address. A link goes to a web page, e.g. https://example.org/page.' };
}
