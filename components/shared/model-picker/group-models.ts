export interface PickerModel {
  id: string;
  ownedBy?: string;
}

/** Models whose id or owner contains every word of the query, grouped by owner (groups and ids sorted). */
export function groupModels(models: PickerModel[], query: string): [string, PickerModel[]][] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = new Map<string, PickerModel[]>();
  for (const m of models) {
    const hay = `${m.id} ${m.ownedBy ?? ""}`.toLowerCase();
    if (!words.every((w) => hay.includes(w))) continue;
    const owner = m.ownedBy || "other";
    groups.set(owner, [...(groups.get(owner) ?? []), m]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([owner, list]) => [owner, list.sort((a, b) => a.id.localeCompare(b.id))]);
}
