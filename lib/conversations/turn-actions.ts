import type { FileUIPart } from "ai";
import type { PlaygroundMessage } from "./metadata";

/** What the icon row under a turn can do (copy is always there). */
export type MessageAction = "edit" | "delete" | "moveUp" | "moveDown" | "resend" | "regenerate" | "inspect";

/** Where a turn sits in its conversation, and whether anything runs. */
export interface TurnPlace {
  /** This turn is the reply that streams now. */
  streaming: boolean;
  /** Nothing runs: edits, moves and deletes are allowed. */
  idle: boolean;
  first: boolean;
  last: boolean;
  /** The version on screen (1-based) and how many the turn has, when it has more than one. */
  version?: number;
  versions?: number;
}

/**
 * The actions a turn offers while nothing runs: edit and delete on every turn, resend on a question,
 * regenerate on the last reply. `moves` adds move up/down (chat, where turns are added by hand in any
 * order); `inspect` the Inspector icon on a reply with an exchange (Messages labels its own button).
 */
export function turnActions(
  message: PlaygroundMessage,
  place: TurnPlace,
  { moves, inspect }: { moves: boolean; inspect: boolean },
): MessageAction[] {
  if (!place.idle) return [];
  const isUser = message.role === "user";
  const actions: MessageAction[] = ["edit"];
  if (moves && !place.first) actions.push("moveUp");
  if (moves && !place.last) actions.push("moveDown");
  actions.push("delete");
  if (isUser) actions.push("resend");
  else if (place.last) actions.push("regenerate");
  if (inspect && !isUser && message.metadata?.exchangeId) actions.push("inspect");
  return actions;
}

/** The images of a turn, kept as they are (a stored turn's image has no data: it is not sent again). */
export const filePartsOf = (message: PlaygroundMessage): FileUIPart[] =>
  message.parts.filter((p): p is FileUIPart => p.type === "file");
