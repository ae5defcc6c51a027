// The outbox: captures made without a network, kept in this browser (IndexedDB) under the id
// the capture form gave them, and sent when the network returns. The page (app.js) and the
// service worker (sw.js, for Background Sync) both load this file; the server takes the id as
// an idempotency key, so a capture sent by both at once is still one meeting.
(function (scope) {
  "use strict";

  var DB = "followthrough", STORE = "outbox";

  function open() {
    return new Promise(function (resolve, reject) {
      var request = scope.indexedDB.open(DB, 1);
      request.onupgradeneeded = function () { request.result.createObjectStore(STORE, { keyPath: "id" }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var done = db.transaction(STORE, mode), answer;
        var request = work(done.objectStore(STORE));
        if (request) { request.onsuccess = function () { answer = request.result; }; }
        done.oncomplete = function () { db.close(); resolve(answer); };
        done.onerror = done.onabort = function () { db.close(); reject(done.error); };
      });
    });
  }

  // A fresh id for a capture: random, 8 to 64 letters, digits or dashes (what the server takes).
  function newId() {
    if (scope.crypto && scope.crypto.randomUUID) { return scope.crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    scope.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function all() { return run("readonly", function (store) { return store.getAll(); }); }
  function put(entry) { return run("readwrite", function (store) { return store.put(entry); }); }
  function remove(id) { return run("readwrite", function (store) { return store.delete(id); }); }

  // Keep a capture: `fields` are the form's fields (name, where, ..., client_id, owner).
  function keep(fields, syncUrl, captureUrl) {
    var entry = {
      id: fields.client_id, owner: fields.owner, fields: fields, state: "waiting", message: "",
      madeAt: new Date().toISOString(), syncUrl: syncUrl, captureUrl: captureUrl
    };
    return put(entry).then(function () { return entry; });
  }

  // The capture form's CSRF token, read from the page itself (the service worker has no page).
  function freshToken(captureUrl) {
    return scope.fetch(captureUrl, { credentials: "same-origin" }).then(function (response) {
      return response.text();
    }).then(function (page) {
      var found = /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(page);
      return found ? found[1] : "";
    });
  }

  function post(entry, token) {
    var body = new URLSearchParams();
    Object.keys(entry.fields).forEach(function (key) {
      if (key !== "csrfmiddlewaretoken") { body.append(key, entry.fields[key]); }
    });
    return scope.fetch(entry.syncUrl, {
      method: "POST", credentials: "same-origin", body: body,
      headers: { "X-CSRFToken": token, "Accept": "application/json" }
    });
  }

  // Send one entry; resolves to what became of it ("saved", "ask", "error", "waiting").
  function send(entry, token) {
    entry.state = "sending";
    return put(entry).then(function () {
      return post(entry, token || entry.fields.csrfmiddlewaretoken || "");
    }).then(function (response) {
      if (response.status === 403 && !token) {  // a stale token: ask the page for today's
        return freshToken(entry.captureUrl).then(function (fresh) { return send(entry, fresh || "-"); });
      }
      return response.json().catch(function () { return { status: "", message: "" }; }).then(function (answer) {
        return settle(entry, response.status, answer);
      });
    }, function () {
      entry.state = "waiting";  // no network (again): it stays kept
      entry.message = "";
      return put(entry).then(function () { return entry; });
    });
  }

  function settle(entry, status, answer) {
    entry.message = answer.message || "";
    if (answer.status === "saved") {  // kept until a page has said so (app.js), never sent again
      entry.state = "saved";
      entry.savedAt = Date.now();
      entry.name = answer.name;
      entry.plan = answer.plan;
      return put(entry).then(function () { return entry; });
    }
    if (answer.status === "ask") {
      entry.state = "ask";
      entry.candidates = answer.candidates || [];
    } else if (status === 400) {
      entry.state = "error";
    } else {
      entry.state = "waiting";  // signed out, another account, the server down: later
    }
    return put(entry).then(function () { return entry; });
  }

  var flushing = null;

  // Send every waiting capture of `owner` (all owners' when not given: the service worker,
  // whose sends the server refuses for any but the signed-in owner). One flush at a time in
  // this browser: the pages and the service worker take turns (Web Locks, where there are).
  function flush(owner) {
    if (flushing) { return flushing; }
    var locks = scope.navigator && scope.navigator.locks;
    flushing = (locks ? locks.request("followthrough-outbox", function () { return sendAll(owner); })
                      : sendAll(owner)).then(function (results) {
      flushing = null;
      return results;
    }, function (error) {
      flushing = null;
      throw error;
    });
    return flushing;
  }

  function sendAll(owner) {
    return all().then(function (entries) {
      var waiting = entries.filter(function (entry) {
        return (entry.state === "waiting" || entry.state === "sending") && (!owner || entry.owner === owner);
      });
      return waiting.reduce(function (chain, entry) {
        return chain.then(function (results) {
          return send(entry).then(function (result) { return results.concat([result]); });
        });
      }, Promise.resolve([]));
    });
  }

  scope.Outbox = { newId: newId, all: all, put: put, remove: remove, keep: keep, flush: flush };
})(self);
