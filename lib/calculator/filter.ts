/**
 * Picker items and their filter: pure and free of catalog imports, so the pickers can ship in the
 * first-load bundle while the lists themselves arrive with the engine chunk.
 */
export interface PickerItem {
  id: string;
  name: string;
  group: string;
  /** Shown under the name: memory and bandwidth, or size, active parameters and licence. */
  detail: string;
  /** Extra words the filter matches (aliases, developer). */
  keywords: string;
}

/** Items whose name, group or keywords contain every word typed (case- and space-insensitive). */
export function filterItems(items: readonly PickerItem[], query: string): PickerItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  const squash = (t: string) => t.toLowerCase().replace(/[^a-z0-9.+]/g, '');
  return items.filter((it) => {
    const hay = `${it.name} ${it.group} ${it.keywords}`.toLowerCase();
    const squashed = squash(hay);
    return words.every((w) => hay.includes(w) || squashed.includes(squash(w)));
  });
}
