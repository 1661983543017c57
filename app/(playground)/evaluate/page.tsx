import { EvaluateView } from "@/components/evaluate/evaluate-view";

export default function EvaluatePage() {
  return <EvaluateView />;
}
