/**
 * The glossary's order: groups by kind in the order the content model declares (people first,
 * events last), and A–Z within each group the way a reader looks a name up: "The Moscow Times"
 * under M, "Type 071" before "Type 075", accents and case ignored.
 */

/** The name a reader looks up: a leading "The", "A" or "An" does not count. */
export function sortKey(name: string): string {
  return name.replace(/^(?:the|an?)\s+/i, '');
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A–Z by {@link sortKey}, then by the full name so the order is total. */
export function compareNames(a: string, b: string): number {
  return collator.compare(sortKey(a), sortKey(b)) || collator.compare(a, b);
}

export interface KindGroup<K extends string, T> {
  kind: K;
  items: T[];
}

/**
 * Items grouped by kind, groups in `order` (kinds with no item left out), items A–Z by name
 * within each group. A kind missing from `order` is an error: it would silently vanish.
 */
export function groupByKind<K extends string, T>(
  items: readonly T[],
  order: readonly K[],
  kindOf: (item: T) => K,
  nameOf: (item: T) => string,
): Array<KindGroup<K, T>> {
  const groups = new Map<K, T[]>(order.map((kind) => [kind, []]));
  for (const item of items) {
    const kind = kindOf(item);
    const group = groups.get(kind);
    if (!group) throw new Error(`groupByKind: the kind "${kind}" of "${nameOf(item)}" is not in the order given`);
    group.push(item);
  }
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([kind, list]) => ({ kind, items: list.sort((a, b) => compareNames(nameOf(a), nameOf(b))) }));
}
