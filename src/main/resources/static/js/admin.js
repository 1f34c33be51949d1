// Progressive enhancement for the admin area; every page works without it.
(function () {
  'use strict';

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' };
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  // Preview the body without leaving the page: the server renders and sanitizes it exactly as for readers.
  function enhancePreview() {
    var button = document.querySelector('button[data-preview]');
    var body = document.getElementById('body');
    var pane = document.getElementById('preview-pane');
    if (!button || !body || !pane) {
      return;
    }
    button.addEventListener('click', function (event) {
      event.preventDefault();
      var target = pane.querySelector('.article__body');
      fetch('/admin/articles/preview-markdown', {
        method: 'POST',
        headers: csrfHeaders(),
        credentials: 'same-origin',
        body: 'body=' + encodeURIComponent(body.value)
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('Preview failed: ' + response.status);
        }
        return response.text();
      }).then(function (html) {
        // The HTML comes from the server's sanitizer, the same one that renders the public page.
        target.innerHTML = html;
        pane.hidden = false;
        pane.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
      }).catch(function () {
        // Fall back to the form's own preview, which needs no script.
        button.removeAttribute('data-preview');
        button.click();
      });
    });
  }

  document.addEventListener('DOMContentLoaded', enhancePreview);
})();
