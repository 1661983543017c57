// Tailwind 4 reads its theme from CSS (app/globals.css); this file carries what CSS cannot:
// the content globs and the class-based dark mode that next-themes toggles.
import type { Config } from "tailwindcss";

const config: Config = {
  darkMode: "class",
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
};

export default config;
