// Progressive enhancement for images. Without it, the library's form uploads files and the editor takes an image's
// number; with it, files can be dropped and upload one by one with a progress bar each, and the editor picks images
// from the library in a dialog, for the lead image or the body.
(function () {
  'use strict';

  // The CSRF token and the sign-in address, from admin.js, which the layout loads first.
  var csrf = window.Newsroom.csrf;
  var loginUrl = window.Newsroom.loginUrl;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  // --- The library: drag and drop, one request per file, each with its progress bar and its answer. ---------------
  function enhanceUpload() {
    var form = document.querySelector('form.upload__form');
    var list = document.getElementById('upload-list');
    var zone = document.getElementById('dropzone');
    if (!form || !list || !zone || !window.FormData || !window.XMLHttpRequest) {
      return;
    }
    var input = form.elements.files;
    var url = form.getAttribute('data-upload-url');
    var or = zone.querySelector('.dropzone__or');
    if (or) {
      or.hidden = false;
    }

    function upload(file) {
      var item = element('li', 'upload-item');
      var name = element('span', 'upload-item__name', file.name);
      var bar = element('progress');
      bar.max = 100;
      bar.value = 0;
      bar.setAttribute('aria-label', 'Uploading ' + file.name);
      var message = element('span', 'upload-item__message', 'Uploading…');
      item.appendChild(name);
      item.appendChild(bar);
      item.appendChild(message);
      list.insertBefore(item, list.firstChild);

      var data = new FormData();
      data.append('file', file);
      data.append('credit', form.elements.credit ? form.elements.credit.value : '');
      var request = new XMLHttpRequest();
      request.open('POST', url);
      request.setRequestHeader('Accept', 'application/json');
      var token = csrf();
      if (token) {
        request.setRequestHeader(token.header, token.token);
      }
      request.upload.addEventListener('progress', function (event) {
        if (event.lengthComputable) {
          bar.value = Math.round(event.loaded * 100 / event.total);
        }
      });
      request.addEventListener('load', function () {
        bar.remove();
        var answer = null;
        try {
          answer = JSON.parse(request.responseText);
        } catch (e) {
          answer = null;
        }
        if (request.status === 401 || request.responseURL.indexOf(loginUrl()) !== -1) {
          refused(item, message, 'Your session has expired. Sign in again, then upload this file again.');
        } else if (answer && answer.status === 'stored') {
          item.classList.add('upload-item--stored');
          message.textContent = answer.message + ' ';
          var link = element('a', null, 'Describe it');
          link.href = answer.url;
          message.appendChild(link);
          if (answer.thumbnail) {
            var thumb = element('img', 'upload-item__thumb');
            thumb.src = answer.thumbnail;
            thumb.alt = '';
            thumb.width = 64;
            thumb.height = 48;
            item.insertBefore(thumb, name);
          }
        } else if (answer && answer.message) {
          refused(item, message, answer.message);
        } else {
          refused(item, message, 'The upload failed (' + request.status + '). Try again.');
        }
      });
      request.addEventListener('error', function () {
        bar.remove();
        refused(item, message, 'The upload did not reach the server. Check the connection and try again.');
      });
      request.send(data);
    }

    function refused(item, message, text) {
      item.classList.add('upload-item--refused');
      message.classList.add('field__error');
      message.textContent = text;
    }

    function uploadAll(files) {
      Array.prototype.forEach.call(files, upload);
    }

    input.addEventListener('change', function () {
      uploadAll(input.files);
      input.value = '';
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      uploadAll(input.files);
      input.value = '';
    });
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (event) {
        event.preventDefault();
        zone.classList.add('is-over');
      });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      zone.addEventListener(type, function (event) {
        event.preventDefault();
        zone.classList.remove('is-over');
      });
    });
    zone.addEventListener('drop', function (event) {
      if (event.dataTransfer && event.dataTransfer.files) {
        uploadAll(event.dataTransfer.files);
      }
    });
  }

  // --- The editor: a picker for the lead image and for images in the body. ---------------------------------------
  function enhanceEditor() {
    var dialog = document.getElementById('image-picker');
    var form = document.querySelector('form.story-form');
    var chooseUrl = dialog ? dialog.getAttribute('data-choose-url') : null;
    if (!dialog || !form || !chooseUrl || typeof dialog.showModal !== 'function') {
      return;
    }
    var grid = document.getElementById('picker-grid');
    var status = document.getElementById('picker-status');
    var more = document.getElementById('picker-more');
    var search = document.getElementById('picker-q');
    var mode = 'lead';
    var page = 1;
    var opener = null;

    Array.prototype.forEach.call(document.querySelectorAll('[data-pick], [data-remove-lead]'), function (button) {
      if (!button.closest('fieldset[disabled]')) {
        button.hidden = false;
      }
    });

    // Only the answer to the latest request is shown: a slow answer to an earlier search must not add its images
    // to those of the next one. While a request is out, the grid is aria-busy; once the answer is shown, the grid
    // says which search it shows (data-query), for assistive technology and for tests to wait on.
    var generation = 0;

    function load(reset) {
      var mine = ++generation;
      var query = search.value;
      if (reset) {
        page = 1;
        grid.textContent = '';
      }
      grid.setAttribute('aria-busy', 'true');
      status.textContent = 'Loading…';
      var url = new URL(chooseUrl, document.baseURI);
      url.searchParams.set('page', page);
      url.searchParams.set('q', query);
      fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok || response.redirected) {
            throw new Error('status ' + response.status);
          }
          return response.json();
        })
        .then(function (answer) {
          if (mine !== generation) {
            return;
          }
          answer.images.forEach(show);
          status.textContent = grid.children.length === 0
            ? 'No image found. Upload images in the media library.'
            : '';
          more.hidden = !answer.hasNext;
          grid.dataset.query = query;
          grid.setAttribute('aria-busy', 'false');
        })
        .catch(function () {
          if (mine !== generation) {
            return;
          }
          status.textContent = 'The library could not be loaded. Is the session still open?';
          grid.dataset.query = query;
          grid.setAttribute('aria-busy', 'false');
        });
    }

    function show(image) {
      var item = element('li');
      var button = element('button', 'picker__choice');
      button.type = 'button';
      if (image.thumbnail) {
        var img = element('img');
        img.src = image.thumbnail;
        img.alt = '';
        img.loading = 'lazy';
        button.appendChild(img);
      }
      button.appendChild(element('span', null, image.caption || image.alt || image.fileName));
      button.setAttribute('aria-label', 'Choose ' + image.fileName + (image.alt ? ': ' + image.alt : ''));
      button.addEventListener('click', function () {
        choose(image);
      });
      item.appendChild(button);
      grid.appendChild(item);
    }

    function changed(field) {
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }

    function choose(image) {
      if (mode === 'lead') {
        var id = form.elements.leadImageId;
        id.value = image.id;
        changed(id);
        setLead(image);
      } else if (window.Newsroom.body && window.Newsroom.body.insertImage(image)) {
        // The rich-text editor (editor.js) took it, as an image of its own; it writes the same line to the body.
      } else {
        var body = form.elements.body;
        var start = body.selectionStart || 0;
        var before = body.value.substring(0, start);
        var after = body.value.substring(body.selectionEnd || start);
        var line = image.markdown;
        var prefix = before.length === 0 || /\n\n$/.test(before) ? '' : (/\n$/.test(before) ? '\n' : '\n\n');
        var suffix = after.length === 0 || /^\n\n/.test(after) ? '\n' : (/^\n/.test(after) ? '\n' : '\n\n');
        body.value = before + prefix + line + suffix + after;
        var caret = (before + prefix + line).length;
        body.setSelectionRange(caret, caret);
        changed(body);
      }
      dialog.close();
      if (opener) {
        opener.focus();
      }
    }

    function setLead(image) {
      var preview = document.getElementById('lead-image-preview');
      var thumb = document.getElementById('lead-image-thumb');
      if (image && image.thumbnail) {
        if (!thumb) {
          thumb = element('img');
          thumb.id = 'lead-image-thumb';
          thumb.alt = '';
          preview.insertBefore(thumb, preview.firstChild);
        }
        thumb.removeAttribute('width');
        thumb.removeAttribute('height');
        thumb.src = image.thumbnail;
      } else if (thumb) {
        thumb.remove();
      }
      document.getElementById('lead-image-name').textContent = image ? image.fileName : 'No lead image.';
      document.getElementById('lead-image-credit').textContent = image && image.credit ? image.credit : 'none';
      var altHint = document.getElementById('leadImageAlt-hint');
      if (altHint) {
        altHint.textContent = image && image.alt ? 'empty: the library’s, “' + image.alt + '”'
          : 'what the image shows, for readers who cannot see it';
      }
      var captionHint = document.getElementById('leadImageCaption-hint');
      if (captionHint) {
        captionHint.textContent = image && image.caption ? 'empty: the library’s, “' + image.caption + '”'
          : 'shown under the image';
      }
    }

    Array.prototype.forEach.call(document.querySelectorAll('[data-pick]'), function (button) {
      button.addEventListener('click', function () {
        mode = button.getAttribute('data-pick');
        opener = button;
        document.getElementById('picker-title').textContent =
          mode === 'lead' ? 'Choose the lead image' : 'Insert an image in the body';
        dialog.showModal();
        search.focus();
        load(true);
      });
    });
    var remove = document.querySelector('[data-remove-lead]');
    if (remove) {
      remove.addEventListener('click', function () {
        var id = form.elements.leadImageId;
        id.value = '';
        changed(id);
        setLead(null);
      });
    }
    dialog.querySelector('form').addEventListener('submit', function (event) {
      event.preventDefault();
      load(true);
    });
    more.addEventListener('click', function () {
      page += 1;
      load(false);
    });
    dialog.querySelector('[data-picker-close]').addEventListener('click', function () {
      dialog.close();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    enhanceUpload();
    enhanceEditor();
  });
})();
