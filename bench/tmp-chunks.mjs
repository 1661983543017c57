import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const path of process.argv.slice(2)) {
  const p = await b.newPage();
  const files = [];
  p.on("requestfinished", async (r) => { if (r.url().includes("/_next/static/chunks/")) { const s = await r.sizes(); files.push([r.url().split("/chunks/")[1], s.responseBodySize]); } });
  await p.goto("http://127.0.0.1:32350" + path, { waitUntil: "load" });
  await p.waitForTimeout(300);
  console.log("==", path);
  for (const [f, size] of files.sort((a, b) => b[1] - a[1])) {
    const src = readFileSync(".next/static/chunks/" + f.split("?")[0], "utf8");
    const marks = ["_zod", "ZodError", "katex", "QueryClient", "nuqs", "zustand", "radix", "lucide", "useChat", "markdown"].filter((m) => src.includes(m));
    console.log((size / 1000).toFixed(1).padStart(7), (src.length / 1000).toFixed(0).padStart(5), f, marks.join(","));
  }
  await p.close();
}
await b.close();
