import "server-only";
import { isIP } from "node:net";
import { peerHeaderName } from "../peer-address";

/**
 * The address a client is counted under. IPv4 as is; IPv6 by its /64 prefix, because one host is
 * usually handed a whole /64 and could otherwise take a fresh address (and a fresh bucket) per request.
 */
export function addressKey(address: string): string {
  const bare = address.trim().replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(bare)?.[1];
  if (mapped) return mapped;
  if (isIP(bare) !== 6) return bare;
  const [head = "", tail] = bare.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}

/**
 * Who is asking. With no trusted proxy (hops 0) that is the TCP peer, which the client cannot choose:
 * `X-Forwarded-For` is the client's word there (Next only fills it when it is missing), so it is
 * ignored. Behind `hops` trusted proxies it is the entry the outermost of them appended: the
 * `hops`-th from the right; the proxies overwrite or append, so what the client wrote stays left of it.
 */
export function clientKey(req: Request, hops = 0): string {
  if (hops > 0) {
    const entries = (req.headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((e) => e.trim())
      .filter(Boolean);
    const trusted = entries[entries.length - hops];
    if (trusted) return addressKey(trusted);
  }
  const header = peerHeaderName();
  const peer = header ? req.headers.get(header) : null;
  return peer ? addressKey(peer) : "unknown";
}
