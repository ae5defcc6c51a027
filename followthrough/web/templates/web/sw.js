// Followthrough's service worker (served by web/views/offline.py): the app shell, the capture
// form and the last Today page work without a network; a capture made then is kept in the
// outbox (outbox.js) and sent when the network returns, by the page or by Background Sync.
"use strict";
var CONFIG = {{ config }};
importScripts(CONFIG.outbox);

var SHELL = "followthrough-shell-" + CONFIG.version;
var PAGES = "followthrough-pages";  // the last Today page and capture form; cleared at sign-out

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) {
    return cache.addAll(CONFIG.shell);
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("followthrough-shell-") === 0 && name !== SHELL;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request, url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (request.method === "POST" && url.pathname === CONFIG.capture) {
    event.respondWith(fetch(request.clone()).catch(function () { return keepCapture(request); }));
    return;
  }
  if (request.method !== "GET") { return; }
  if (request.mode === "navigate") {
    event.respondWith(page(request, url));
  } else if (url.pathname.indexOf(CONFIG.static) === 0) {
    event.respondWith(caches.match(request).then(function (kept) {
      return kept || fetch(request);
    }));
  }
});

// Pages come from the network; the Today page and the capture form are kept as they arrive,
// and shown from the cache when the network is gone (any other page: the offline page).
function page(request, url) {
  var kept = CONFIG.kept.indexOf(url.pathname) >= 0 && !url.search;
  return fetch(request).then(function (response) {
    if (kept && response.ok && !response.redirected) {
      var copy = response.clone();
      caches.open(PAGES).then(function (cache) { return cache.put(url.pathname, copy); });
    }
    return response;
  }, function () {
    return caches.open(PAGES).then(function (cache) {
      return cache.match(url.pathname);
    }).then(function (found) {
      return found || caches.match(CONFIG.kept.indexOf(url.pathname) >= 0 ? url.pathname : CONFIG.offline);
    }).then(function (found) {
      return found || new Response("You are offline.", { status: 503, headers: { "Content-Type": "text/plain" } });
    });
  });
}

// A capture posted as the network failed (a plain form post, without the page's script):
// kept in the outbox, and the capture form shown again, saying so.
function keepCapture(request) {
  return request.formData().then(function (form) {
    var fields = {};
    form.forEach(function (value, key) { if (typeof value === "string") { fields[key] = value; } });
    if (!fields.client_id) { fields.client_id = Outbox.newId(); }
    return Outbox.keep(fields, CONFIG.sync, CONFIG.capture);
  }).then(function () {
    return self.registration.sync ? self.registration.sync.register("outbox") : null;
  }).catch(function () { return null; }).then(function () {
    return Response.redirect(CONFIG.capture + "?kept=1", 303);
  });
}

self.addEventListener("sync", function (event) {
  if (event.tag === "outbox") {
    event.waitUntil(Outbox.flush().then(tellPages));
  }
});

self.addEventListener("message", function (event) {
  if (event.data === "flush") { event.waitUntil(Outbox.flush().then(tellPages)); }
  if (event.data === "signed-out") { event.waitUntil(caches.delete(PAGES)); }
});

function tellPages(results) {
  return self.clients.matchAll({ type: "window" }).then(function (windows) {
    windows.forEach(function (window) { window.postMessage({ outbox: results }); });
  });
}
