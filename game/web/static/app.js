// Doorbraak in the browser: the pages work without this file; it only smooths them.
// - After a move, the new text is put into the live region in place (a screen
//   reader reads it) and focus moves there, without a page load.
// - A form is never sent twice (a double click, a second Enter).
// - Number keys 1-9 pick a choice, as in the window.
// Served from this server (no CDN: a workshop network may be offline); no inline script.
(function () {
  "use strict";

  function focusNow() {
    var now = document.getElementById("now");
    if (now) { now.focus({ preventScroll: false }); }
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Tab") { document.documentElement.classList.add("kbd"); }
    if (ev.altKey || ev.ctrlKey || ev.metaKey || !/^[1-9]$/.test(ev.key)) { return; }
    var target = ev.target;
    if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA")) { return; }
    var buttons = document.querySelectorAll(".choices button.choice:not([disabled])");
    var button = buttons[Number(ev.key) - 1];
    if (button) { ev.preventDefault(); button.click(); }
  });

  function swap(doc, url) {
    var parts = ["hud", "now", "act"];
    var found = parts.every(function (name) {
      return document.querySelector('[data-part="' + name + '"]') &&
        doc.querySelector('[data-part="' + name + '"]');
    });
    if (!found) { return false; }
    parts.forEach(function (name) {
      var old = document.querySelector('[data-part="' + name + '"]');
      var fresh = doc.querySelector('[data-part="' + name + '"]');
      if (name === "now") {
        old.innerHTML = fresh.innerHTML;  // the live region stays: its new text is announced
      } else {
        old.replaceWith(document.importNode(fresh, true));
      }
    });
    document.title = doc.title;
    if (window.history && history.pushState) { history.pushState({}, "", url); }
    return true;
  }

  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    if (form.dataset.sent) { ev.preventDefault(); return; }
    form.dataset.sent = "1";
    if (!form.hasAttribute("data-live") || !window.fetch || !window.DOMParser) { return; }
    ev.preventDefault();
    var data = new URLSearchParams();
    new FormData(form).forEach(function (value, key) { data.append(key, value); });
    if (ev.submitter && ev.submitter.name) { data.append(ev.submitter.name, ev.submitter.value); }
    fetch(form.action, {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" }
    }).then(function (response) {
      return response.text().then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        if (response.ok && swap(doc, response.url)) { focusNow(); return; }
        if (response.ok) { window.location.assign(response.url); return; }
        document.open(); document.write(html); document.close();  // the error page, as is
      });
    }).catch(function () {
      // The network hiccuped: send it the plain way (with the button that was pressed).
      if (ev.submitter && ev.submitter.name) {
        var pressed = document.createElement("input");
        pressed.type = "hidden"; pressed.name = ev.submitter.name; pressed.value = ev.submitter.value;
        form.appendChild(pressed);
      }
      form.submit();
    });
  });

  window.addEventListener("popstate", function () { window.location.reload(); });

  document.addEventListener("DOMContentLoaded", function () {
    if (window.location.hash === "#now") { focusNow(); }
  });
})();
