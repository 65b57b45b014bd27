/** Strapi's GraphQL lists are `[Type]!`: items may be null. Drops them with a proper type. */
export function compact<T>(list: ReadonlyArray<T | null | undefined> | null | undefined): T[] {
  return (list ?? []).filter((item): item is T => item !== null && item !== undefined);
}
