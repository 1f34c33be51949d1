/*
 * A live story's page (site/article.html's .live): new entries, edits and deletions arrive by Server-Sent Events
 * (/live/{id}/stream) and wait behind a "N new updates" button, so that the reader's place never jumps; a click puts
 * them in. EventSource reconnects by itself with Last-Event-ID. When the stream cannot be opened (the server refuses
 * it, 503, or a proxy breaks it), the page asks /live/{id}/since?after=N instead, every 15 seconds, an answer the CDN
 * serves to everyone. Once the coverage ends the page says so and stops listening. Only the newest page of entries
 * listens: a reader on "Older updates" or a permalink reads what is there. A pin waits behind the button too: a click
 * shows the newly pinned entry in the pinned slot (where a reload would show it; it keeps its place in the list), or
 * empties the slot once nothing is pinned.
 */
(function () {
  "use strict";
  var root = document.querySelector(".live[data-live-story]");
  if (!root || root.dataset.liveEnded === "true" || root.dataset.liveNewest !== "true") {
    return;
  }
  var story = root.dataset.liveStory;
  var change = Number(root.dataset.liveChange) || 0;
  var list = root.querySelector(".live__entries");
  var bar = root.querySelector(".live__new");
  var button = root.querySelector(".live__new-button");
  var pending = new Map(); // entry id -> its latest change ({id, postedAt, deleted, html})
  var pinned = root.dataset.livePinned ? Number(root.dataset.livePinned) : null; // the entry the slot shows
  var pin = null; // the pin to show once the reader asks: {id, html}, id null to empty the slot
  var source = null;
  var poller = null;
  var ended = false;
  var POLL_MS = 15000;

  function isShown(id) {
    return document.getElementById("entry-" + id) !== null;
  }

  function label() {
    var added = 0;
    var changed = 0;
    pending.forEach(function (entry) {
      if (isShown(entry.id)) {
        changed++;
      } else if (!entry.deleted) {
        added++;
      }
    });
    if (pin !== null && (pin.id === null || !pending.has(pin.id))) {
      changed++; // a pin (or an unpin) of an entry that did not change itself
    }
    if (added + changed === 0) {
      return null;
    }
    if (added > 0) {
      return added === 1 ? "1 new update" : added + " new updates";
    }
    return changed === 1 ? "1 update changed" : changed + " updates changed";
  }

  function refreshButton() {
    var text = label();
    if (text === null) {
      pending.clear();
      pin = null;
      bar.hidden = true;
      return;
    }
    button.textContent = text;
    bar.hidden = false;
  }

  function fragment(html) {
    var template = document.createElement("template");
    template.innerHTML = html; // the server's escaped and sanitized markup of one entry
    return template.content.firstElementChild;
  }

  /** Shows this entry in the pinned slot, made if the page had none, or removes the slot when nothing is pinned. */
  function showPin(next) {
    var slot = root.querySelector(".live__pinned");
    if (next.id === null || !next.html) {
      if (slot) {
        slot.remove();
      }
      pinned = null;
      return;
    }
    if (!slot) {
      slot = document.createElement("div");
      slot.className = "live__pinned";
      var label = document.createElement("p");
      label.className = "live__pinned-label";
      label.textContent = "Pinned";
      slot.appendChild(label);
      root.insertBefore(slot, root.querySelector(".live__key-events") || bar);
    }
    var entry = fragment(next.html);
    entry.removeAttribute("id"); // the entry keeps its id, and its place, in the list below
    entry.classList.add("live-entry--pinned");
    var shown = slot.querySelector(".live-entry");
    if (shown) {
      shown.replaceWith(entry);
    } else {
      slot.appendChild(entry);
    }
    pinned = next.id;
  }

  function applyPending() {
    var added = [];
    pending.forEach(function (entry) {
      var shown = document.getElementById("entry-" + entry.id);
      if (entry.deleted) {
        if (shown) {
          shown.remove();
        }
      } else if (shown) {
        shown.replaceWith(fragment(entry.html));
      } else {
        added.push(entry);
      }
    });
    added.sort(function (a, b) {
      return a.postedAt < b.postedAt ? -1 : a.postedAt > b.postedAt ? 1 : a.id - b.id;
    });
    added.forEach(function (entry) {
      var element = fragment(entry.html);
      element.classList.add("live-entry--fresh");
      list.insertBefore(element, list.firstElementChild);
    });
    if (pin !== null) {
      showPin(pin);
    }
    pin = null;
    pending.clear();
    bar.hidden = true;
    var empty = root.querySelector(".live__empty");
    if (empty && list.firstElementChild) {
      empty.remove();
    }
  }

  function end() {
    ended = true;
    if (source) {
      source.close();
    }
    if (poller) {
      clearInterval(poller);
    }
    var badge = root.querySelector(".live__badge");
    if (badge) {
      badge.remove();
    }
    if (!root.querySelector(".live__ended")) {
      var note = document.createElement("p");
      note.className = "live__ended";
      note.setAttribute("role", "status");
      note.textContent = "This live coverage has ended.";
      root.querySelector(".live__heading").after(note);
    }
  }

  function receive(message) {
    if (message.change <= change && !message.ended) {
      return;
    }
    change = Math.max(change, message.change);
    message.entries.forEach(function (entry) {
      pending.set(entry.id, entry);
    });
    var next = message.pinned === null || message.pinned === undefined ? null : message.pinned;
    var edited = next !== null && message.entries.some(function (entry) {
      return entry.id === next;
    });
    if (next !== pinned || edited || (pin !== null && pin.id !== next)) {
      pin = { id: next, html: message.pinnedHtml };
    } else if (pin !== null) {
      pin.html = message.pinnedHtml; // the same pin, its latest text
    }
    if (pin !== null && pin.id === pinned && !edited && !pending.has(pinned)) {
      pin = null; // pinned and unpinned again before the reader looked: nothing to show
    }
    refreshButton();
    if (message.ended) {
      end();
    }
  }

  function poll() {
    fetch("/live/" + story + "/since?after=" + change, { headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (message) {
        if (message) {
          receive(message);
        }
      })
      .catch(function () {
        // the next poll tries again
      });
  }

  function fallBackToPolling() {
    if (source) {
      source.close();
      source = null;
    }
    if (!poller && !ended) {
      root.dataset.liveListening = "poll";
      poll();
      poller = setInterval(poll, POLL_MS);
    }
  }

  button.addEventListener("click", applyPending);

  if (!("EventSource" in window)) {
    fallBackToPolling();
    return;
  }
  source = new EventSource("/live/" + story + "/stream?after=" + change);
  source.addEventListener("open", function () {
    root.dataset.liveListening = "stream"; // what the page listens by, for the curious and the tests
  });
  source.addEventListener("changes", function (event) {
    receive(JSON.parse(event.data));
  });
  source.addEventListener("error", function () {
    // EventSource reconnects by itself after a network error; CLOSED means the server refused the stream.
    if (source && source.readyState === EventSource.CLOSED && !ended) {
      fallBackToPolling();
    }
  });
})();
