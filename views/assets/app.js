// Chronodeck's only script besides htmx. Keyboard shortcuts live here rather
// than in hx-on attributes so the Content-Security-Policy can forbid eval.

(() => {
  const typing = (el) =>
    el instanceof HTMLElement &&
    (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName)) &&
    !(
      el instanceof HTMLInputElement && ["radio", "checkbox", "button", "submit"].includes(el.type)
    );

  const click = (selector) => {
    const el = document.querySelector(selector);
    if (el instanceof HTMLElement && !el.hasAttribute("disabled")) {
      el.click();
      return true;
    }
    return false;
  };

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    if (!document.querySelector("[data-study]")) return;
    const inField = typing(event.target);
    const key = event.key;
    if ((key === " " || key === "Enter") && !inField) {
      if (click("[data-action=show]")) event.preventDefault();
      return;
    }
    if (inField) return;
    if (["1", "2", "3", "4"].includes(key)) {
      if (click(`[data-grade="${key}"]`)) event.preventDefault();
    } else if (key === "z" || key === "Z") {
      if (click("[data-action=undo]")) event.preventDefault();
    }
  });

  // Sign-up records the learner's time zone, so "today" follows their clock.
  for (const input of document.querySelectorAll("[data-timezone]")) {
    if (input instanceof HTMLInputElement && !input.value) {
      input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    }
  }

  // After htmx swaps a new card in, move focus to it so screen readers announce it
  // and the keyboard keeps working without a mouse.
  document.addEventListener("htmx:after:swap", () => {
    const focusTarget = document.querySelector("[data-autofocus]");
    if (focusTarget instanceof HTMLElement) focusTarget.focus();
  });

  // Ordering questions: move an item up or down without a page load.
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("[data-move]") : null;
    if (!button) return;
    const item = button.closest("li");
    const list = item?.parentElement;
    if (!item || !list) return;
    event.preventDefault();
    const sibling =
      button.getAttribute("data-move") === "up"
        ? item.previousElementSibling
        : item.nextElementSibling;
    if (!sibling) return;
    if (button.getAttribute("data-move") === "up") list.insertBefore(item, sibling);
    else list.insertBefore(sibling, item);
    button.focus();
    const status = document.querySelector("[data-order-status]");
    if (status) {
      const position = [...list.children].indexOf(item) + 1;
      status.textContent = `Moved to position ${position} of ${list.children.length}.`;
    }
  });
})();
