/**
 * "smooth" unless the user asked the system for reduced motion. A script's explicit `behavior: "smooth"`
 * wins over the CSS `scroll-behavior` rule in globals.css, so scripted scrolls ask here.
 */
export function scrollBehavior(): ScrollBehavior {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}

/**
 * Scrolls the page just enough to show `first` down to the bottom of `last` (default: `first`) below
 * the sticky site header; never past the top of `first`. Moves nothing when it is in view already, and
 * leaves the focus where it is.
 */
export function revealInView(first: Element, last: Element = first) {
  const headerBottom = document.querySelector("[data-site-header]")?.getBoundingClientRect().bottom ?? 0;
  const top = first.getBoundingClientRect().top - headerBottom - 8;
  const bottom = last.getBoundingClientRect().bottom + 16 - window.innerHeight;
  const delta = top < 0 ? top : Math.min(Math.max(bottom, 0), top);
  if (Math.abs(delta) >= 1) window.scrollBy({ top: delta, behavior: scrollBehavior() });
}
