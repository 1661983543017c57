import { MessagesView } from "@/components/messages/messages-view";

export default function MessagesPage() {
  return <MessagesView />;
}
