import { useState } from "react";

/**
 * True from the first render where `open` is true, and from then on: a lazily loaded dialog mounts when
 * first opened and stays mounted, so closing it keeps its animation and its focus return.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
