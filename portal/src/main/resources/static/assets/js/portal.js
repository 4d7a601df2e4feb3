// The portal's only script. Pages work without it; with it: CSRF header for htmx requests, forms
// submitted once however often their button is pressed, the error summary focused, and a warning
// before the session ends that lets the person stay signed in without losing what they typed.
(function () {
  "use strict";

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  document.addEventListener("htmx:configRequest", function (event) {
    var c = csrf();
    if (c) {
      event.detail.headers[c.header] = c.token;
    }
  });

  // A form submits once: a second press (a double click) while the first is under way does nothing.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-submit-once")) {
      return;
    }
    if (form.dataset.submitted === "true") {
      event.preventDefault();
      return;
    }
    form.dataset.submitted = "true";
    form.querySelectorAll('button[type="submit"]').forEach(function (b) {
      b.setAttribute("aria-disabled", "true");
    });
  }, true);

  // Back from the cache (the browser's back button), a form may be used again.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-submit-once]").forEach(function (f) {
      f.dataset.submitted = "false";
      f.querySelectorAll('button[type="submit"]').forEach(function (b) {
        b.removeAttribute("aria-disabled");
      });
    });
  });

  function focusSummary() {
    var summary = document.querySelector("[data-focus-on-load]");
    if (summary) {
      summary.focus();
    }
  }

  // The session warning.
  function sessionWarning() {
    var body = document.body;
    var seconds = parseInt(body.getAttribute("data-session-seconds"), 10);
    var warnBefore = parseInt(body.getAttribute("data-session-warning-seconds"), 10);
    var dialog = document.getElementById("session-warning");
    if (!seconds || !dialog || typeof dialog.showModal !== "function") {
      return;
    }
    var remaining = document.getElementById("session-remaining");
    var deadline;
    var warnTimer;
    var tick;

    function format(s) {
      var m = Math.floor(s / 60);
      var r = s % 60;
      return m + ":" + (r < 10 ? "0" : "") + r;
    }

    function schedule() {
      deadline = Date.now() + seconds * 1000;
      clearTimeout(warnTimer);
      warnTimer = setTimeout(warn, Math.max(0, (seconds - warnBefore) * 1000));
    }

    function warn() {
      dialog.showModal();
      document.getElementById("session-stay").focus();
      clearInterval(tick);
      tick = setInterval(function () {
        var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
        remaining.textContent = format(left);
        if (left === 0) {
          clearInterval(tick);
          window.location.reload();
        }
      }, 1000);
    }

    document.getElementById("session-stay").addEventListener("click", function () {
      var c = csrf();
      var headers = {};
      if (c) {
        headers[c.header] = c.token;
      }
      fetch(body.getAttribute("data-keep-alive-url"), {
        method: "POST",
        headers: headers,
        credentials: "same-origin"
      }).then(function (answer) {
        if (answer.ok) {
          clearInterval(tick);
          dialog.close();
          schedule();
        } else {
          window.location.reload();
        }
      });
    });

    schedule();
  }

  document.addEventListener("DOMContentLoaded", function () {
    focusSummary();
    sessionWarning();
  });
})();
