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

  document.addEventListener("DOMContentLoaded", function () { enhance(document); });
  document.addEventListener("htmx:afterSwap", function (event) { enhance(event.target); });
})();
