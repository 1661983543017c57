/**
 * "smooth" unless the user asked the system for reduced motion. A script's explicit `behavior: "smooth"`
 * wins over the CSS `scroll-behavior` rule in globals.css, so scripted scrolls ask here.
 */
export function scrollBehavior(): ScrollBehavior {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}
