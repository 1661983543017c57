import { ComingNext } from "@/components/shell/coming-next";

export default function ComparePage() {
  return <ComingNext tab="compare" />;
}
