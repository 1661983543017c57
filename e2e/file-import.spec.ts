import { expect, test } from "./fixtures";
import { EvaluatePage } from "./pages/evaluate-page";

// The one file-import button (components/shared/file-import-button.tsx) on its three tabs: a file
// within the cap is read; one over it is refused before it is read, with what to do instead.

const big = (name: string, bytes: number, mimeType: string) => ({
  name,
  mimeType,
  buffer: Buffer.alloc(bytes, "a"),
});

/** A chat-completions body as chat's Export writes it. */
const exported = {
  model: "gpt-4o-mini",
  messages: [
    { role: "user", content: "Hi" },
    { role: "assistant", content: "Hello!" },
  ],
};

test("chat opens an exported conversation; Evaluate and the prompt library refuse files over their caps", async ({
  chat,
  page,
}) => {
  await chat.goto();
  await page.getByTestId("chat-import-file").setInputFiles({
    name: "Greeting.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await expect(page.getByTestId("chat-conversation").filter({ hasText: "Greeting" })).toBeVisible();
  await expect(page.getByTestId("chat-import-error")).toHaveCount(0);

  await page.getByTestId("prompt-library-open").click();
  const library = page.getByTestId("prompt-library");
  await library
    .getByTestId("prompt-import-file")
    .setInputFiles(big("library.json", 10 * 1024 * 1024 + 1, "application/json"));
  await expect(library.getByRole("alert")).toContainText(
    "Could not import library.json: the file is over 10 MB",
  );
  await page.keyboard.press("Escape");

  const evaluate = new EvaluatePage(page);
  await evaluate.goto();
  await page.getByTestId("eval-import-file").setInputFiles(big("cases.csv", 6_000_004, "text/csv"));
  const notice = page.getByTestId("eval-import-notice");
  await expect(notice).toHaveAttribute("role", "alert");
  await expect(notice).toContainText(/Could not read cases\.csv: it is longer than [\d,]+ characters/);
});
