import { jsonDepth } from '../json-depth';

/** What a REST `populate` parameter asks for. */
export type PopulateShape = {
  /** Relation levels: `populate[a][populate][b]` is 2, `populate=a.b.c` is 3. */
  depth: number;
  /** Relations (and components) named, at every level. */
  relations: number;
  /** A `*` anywhere below the top level (`populate[a][populate]=*`, `populate=a.*`). */
  nestedWildcard: boolean;
  /** Deepest `filters` given to a populated relation. */
  filterDepth: number;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Measures a parsed `populate` value in every form Strapi accepts: '*', 'a,b.c', ['a', 'b.c'],
 * { a: true, b: { populate: …, filters: …, on: { 'shared.x': { populate: … } } } }.
 * Stops descending below `stopBelow` levels: anything that deep is refused anyway.
 */
export function measurePopulate(value: unknown, stopBelow: number, level = 1): PopulateShape {
  const shape: PopulateShape = { depth: 0, relations: 0, nestedWildcard: false, filterDepth: 0 };
  const merge = (other: PopulateShape) => {
    shape.depth = Math.max(shape.depth, other.depth);
    shape.relations += other.relations;
    shape.nestedWildcard ||= other.nestedWildcard;
    shape.filterDepth = Math.max(shape.filterDepth, other.filterDepth);
  };
  const measurePath = (path: string) => {
    const segments = path.split('.').filter((segment) => segment.length > 0);
    if (segments.length === 0) return;
    shape.depth = Math.max(shape.depth, level - 1 + segments.length);
    shape.relations += segments.length;
    if ((level > 1 && segments.includes('*')) || segments.slice(1).includes('*')) shape.nestedWildcard = true;
  };

  if (level > stopBelow) return { ...shape, depth: level };
  if (typeof value === 'string') {
    for (const path of value.split(',')) measurePath(path.trim());
  } else if (Array.isArray(value)) {
    for (const item of value) merge(measurePopulate(item, stopBelow, level));
  } else if (isRecord(value)) {
    for (const [name, options] of Object.entries(value)) {
      measurePath(name);
      if (!isRecord(options)) continue;
      if (options.filters !== undefined) shape.filterDepth = Math.max(shape.filterDepth, jsonDepth(options.filters, 64));
      if (options.populate !== undefined) merge(measurePopulate(options.populate, stopBelow, level + 1));
      if (isRecord(options.on)) {
        for (const component of Object.values(options.on)) {
          if (isRecord(component) && component.populate !== undefined) merge(measurePopulate(component.populate, stopBelow, level + 1));
        }
      }
    }
  }
  return shape;
}
