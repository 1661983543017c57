import { ImagesView } from "@/components/images/images-view";

export default function ImagesPage() {
  return <ImagesView />;
}
