/* The StreamField editor's add buttons say what they add. A list or a stream whose block sets
   `data-add-label` (assessments/blocks.py, ADD_LABEL) gives its add buttons that name (title
   and accessible name) and, on the last one of the list, as visible text: "Add an option",
   "Add a question". One that also sets `data-add-max` is marked `data-add-full` while it holds
   that many items, and its add buttons are hidden (static/css/admin-add-labels.css). Buttons
   and items come and go as blocks are added and removed, so this runs again after each change. */
(function () {
  "use strict";
  var ATTRIBUTE = "data-add-label";
  var SEQUENCE = ":scope > [data-streamfield-stream-container], :scope > [data-streamfield-list-container]";

  function markFull() {
    var owners = document.querySelectorAll("[data-add-max]");
    Array.prototype.forEach.call(owners, function (owner) {
      var sequence = owner.querySelector(SEQUENCE);
      if (!sequence) return;
      var items = sequence.querySelectorAll(":scope > [data-streamfield-child]").length;
      owner.toggleAttribute("data-add-full", items >= Number(owner.getAttribute("data-add-max")));
    });
  }

  function labelButtons() {
    var buttons = document.querySelectorAll(".c-sf-add-button:not([data-add-labelled])");
    Array.prototype.forEach.call(buttons, function (button) {
      var owner = button.closest("[" + ATTRIBUTE + "]");
      if (!owner) return;
      var text = owner.getAttribute(ATTRIBUTE);
      button.setAttribute("data-add-labelled", "");
      button.setAttribute("title", text);
      button.setAttribute("aria-label", text);
      var label = document.createElement("span");
      label.className = "c-sf-add-button__label";
      label.textContent = text;
      button.appendChild(label);
    });
  }

  function update() {
    labelButtons();
    markFull();
  }

  function start() {
    update();
    var pending = false;
    new MutationObserver(function () {
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        update();
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
