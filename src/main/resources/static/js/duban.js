// Small behaviours of every page, kept out of the templates so that the Content-Security-Policy can
// refuse inline script (a cell or a title someone typed can never run as code).
(() => {
  "use strict";
  document.addEventListener("change", (event) => {
    const field = event.target.closest("[data-submit-on-change]");
    if (!field || !field.form) {
      return;
    }
    // A new plan makes the chosen period meaningless: it is cleared so the page picks the plan's latest.
    const cleared = field.dataset.clears;
    if (cleared && field.form.elements[cleared]) {
      field.form.elements[cleared].value = "";
    }
    field.form.submit();
  });
  document.addEventListener("click", (event) => {
    const once = event.target.closest("[data-submit-once]");
    if (once && once.form) {
      // Sent once, whatever the thumb does next: a double tap on a phone must not submit twice.
      event.preventDefault();
      once.form.requestSubmit(once);
      once.disabled = true;
      return;
    }
    if (event.target.closest("[data-back]")) {
      event.preventDefault();
      history.back();
    }
  });
})();
