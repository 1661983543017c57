import { ComingNext } from "@/components/shell/coming-next";

export default function VideosPage() {
  return <ComingNext tab="videos" />;
}
