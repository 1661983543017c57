import { ComingNext } from "@/components/shell/coming-next";

export default function MessagesPage() {
  return <ComingNext tab="messages" />;
}
