import { parseSize } from "@/lib/images/model-rules";

/** CSS aspect-ratio of a size string; square when unknown ("auto"). Kept within 1:2..2:1 for the grid. */
export function aspectOf(size: string, width?: number, height?: number): string {
  const dims = width && height ? { width, height } : parseSize(size);
  if (!dims) return "1 / 1";
  const ratio = Math.min(2, Math.max(0.5, dims.width / dims.height));
  return String(ratio);
}
