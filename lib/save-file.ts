/**
 * Saves data as a file in the browser's downloads, through a temporary link (no server round trip).
 * The click starts the download asynchronously; revoking the URL at once can cancel it in some
 * browsers, so it is revoked 30 s later.
 */
export function saveFile(data: Blob, name: string): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
