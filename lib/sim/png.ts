import { PNG } from "pngjs";
import { hash32, rng } from "./util";

export function imageSeed(prompt: string, size: string, index: number): number {
  return hash32(`${prompt}|${size}|${index}`);
}

/** Deterministic PNG: diagonal two-colour gradient plus a few filled discs and bars. O(pixels). */
export function renderPng(seed: number, width: number, height: number): Buffer {
  const r = rng(seed);
  const [r1, g1, b1] = [r() * 255, r() * 255, r() * 255];
  const [r2, g2, b2] = [r() * 255, r() * 255, r() * 255];
  const png = new PNG({ width, height, colorType: 2, inputHasAlpha: true });
  const data = png.data;
  const span = width + height;
  for (let y = 0; y < height; y++) {
    let o = y * width * 4;
    for (let x = 0; x < width; x++) {
      const t = (x + y) / span;
      data[o] = r1 + (r2 - r1) * t;
      data[o + 1] = g1 + (g2 - g1) * t;
      data[o + 2] = b1 + (b2 - b1) * t;
      data[o + 3] = 255;
      o += 4;
    }
  }
  const shapes = 3 + Math.floor(r() * 4);
  const minSide = Math.min(width, height);
  for (let s = 0; s < shapes; s++) {
    const [cr, cg, cb] = [r() * 255, r() * 255, r() * 255];
    const cx = Math.floor(r() * width);
    const cy = Math.floor(r() * height);
    const rad = Math.floor(minSide * (0.05 + r() * 0.2));
    const disc = r() < 0.6;
    const x0 = Math.max(0, cx - rad);
    const x1 = Math.min(width - 1, cx + rad);
    const y0 = Math.max(0, cy - (disc ? rad : Math.floor(rad / 3)));
    const y1 = Math.min(height - 1, cy + (disc ? rad : Math.floor(rad / 3)));
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        if (disc && (x - cx) ** 2 + (y - cy) ** 2 > rad * rad) continue;
        const o = (y * width + x) * 4;
        data[o] = cr;
        data[o + 1] = cg;
        data[o + 2] = cb;
      }
    }
  }
  return PNG.sync.write(png, { colorType: 2, inputHasAlpha: true, deflateLevel: 1, filterType: 1 });
}

/** URL path segment that lets GET /files/images/<spec>.png regenerate the image statelessly. */
export function imageSpec(seed: number, width: number, height: number): string {
  return `${seed.toString(16).padStart(8, "0")}-${width}x${height}`;
}

export function parseImageSpec(spec: string): { seed: number; width: number; height: number } | null {
  const m = /^([0-9a-f]{8})-(\d{1,4})x(\d{1,4})$/.exec(spec);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const width = Number(m[2]);
  const height = Number(m[3]);
  if (width < 1 || height < 1 || width > 4096 || height > 4096) return null;
  return { seed: Number.parseInt(m[1], 16), width, height };
}
