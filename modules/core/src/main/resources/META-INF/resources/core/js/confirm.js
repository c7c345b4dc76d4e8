// Buttons that ask first: a page writes the question into data-confirm instead of an inline onclick
// (the Content-Security-Policy runs no inline handlers), and the question stays text, never code.
document.addEventListener("click", function (event) {
    "use strict";
    var button = event.target.closest ? event.target.closest("[data-confirm]") : null;
    if (button && !window.confirm(button.getAttribute("data-confirm"))) {
        event.preventDefault();
        event.stopImmediatePropagation();
    }
}, true);
