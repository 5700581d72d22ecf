// Knowledge checks in lessons (templates/blocks/knowledge_check.html): send the chosen answer
// and show the verdict in the check's live region, without reloading the lesson. The server
// marks the answer (courses.views.knowledge_check); without this script the form posts and the
// lesson comes back with the verdict. Nothing here knows the right answer.
(function () {
  "use strict";
  if (!window.fetch || !window.FormData) {
    return; // the forms post the ordinary way
  }

  function markChoice(form, verdict) {
    form.querySelectorAll(".knowledge-check__option").forEach(function (label) {
      label.classList.remove("is-chosen", "is-right", "is-wrong");
    });
    if (!verdict || verdict.dataset.choice === undefined) {
      return;
    }
    var input = form.querySelector('input[name="choice"][value="' + verdict.dataset.choice + '"]');
    if (input && input.closest("label")) {
      var label = input.closest("label");
      label.classList.add("is-chosen", verdict.dataset.correct === "true" ? "is-right" : "is-wrong");
    }
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-knowledge-check")) {
      return;
    }
    event.preventDefault();
    var region = form.querySelector(".knowledge-check__result");
    var button = form.querySelector('button[type="submit"]');
    if (button) {
      button.disabled = true;
    }
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" },
    })
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        // Empty the live region first, so that the same verdict twice is announced twice.
        region.innerHTML = "";
        window.setTimeout(function () {
          region.innerHTML = html;
          markChoice(form, region.querySelector("[data-choice]"));
        }, 50);
      })
      .catch(function () {
        form.submit(); // the network failed: post the form the ordinary way
      })
      .finally(function () {
        if (button) {
          button.disabled = false;
        }
      });
  });
})();
