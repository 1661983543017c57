import { type ModelGroup, modelGroups } from "@/lib/queries/models";

export interface PickerModel {
  id: string;
  group: ModelGroup;
}

/**
 * Models whose id contains every word of the query, grouped by wire format in `order` (a group left
 * out of it comes after), ids sorted within a group.
 */
export function groupModels(
  models: PickerModel[],
  query: string,
  order: readonly ModelGroup[] = modelGroups,
): [ModelGroup, PickerModel[]][] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = new Map<ModelGroup, PickerModel[]>();
  for (const m of models) {
    const hay = m.id.toLowerCase();
    if (!words.every((w) => hay.includes(w))) continue;
    groups.set(m.group, [...(groups.get(m.group) ?? []), m]);
  }
  const rank = (g: ModelGroup) => (order.includes(g) ? order.indexOf(g) : order.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([group, list]) => [group, list.sort((a, b) => a.id.localeCompare(b.id))]);
}
