/**
 * The documents holding one key. Most keys (every key of a unique index) have one holder, kept as
 * the bare id: a Set per key would cost more memory than the document's own entry.
 */
export type Holders = string | Set<string>;

export const holderCount = (holders: Holders) => (typeof holders === 'string' ? 1 : holders.size);
/** Adds the holders' ids to `into` (no array is made for a lone id). */
export function addHolderIds(into: Set<string>, holders: Holders): void {
  if (typeof holders === 'string') into.add(holders);
  else for (const id of holders) into.add(id);
}

/** The holders of a key found in an ordered run, as a map would hold them; undefined for none. */
export function holdersOf(ids: string[]): Holders | undefined {
  if (ids.length === 0) return undefined;
  return ids.length === 1 ? ids[0] : new Set(ids);
}

export const isHeldBy = (holders: Holders, idKey: string) => (typeof holders === 'string' ? holders === idKey : holders.has(idKey));

export function addTo(map: Map<string, Holders>, key: string, idKey: string): void {
  const holders = map.get(key);
  if (holders === undefined) map.set(key, idKey);
  else if (typeof holders !== 'string') holders.add(idKey);
  else if (holders !== idKey) map.set(key, new Set([holders, idKey]));
}

export function removeFrom(map: Map<string, Holders>, key: string, idKey: string): void {
  const holders = map.get(key);
  if (holders === undefined) return;
  if (typeof holders === 'string') {
    if (holders === idKey) map.delete(key);
    return;
  }
  holders.delete(idKey);
  if (holders.size === 1) map.set(key, holders.values().next().value as string);
}
