import { VideosView } from "@/components/videos/videos-view";

export default function VideosPage() {
  return <VideosView />;
}
