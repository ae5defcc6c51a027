// Small enhancements; every page works without them.
(function () {
  "use strict";

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } finally { document.body.removeChild(area); }
    return Promise.resolve();
  }

  function enhance(root) {
    root.querySelectorAll("button.copy-button[hidden]").forEach(function (button) {
      button.hidden = false;
    });
    root.querySelectorAll("button.print-button[hidden]").forEach(function (button) {
      button.hidden = false;
    });
    // The first-run set-up: the time zone this browser is in, when the list has it.
    root.querySelectorAll("select[data-preset=browser]").forEach(function (select) {
      var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (zone && select.querySelector('option[value="' + CSS.escape(zone) + '"]')) {
        select.value = zone;
      }
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.copy-button");
    if (button) {
      var source = document.getElementById(button.dataset.copy);
      if (!source) { return; }
      var label = button.textContent;
      copyText(source.textContent).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = label; }, 1500);
      }, function () {
        button.textContent = "Select the text to copy";
      });
      return;
    }
    if (event.target.closest("button.print-button")) {
      window.print();
    }
  });

  // A photo of their card, once taken or chosen, is read at once: one tap less on a phone.
  document.addEventListener("change", function (event) {
    if (event.target.matches("input[type=file][name=card]") && event.target.files.length) {
      var read = event.target.form.querySelector("button[name=read_card]");
      if (read) {
        read.textContent = "Reading the card…";
        read.click();
      }
    }
  });


  // ---- Offline capture ----------------------------------------------------------------------
  // A capture made without a network is kept in this browser (outbox.js) and sent when the
  // network returns: on `online`, on page load, when the page is shown again, and by the
  // service worker's Background Sync where the browser has it.
  var app = document.body.dataset;

  function outboxReady() { return Boolean(app.owner && window.Outbox && window.indexedDB); }

  function captureForm() { return document.getElementById("capture-form"); }

  function giveId(form) {
    var field = form && form.querySelector("input[name=client_id]");
    if (field && !field.value) { field.value = window.Outbox.newId(); }
  }

  function formFields(form) {
    var fields = {};
    new FormData(form).forEach(function (value, key) {
      if (typeof value === "string") { fields[key] = value; }
    });
    if (!form.dataset.whenChanged) {  // the moment it was made, not when the page was loaded
      delete fields.at;
      fields.at_utc = new Date().toISOString();
    }
    return fields;
  }

  function keepOffline(event) {
    var form = event.target;
    if (form !== captureForm() || navigator.onLine || !outboxReady()) { return; }
    event.preventDefault();
    if (event.submitter && event.submitter.name === "read_card") {
      event.submitter.textContent = "Read the card";
      say("Reading a card needs the network: type what matters now, or read it later.");
      return;
    }
    var name = (form.querySelector("[name=name]").value || "").trim();
    if (!name) {
      form.querySelector("[name=name]").focus();
      say("Give their name: it is the one thing a capture needs.");
      return;
    }
    window.Outbox.keep(formFields(form), app.sync, app.capture).then(function () {
      form.reset();
      delete form.dataset.whenChanged;
      form.querySelector("input[name=client_id]").value = window.Outbox.newId();
      say("Kept on this device: " + name + ". It is sent when the network returns.");
      askForSync();
      window.scrollTo(0, 0);
      return showOutbox();
    });
  }

  function askForSync() {
    if (!("serviceWorker" in navigator)) { return; }
    navigator.serviceWorker.ready.then(function (registration) {
      return registration.sync ? registration.sync.register("outbox") : null;
    }).catch(function () { return null; });
  }

  function say(text) {
    var status = document.getElementById("offline-banner");
    if (status) {
      status.textContent = text;
      status.hidden = false;
    }
  }

  function showOffline() {
    document.body.classList.toggle("is-offline", !navigator.onLine);
    var banner = document.getElementById("offline-banner");
    if (banner && !navigator.onLine) {
      banner.textContent = "You are offline. What you record is kept on this device and sent when the network returns.";
      banner.hidden = false;
    } else if (banner) {
      banner.hidden = true;
    }
  }

  var LABELS = { waiting: "waiting to sync", sending: "sending…", ask: "needs your answer",
                 error: "not sent" };

  function text(tag, content, className) {
    var element = document.createElement(tag);
    element.textContent = content;
    if (className) { element.className = className; }
    return element;
  }

  var SAID_SENT_FOR = 60 * 1000;  // a sent capture says so (with its plan) for a minute

  // The owner's kept captures, and those sent in the last minute.
  function showOutbox() {
    if (!outboxReady()) { return Promise.resolve(); }
    return window.Outbox.all().then(function (entries) {
      var recent = Date.now() - SAID_SENT_FOR;
      var old = entries.filter(function (entry) { return entry.state === "saved" && entry.savedAt < recent; });
      var mine = entries.filter(function (entry) { return entry.owner === app.owner && old.indexOf(entry) < 0; });
      var list = document.getElementById("outbox-list");
      var section = document.getElementById("outbox");
      if (!list || !section) { return; }
      list.textContent = "";
      mine.forEach(function (entry) {
        list.appendChild(entry.state === "saved" ? sentItem(entry) : outboxItem(entry));
      });
      section.hidden = !list.children.length;
      return Promise.all(old.map(function (entry) { return window.Outbox.remove(entry.id); }));
    });
  }

  function outboxItem(entry) {
    var item = document.createElement("li");
    item.className = "outbox-item outbox-" + entry.state;
    item.id = "outbox-" + entry.id;
    var head = document.createElement("p");
    head.appendChild(text("strong", entry.fields.name || "(no name)"));
    if (entry.fields.where) { head.appendChild(text("span", " · " + entry.fields.where, "muted")); }
    head.appendChild(document.createTextNode(" "));
    head.appendChild(text("span", LABELS[entry.state] || entry.state, "outbox-state"));
    item.appendChild(head);
    if (entry.message && entry.state !== "ask") { item.appendChild(text("p", entry.message, "warning")); }
    if (entry.state === "ask") { item.appendChild(question(entry)); }
    if (entry.state === "error") {
      var drop = text("button", "Remove it", "button button-small");
      drop.type = "button";
      drop.addEventListener("click", function () {
        window.Outbox.remove(entry.id).then(function () { return showOutbox(); });
      });
      item.appendChild(drop);
    }
    return item;
  }

  // A name already known: ask, as the capture form does, then send again with the answer.
  function question(entry) {
    var form = document.createElement("form");
    form.className = "outbox-question";
    var set = document.createElement("fieldset");
    set.className = "choice";
    set.appendChild(text("legend", "Is this someone you already know?"));
    var choices = entry.candidates.map(function (candidate) {
      return [String(candidate.id), "Add to " + candidate.name +
              (candidate.organisation ? ", " + candidate.organisation : "")];
    }).concat([["new", "Create a new person"]]);
    choices.forEach(function (choice, index) {
      var label = document.createElement("label");
      label.className = "radio";
      var radio = document.createElement("input");
      radio.type = "radio";
      radio.name = "choice-" + entry.id;
      radio.value = choice[0];
      radio.checked = index === 0;
      label.appendChild(radio);
      label.appendChild(document.createTextNode(" " + choice[1]));
      set.appendChild(label);
    });
    form.appendChild(set);
    var send = text("button", "Send", "button button-primary button-small");
    send.type = "submit";
    form.appendChild(send);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      entry.fields.choice = form.querySelector("input:checked").value;
      entry.state = "waiting";
      entry.message = "";
      window.Outbox.put(entry).then(flush);
    });
    return form;
  }

  function sentItem(entry) {
    var item = document.createElement("li");
    item.className = "outbox-item outbox-saved";
    var line = document.createElement("p");
    line.appendChild(text("strong", entry.name));
    line.appendChild(document.createTextNode(" "));
    line.appendChild(text("span", "sent", "outbox-state"));
    var plan = text("a", "See the plan");
    plan.href = entry.plan;
    line.appendChild(document.createTextNode(" "));
    line.appendChild(plan);
    item.appendChild(line);
    return item;
  }

  function flush() {
    if (!outboxReady() || !navigator.onLine) { return showOutbox(); }
    return window.Outbox.flush(app.owner).then(showOutbox, showOutbox);
  }

  function startOffline() {
    showOffline();
    if (!app.owner) { return; }
    if ("serviceWorker" in navigator && app.sw) {
      navigator.serviceWorker.register(app.sw, { scope: app.scope }).catch(function () { return null; });
      navigator.serviceWorker.addEventListener("message", function (event) {
        if (event.data && event.data.outbox) { showOutbox(); }
      });
    }
    if (!window.Outbox) { return; }
    var form = captureForm();
    giveId(form);
    if (form) {
      form.addEventListener("input", function (event) {
        if (event.target.name === "at") { form.dataset.whenChanged = "1"; }
      });
      if (/[?&]kept=1/.test(location.search)) {
        say("Kept on this device: it is sent when the network returns.");
      }
    }
    flush();
  }

  document.addEventListener("submit", keepOffline);
  // Offline, htmx would only fail: the note's preview waits for the network; anything else
  // says that it needs it (the capture form itself is kept, above).
  document.addEventListener("htmx:beforeRequest", function (event) {
    if (navigator.onLine) { return; }
    event.preventDefault();
    if (event.detail.elt.id !== "note-preview") { say("That needs the network: try again when it is back."); }
  });

  // Done and Skip offer an Undo for a few seconds; it stays while it has the focus.
  function expireUndo(root) {
    root.querySelectorAll("form.undo-form[data-undo-seconds]").forEach(function (form) {
      var seconds = Number(form.dataset.undoSeconds) || 10;
      form.removeAttribute("data-undo-seconds");
      function expire() {
        if (form.contains(document.activeElement)) { setTimeout(expire, 1000); return; }
        form.remove();
      }
      setTimeout(expire, seconds * 1000);
    });
  }
  // Signing out: the pages this browser keeps for offline use are the owner's; they go.
  document.addEventListener("submit", function (event) {
    if (event.target.matches("form[action$='/accounts/logout/']") && "serviceWorker" in navigator &&
        navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage("signed-out");
    }
  });
  window.addEventListener("online", function () { showOffline(); flush(); });
  window.addEventListener("offline", showOffline);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") { flush(); }
  });

  // Today on a wide screen: the list marks the person whose card is shown (#for-N, or the first).
  function markSelected() {
    var links = document.querySelectorAll(".today-list a[data-for]");
    if (!links.length) { return; }
    var shown = /^#for-\d+$/.test(location.hash) && document.querySelector(location.hash) ? location.hash.slice(5) : links[0].dataset.for;
    links.forEach(function (link) {
      if (link.dataset.for === shown) { link.setAttribute("aria-current", "true"); } else { link.removeAttribute("aria-current"); }
    });
  }
  window.addEventListener("hashchange", markSelected);

  document.addEventListener("DOMContentLoaded", function () { enhance(document); startOffline(); markSelected(); });
  document.addEventListener("htmx:afterSwap", function (event) { enhance(event.target); });
  // An outerHTML swap leaves event.target detached: look at the whole page for a new Undo.
  document.addEventListener("htmx:afterSettle", function () { expireUndo(document); });
})();
