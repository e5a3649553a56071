// Start GOV.UK and MoJ components, and start them again inside any fragment htmx swaps in.
import { initAll as govukInitAll } from "/static/govuk/govuk-frontend.min.js";
import { initAll as mojInitAll } from "/static/moj/moj-frontend.min.js";

function start(scope) {
  govukInitAll({ scope });
  mojInitAll({ scope });
}

document.body.classList.add("js-enabled", "govuk-frontend-supported");
start(document);
document.body.addEventListener("htmx:afterSwap", (event) => start(event.target));
// 422 carries a form with its errors: let htmx swap it in rather than ignore it.
document.body.addEventListener("htmx:beforeSwap", (event) => {
  if (event.detail.xhr.status === 422 || event.detail.xhr.status === 409) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
// Auto-submit filter forms on change (the form also works as a plain GET without JavaScript).
