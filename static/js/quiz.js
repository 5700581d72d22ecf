// Saves a quiz attempt's answers as the learner goes (on every change), so a dropped
// connection loses at most the answer being typed. Without JavaScript, "Save my answers" does it.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch || !window.FormData) { return; }
  var status = document.getElementById("autosave-status");
  var timer = null;
  function say(text) { if (status) { status.textContent = text; } }
  function save() {
    var data = new FormData(form);
    data.delete("submit");
    data.set("save", "1");
    fetch(window.location.href, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" }
    }).then(function (response) {
      if (response.ok) { say("Your answers are saved."); }
      else if (response.status === 409) { say("This attempt is closed: your answers saved in time count."); }
      else { say("Not saved: one answer was not accepted."); }
    }).catch(function () { say("Not saved: check your connection. Your answers stay on this page."); });
  }
  form.addEventListener("change", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 400);
  });
})();
