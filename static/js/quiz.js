// Saves a quiz attempt's answers as the learner goes (on every change), so a dropped
// connection loses at most the answer being typed. Without JavaScript, "Save my answers" does it.
// Once the form is sent (submitted for marking, or saved by its button) nothing more is saved:
// a pending save is cancelled and a second click sends nothing. The messages are the
// template's, translated there (data-say-* on the status line).
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form) { return; }
  var status = document.getElementById("autosave-status");
  var buttons = form.querySelectorAll("button[type='submit']");
  var timer = null;
  var pending = null;
  var sent = false;

  function say(name) {
    var text = status && status.getAttribute("data-say-" + name);
    if (text) { status.textContent = text; }
  }

  function cancelPending() {
    window.clearTimeout(timer);
    timer = null;
    if (pending) { pending.abort(); pending = null; }
  }

  function setButtons(disabled) {
    Array.prototype.forEach.call(buttons, function (button) {
      button.disabled = disabled;
      if (disabled) { button.setAttribute("aria-disabled", "true"); }
      else { button.removeAttribute("aria-disabled"); }
    });
  }

  form.addEventListener("submit", function (event) {
    if (sent) { event.preventDefault(); return; }
    sent = true;
    cancelPending();
    var submitter = event.submitter;
    say(submitter && submitter.name === "submit" ? "submitting" : "saving");
    // The button pressed is part of what the form sends: disable the buttons only once the
    // browser has gathered the form's data.
    window.setTimeout(function () { setButtons(true); }, 0);
  });

  // Back to this page from the browser's history: the form may be sent again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) { sent = false; setButtons(false); }
  });

  if (!window.fetch || !window.FormData) { return; }

  function save() {
    timer = null;
    if (sent) { return; }
    var data = new FormData(form);
    data.delete("submit");
    data.set("save", "1");
    var controller = window.AbortController ? new window.AbortController() : null;
    pending = controller;
    fetch(window.location.href, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" },
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      if (pending === controller) { pending = null; }
      if (sent) { return null; }
      if (response.status === 409) { say("closed"); return null; }
      if (!response.ok) { say("rejected"); return null; }
      return response.json().then(function (answer) {
        if (!sent) { say(answer && answer.submitted ? "submitted" : "saved"); }
      });
    }).catch(function () {
      if (pending === controller) { pending = null; }
      if (!sent) { say("offline"); }
    });
  }

  form.addEventListener("change", function () {
    if (sent) { return; }
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 400);
  });
})();
