// Small behaviours of every page, kept out of the templates so that the Content-Security-Policy can
// refuse inline script (a cell or a title someone typed can never run as code).
(() => {
  "use strict";
  document.addEventListener("change", (event) => {
    // Report once: an unmatched figure placed by hand goes into the chosen indicator's field, in its unit.
    const place = event.target.closest("[data-place-figure]");
    if (place) {
      const option = place.selectedOptions[0];
      const target = option && option.dataset.field ? document.getElementById(option.dataset.field) : null;
      if (target) {
        target.value = option.dataset.value;
        target.classList.add("is-valid");
      }
      return;
    }
    // A file over the page's limit is refused before it is sent, beside its field.
    const file = event.target.closest("input[type=file][data-max-bytes]");
    if (file) {
      const tooLarge = file.files.length > 0 && file.files[0].size > Number(file.dataset.maxBytes);
      file.setCustomValidity(tooLarge ? file.dataset.tooLarge : "");
      file.classList.toggle("is-invalid", tooLarge);
      if (tooLarge) {
        file.reportValidity();
      }
      return;
    }
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
  document.addEventListener("submit", (event) => {
    // The form has novalidate (the server says what is wrong beside each field); a file known too large is not sent.
    for (const file of event.target.querySelectorAll("input[type=file][data-max-bytes]")) {
      if (file.files.length > 0 && file.files[0].size > Number(file.dataset.maxBytes)) {
        event.preventDefault();
        file.reportValidity();
        return;
      }
    }
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
