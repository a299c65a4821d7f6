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
    } else if (/^[a-f]$/.test(key)) {
      // a, b, c… pick the matching option of a multiple-choice card.
      const options = document.querySelectorAll("[data-study] input[type=radio]");
      const option = options[key.charCodeAt(0) - 97];
      if (option instanceof HTMLInputElement) {
        option.checked = true;
        option.focus();
        event.preventDefault();
      }
    }
  });

  // Sign-up records the learner's time zone, so "today" follows their clock.
  for (const input of document.querySelectorAll("[data-timezone]")) {
    if (input instanceof HTMLInputElement && !input.value) {
      input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    }
  }

  // Move focus to the card so screen readers announce it and the keyboard keeps
  // working without a mouse: after htmx swaps a new card in, and once now for the
  // card a full page load shows, since no swap event fires for that one. The script
  // is deferred, so the page is parsed by the time this runs.
  const focusCard = () => {
    const focusTarget = document.querySelector("[data-autofocus]");
    if (focusTarget instanceof HTMLElement) focusTarget.focus();
  };
  document.addEventListener("htmx:after:swap", focusCard);
  focusCard();

  // A quiz's time limit, counted down from what the server said was left when the
  // page was made (the server still enforces the limit on its own clock).
  const countdown = document.querySelector("[data-seconds-left]");
  if (countdown instanceof HTMLElement) {
    const shownAt = Date.now();
    const total = Number(countdown.dataset.secondsLeft);
    const out = countdown.querySelector("[data-countdown]");
    const tick = () => {
      const left = Math.max(0, total - Math.floor((Date.now() - shownAt) / 1000));
      if (out) out.textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
      if (left === 0) {
        countdown.textContent = "Time is up: answers from now on are not counted.";
        countdown.setAttribute("role", "alert");
        return;
      }
      setTimeout(tick, 1000);
    };
    tick();
  }

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
    // The first item cannot go up, the last cannot go down.
    const items = [...list.children];
    items.forEach((li, i) => {
      li.querySelector("[data-move=up]")?.toggleAttribute("disabled", i === 0);
      li.querySelector("[data-move=down]")?.toggleAttribute("disabled", i === items.length - 1);
    });
    if (button.hasAttribute("disabled")) {
      const other = item.querySelector(
        `[data-move=${button.getAttribute("data-move") === "up" ? "down" : "up"}]`,
      );
      if (other instanceof HTMLElement) other.focus();
    } else button.focus();
    const status = document.querySelector("[data-order-status]");
    if (status) {
      const position = [...list.children].indexOf(item) + 1;
      status.textContent = `Moved to position ${position} of ${list.children.length}.`;
    }
  });
})();
