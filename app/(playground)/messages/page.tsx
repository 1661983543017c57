import { MessagesConsole } from "@/components/messages/messages-console";

export default function MessagesPage() {
  return <MessagesConsole />;
}
