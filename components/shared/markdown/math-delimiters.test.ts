import { describe, expect, it } from "vitest";
import { mathDelimiters } from "./math-delimiters";

describe("mathDelimiters", () => {
  it("rewrites \\(…\\), \\[…\\] and $…$ as the $$…$$ remark-math reads", () => {
    expect(mathDelimiters("Energy \\(E=mc^2\\) holds.")).toBe("Energy $$E=mc^2$$ holds.");
    expect(mathDelimiters("So $E=mc^2$, and $a_1$.")).toBe("So $$E=mc^2$$, and $$a_1$$.");
    expect(mathDelimiters("\\[\n\\int_0^1 x\\,dx = \\tfrac12\n\\]")).toBe(
      "$$\n\\int_0^1 x\\,dx = \\tfrac12\n$$",
    );
    expect(mathDelimiters("inline \\[x^2\\] here")).toBe("inline $$x^2$$ here");
  });

  it("leaves prices, escapes and existing $$ alone", () => {
    expect(mathDelimiters("It costs $5 and $10 a month.")).toBe("It costs $5 and $10 a month.");
    expect(mathDelimiters("From $5-$10, or $x$.")).toBe("From $5-$10, or $$x$$.");
    expect(mathDelimiters("Not math: \\$x\\$ and \\\\(y\\\\)")).toBe("Not math: \\$x\\$ and \\\\(y\\\\)");
    expect(mathDelimiters("$$a+b$$ and $c$")).toBe("$$a+b$$ and $$c$$");
    expect(mathDelimiters("no closer \\( here")).toBe("no closer \\( here");
  });

  it("does not touch code spans, fenced or indented code", () => {
    expect(mathDelimiters("Use `$x$` or ``\\(y\\)`` but $z$")).toBe("Use `$x$` or ``\\(y\\)`` but $$z$$");
    const fenced = "Shell:\n```sh\necho $HOME $PATH\nprintf '\\(a\\)'\n```\nthen $k$";
    expect(mathDelimiters(fenced)).toBe("Shell:\n```sh\necho $HOME $PATH\nprintf '\\(a\\)'\n```\nthen $$k$$");
    expect(mathDelimiters("    price = $a$ + \\(b\\)")).toBe("    price = $a$ + \\(b\\)");
    expect(mathDelimiters("`unclosed $a$")).toBe("`unclosed $$a$$");
  });

  it("stays linear on adversarial input", () => {
    // The fastest of five runs, after a warm-up: 32 times the input must cost far less than the
    // ~1,000 times a quadratic pass would.
    const time = (s: string) => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        mathDelimiters(s);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    for (const unit of ["\\(", "$a ", "`a$", "``a`", "\\[a", "a$b$"]) {
      const small = unit.repeat(2_000);
      const big = unit.repeat(64_000);
      mathDelimiters(big);
      expect(time(big)).toBeLessThan(Math.max(20, time(small)) * 32 * 6);
    }
  });
});
