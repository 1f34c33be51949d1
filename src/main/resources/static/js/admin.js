// Progressive enhancement for the admin area. Every page works without it; with it, the editor previews in
// place, saves on its own every few seconds, keeps a copy of unsaved text in this browser, and shows who else
// has the story open.
(function () {
  'use strict';

  // How often the editor autosaves, unless the page says otherwise (newsroom.editor.autosave-interval).
  var AUTOSAVE_EVERY_MS = 5000;
  // How soon after typing the browser's own copy of the form is written: what a crash could cost at most.
  var KEEP_AFTER_MS = 300;
  var HEARTBEAT_EVERY_MS = 15000;
  // The story's fields, as the server lists them on the editor's form (StoryField), so that a new field is kept too.
  var FIELDS = [];

  // The one place the scripts read the CSRF token that the layout puts in the page: every request that changes
  // something sends it, as a header (fetch, XMLHttpRequest) or as a field (sendBeacon, which cannot set headers).
  // media.js, loaded after this script, uses it too.
  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  // Where the server sends an expired session; the layout renders it, as the page renders every address the
  // scripts call, so that the scripts hold no address of their own.
  function loginUrl() {
    return document.body.getAttribute('data-login-url');
  }

  window.Newsroom = { csrf: csrf, loginUrl: loginUrl };

  function csrfHeaders(contentType, accept) {
    var token = csrf();
    var headers = { 'Accept': accept || 'application/json' };
    if (contentType) {
      headers['Content-Type'] = contentType;
    }
    if (token) {
      headers[token.header] = token.token;
    }
    return headers;
  }

  function post(url, body, accept) {
    return fetch(url, {
      method: 'POST',
      headers: csrfHeaders('application/x-www-form-urlencoded;charset=UTF-8', accept),
      credentials: 'same-origin',
      redirect: 'follow',
      body: body
    });
  }

  function sessionExpired(response) {
    return response.status === 401 || (response.redirected && response.url.indexOf(loginUrl()) !== -1);
  }

  // Preview the body without leaving the page: the server renders and sanitizes it exactly as for readers.
  function enhancePreview() {
    var button = document.querySelector('button[data-preview]');
    var body = document.getElementById('body');
    var pane = document.getElementById('preview-pane');
    var url = button && button.form ? button.form.getAttribute('data-preview-url') : null;
    if (!button || !body || !pane || !url) {
      return;
    }
    button.addEventListener('click', function (event) {
      event.preventDefault();
      var target = pane.querySelector('.article__body');
      var language = document.getElementById('language');
      var params = 'body=' + encodeURIComponent(body.value) +
        (language ? '&language=' + encodeURIComponent(language.value) : '');
      post(url, params, 'text/html')
        .then(function (response) {
          if (!response.ok || sessionExpired(response)) {
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

  function values(form) {
    var result = {};
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      if (field) {
        result[name] = field.type === 'checkbox' ? String(field.checked) : field.value;
      }
    });
    return result;
  }

  function sameValues(a, b) {
    return FIELDS.every(function (name) {
      return (a[name] || '') === (b[name] || '');
    });
  }

  // The browser-local backstop: whatever is typed is kept in this browser until the server has it, so a closed tab,
  // a crash, a lost network or an expired session costs at most the last keystrokes.
  function enhanceEditor() {
    var form = document.querySelector('form.story-form');
    if (!form) {
      return;
    }
    FIELDS = (form.getAttribute('data-fields') || '').split(' ').filter(Boolean);
    var storyId = form.getAttribute('data-story-id');
    var key = 'newsroom:story:' + storyId;
    var status = document.getElementById('autosave-status');
    var versionField = form.elements.version;
    var serverValues = values(form);
    var dirty = false;
    var saving = false;
    var inFlight = null;
    var paused = false;

    function say(text, problem) {
      if (!status) {
        return;
      }
      status.textContent = text;
      status.classList.toggle('autosave-status--problem', !!problem);
    }

    function keepLocally() {
      try {
        localStorage.setItem(key, JSON.stringify({ values: values(form), at: new Date().toISOString() }));
      } catch (e) {
        // Storage full or disabled: the server-side autosave still runs.
      }
    }

    function forgetLocally() {
      try {
        localStorage.removeItem(key);
      } catch (e) {
        // nothing to forget
      }
    }

    function readLocal() {
      try {
        var stored = localStorage.getItem(key);
        return stored ? JSON.parse(stored) : null;
      } catch (e) {
        return null;
      }
    }

    // On load: offer text this browser kept that the server does not have.
    var kept = readLocal();
    var banner = document.getElementById('local-copy');
    if (kept && kept.values && !sameValues(kept.values, serverValues)) {
      if (form.getAttribute('data-saved') === 'true') {
        // The page shows a save that just succeeded: what the browser kept is older than that.
        forgetLocally();
      } else if (banner) {
        document.getElementById('local-copy-time').textContent = new Date(kept.at).toLocaleString();
        banner.hidden = false;
        document.getElementById('local-copy-restore').addEventListener('click', function () {
          FIELDS.forEach(function (name) {
            var field = form.elements[name];
            if (field && kept.values[name] !== undefined) {
              if (field.type === 'checkbox') {
                field.checked = kept.values[name] === 'true';
              } else {
                field.value = kept.values[name];
              }
            }
          });
          banner.hidden = true;
          dirty = true;
          say('Your unsaved text is back in the form. It will be saved in a moment.');
        });
        document.getElementById('local-copy-discard').addEventListener('click', function () {
          forgetLocally();
          banner.hidden = true;
        });
      }
    } else if (kept) {
      forgetLocally();
    }

    // Kept a moment after typing rather than at every key press: writing the whole form to storage is synchronous,
    // and with a long story it took several milliseconds of each key press (twice, as the rich editor's key press
    // is an input event of its own and one of the body's textarea). Leaving the page writes at once.
    var keepTimer = null;
    function keepSoon() {
      if (keepTimer === null) {
        keepTimer = setTimeout(function () {
          keepTimer = null;
          keepLocally();
        }, KEEP_AFTER_MS);
      }
    }
    function keepNow() {
      if (keepTimer !== null) {
        clearTimeout(keepTimer);
        keepTimer = null;
        keepLocally();
      }
    }
    window.addEventListener('pagehide', keepNow);
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') {
        keepNow();
      }
    });
    form.addEventListener('input', function () {
      dirty = true;
      keepSoon();
    });
    form.addEventListener('change', function () {
      dirty = true;
      keepSoon();
    });

    if (form.getAttribute('data-autosave') !== 'on' || !form.getAttribute('data-autosave-url') || !versionField) {
      return;
    }

    function autosave() {
      if (!dirty || saving || paused) {
        return;
      }
      saving = true;
      dirty = false;
      var sent = values(form);
      var body = new URLSearchParams(new FormData(form));
      body.delete('action');
      inFlight = post(form.getAttribute('data-autosave-url'), body.toString())
        .then(function (response) {
          if (sessionExpired(response)) {
            dirty = true;
            paused = true;
            say('Your session has expired, so autosave stopped. Your text is kept in this browser: press Save to '
              + 'sign in again and keep it.', true);
            return null;
          }
          return response.json().then(function (answer) {
            if (response.ok) {
              versionField.value = answer.version;
              serverValues = values(form);
              if (!dirty) {
                forgetLocally();
              }
              say('Saved automatically at ' + new Date().toLocaleTimeString() + '.');
            } else if (response.status === 409 && answer.status === 'merged') {
              // Someone else saved, and their changes merge with this editor's by themselves. Nothing is saved
              // yet: the merged text goes in the form, and the next autosave saves it over their version. Typed
              // meanwhile, it would be lost, so the merge is asked for again next time, with what is typed then.
              dirty = true;
              if (sameValues(values(form), sent)) {
                takeMerged(answer.fields);
                versionField.value = answer.version;
                showMerged(answer.message);
                keepLocally();
                say('Merged with another save. The merged text is saved in a moment.');
              }
            } else if (response.status === 409) {
              paused = true;
              dirty = true;
              say('Someone else saved this story, so autosave stopped. Press Save to compare and keep both.', true);
            } else {
              dirty = true;
              say('Not saved automatically yet: ' + Object.values(answer.errors || {}).join(' '), true);
            }
          });
        })
        .catch(function () {
          dirty = true;
          say('Could not reach the server. Your text is kept in this browser and will be saved when it can.', true);
        })
        .finally(function () {
          saving = false;
        });
    }

    // The merged story in the form's fields. Each field that changes says so with an input event (and
    // newsroom:replaced), so that whatever shows the field, a richer editor of the body say, shows the new text.
    function takeMerged(fields) {
      Object.keys(fields || {}).forEach(function (name) {
        var field = form.elements[name];
        if (!field || field.disabled) {
          return;
        }
        if (field.type === 'checkbox') {
          if (field.checked === (fields[name] === 'true')) {
            return;
          }
          field.checked = fields[name] === 'true';
        } else {
          if (field.value === fields[name]) {
            return;
          }
          field.value = fields[name];
        }
        field.dispatchEvent(new Event('input', { bubbles: true }));
        field.dispatchEvent(new CustomEvent('newsroom:replaced', { bubbles: true }));
      });
    }

    function showMerged(message) {
      var notice = document.getElementById('merged-notice');
      if (notice) {
        notice.textContent = message;
        notice.className = 'notice notice--merged';
      }
    }

    setInterval(autosave, Number(form.getAttribute('data-autosave-ms')) || AUTOSAVE_EVERY_MS);
    form.addEventListener('submit', function (event) {
      paused = true;
      keepLocally();
      // An autosave on its way moves the story's version once it lands. Sent now, the form would carry the version
      // before it, and this editor's own autosave would look like someone else's save: it goes when the answer is in.
      if (saving && inFlight) {
        event.preventDefault();
        var button = event.submitter;
        inFlight.then(function () {
          form.requestSubmit(button);
        });
      }
    });
    enhancePresence(form);
  }

  // The soft lock: a heartbeat keeps this editor's hold on the story, and tells them who else is editing.
  function enhancePresence(form) {
    var box = document.getElementById('presence');
    var text = document.getElementById('presence-text');
    var heartbeatUrl = form.getAttribute('data-heartbeat-url');
    var releaseUrl = form.getAttribute('data-release-url');
    if (!box || !text || !heartbeatUrl) {
      return;
    }
    // The hold this page has (when it was taken, and the last heartbeat this page heard of), for the beacon that
    // gives it up when the page closes.
    var heldSince = box.getAttribute('data-held-since') || '';
    var heldBeat = box.getAttribute('data-held-beat') || '';
    function show(answer) {
      if (answer.state === 'HELD') {
        heldSince = answer.sinceTime;
        heldBeat = answer.beatTime || '';
        box.classList.add('is-hidden');
        return;
      }
      heldSince = '';
      heldBeat = '';
      var who = document.createElement('strong');
      who.textContent = answer.name;
      text.textContent = '';
      text.appendChild(who);
      text.appendChild(document.createTextNode(answer.state === 'TAKEN_OVER'
        ? ' took over editing this story at ' + answer.since + '. Your text is kept in this browser; if you save, '
          + 'nothing of theirs is overwritten.'
        : ' has been editing since ' + answer.since + '.'));
      box.classList.remove('is-hidden');
    }
    function beat() {
      post(heartbeatUrl, '')
        .then(function (response) {
          return response.ok && !sessionExpired(response) ? response.json() : null;
        })
        .then(function (answer) {
          if (answer) {
            show(answer);
          }
        })
        .catch(function () {
          // The next heartbeat tries again.
        });
    }
    setInterval(beat, HEARTBEAT_EVERY_MS);
    // A tab brought back to the front, or a page restored from the back-forward cache (whose hold its beacon gave
    // up), says at once who is editing, rather than at the next heartbeat.
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') {
        beat();
      }
    });
    window.addEventListener('pageshow', function (event) {
      if (event.persisted) {
        beat();
      }
    });
    // Closing the tab, or leaving the editor, gives the story up within seconds rather than when the hold expires.
    // A beacon cannot set headers, so the CSRF token goes in its body. The server keeps the hold if a newer
    // heartbeat than this page's came since (this editor's next page after a save, or another tab of theirs).
    window.addEventListener('pagehide', function () {
      var token = csrf();
      if (navigator.sendBeacon && token && releaseUrl && heldSince) {
        var fields = { _csrf: token.token, since: heldSince };
        if (heldBeat) {
          fields.beat = heldBeat;
        }
        navigator.sendBeacon(releaseUrl, new URLSearchParams(fields));
      }
    });
  }

  // Unpublish asks first. Without JavaScript the button is a link to a confirmation page; with it, the same
  // confirmation opens in a dialog, and the editor's text stays on the page behind it.
  function enhanceUnpublish() {
    var button = document.querySelector('a[data-unpublish]');
    var dialog = document.getElementById('unpublish-dialog');
    if (!button || !dialog || typeof dialog.showModal !== 'function') {
      return;
    }
    // Autosave may have moved the story's version since the page was rendered, or while the dialog was open: the
    // dialog's form takes the version the editor holds when it is opened and again when it is sent.
    function takeCurrentVersion() {
      var current = document.querySelector('form.editor-form input[name="version"], input#version');
      var version = dialog.querySelector('[data-unpublish-version]');
      if (current && version && current.value) {
        version.value = current.value;
      }
    }
    button.addEventListener('click', function (event) {
      event.preventDefault();
      takeCurrentVersion();
      dialog.showModal();
    });
    var confirmation = dialog.querySelector('form');
    if (confirmation) {
      confirmation.addEventListener('submit', takeCurrentVersion);
    }
    dialog.querySelector('[data-unpublish-cancel]').addEventListener('click', function (event) {
      event.preventDefault();
      dialog.close();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    enhancePreview();
    enhanceEditor();
    enhanceUnpublish();
  });
})();
