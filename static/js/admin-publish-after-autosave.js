/* Publish (or Save draft) pressed while Wagtail's autosave is still on its way waits for it.
   On a new page, the autosave creates the page as a draft and points the form at the page's
   edit view; a Publish sent before that answer posts the "add" form a second time and would
   create a second page beside the draft. So a submission made while an autosave is pending is
   held until the autosave answers (or fails, or a minute passes with no answer), then sent to
   wherever the form points by then, with the button that was pressed. Registered by
   core/wagtail_hooks.py. */
(function () {
  "use strict";
  var FORM = "form[data-controller~='w-autosave']";
  var WAIT_MS = 60000; // a slow server answers well within; a dead link fails sooner
  var pending = new WeakMap();

  function settle(form) {
    var waiting = pending.get(form);
    pending.delete(form);
    if (waiting && waiting.resume) waiting.resume();
  }

  document.addEventListener("w-autosave:save", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.matches(FORM)) return;
    if (!pending.has(form)) pending.set(form, { resume: null });
  });
  ["w-autosave:success", "w-autosave:error", "w-autosave:deactivated"].forEach(function (name) {
    document.addEventListener(name, function (event) {
      if (event.target instanceof HTMLFormElement) settle(event.target);
    });
  });

  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.matches(FORM)) return;
      var waiting = pending.get(form);
      if (!waiting) return;
      event.preventDefault();
      if (waiting.resume) return; // already held: one submission is enough
      var submitter = event.submitter;
      var timer = setTimeout(function () { settle(form); }, WAIT_MS);
      waiting.resume = function () {
        clearTimeout(timer);
        // No autosave after this: one queued now would post the form again (beside this
        // submission, and on a new page to the "add" view once more).
        form.setAttribute("data-w-autosave-active-value", "false");
        var input = null;
        if (submitter && submitter.name) {
          input = document.createElement("input");
          input.type = "hidden";
          input.name = submitter.name;
          input.value = submitter.value;
          form.appendChild(input);
        }
        form.submit(); // the form's data are taken now: the button's name can go at once
        if (input) input.remove();
      };
    },
    true
  );
})();
