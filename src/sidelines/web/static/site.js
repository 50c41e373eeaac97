// sidelines: small helpers for every page (no inline script anywhere; the CSP forbids it).
"use strict";

// A fact's link to its evidence flashes the evidence in the article text.
document.addEventListener("click", (event) => {
  const link = event.target.closest("a.evidence-jump");
  if (!link) return;
  const anchor = document.getElementById(link.dataset.target || "");
  if (!anchor) return;
  const marked = anchor.nextElementSibling;
  if (!marked) return;
  marked.classList.add("flash");
  window.setTimeout(() => marked.classList.remove("flash"), 1600);
});
