import { ComingNext } from "@/components/shell/coming-next";

export default function ImagesPage() {
  return <ComingNext tab="images" />;
}
