import type { Core, UID } from '@strapi/strapi';

/** A join table as Strapi's database metadata describes it. */
export type JoinTable = {
  name: string;
  joinColumn: { name: string; referencedColumn: string };
  inverseJoinColumn: { name: string; referencedColumn: string };
  on?: Record<string, unknown>;
  orderBy?: Record<string, 'asc' | 'desc'>;
};

/** An attribute as far as reading its column (or its join table) in SQL needs. */
export type TableAttribute = { columnName?: string; joinTable?: JoinTable; target?: string; relation?: string };

/** The part of Strapi's database metadata of a content type or component that SQL written here reads. */
export type TableModel = { tableName: string; attributes: Record<string, TableAttribute> };

/** A content type's or component's table and columns (Strapi types its metadata loosely: `any` unions). */
export function tableModelOf(strapi: Core.Strapi, uid: UID.Schema): TableModel {
  return strapi.db.metadata.get(uid as UID.ContentType) as unknown as TableModel;
}

/** The column an attribute is stored in (`publishedAt` → `published_at`); the attribute's name when the metadata has none. */
export const columnOf = (model: TableModel, attribute: string): string => model.attributes[attribute]?.columnName ?? attribute;

/** A table's name as SQL must give it: inside DATABASE_SCHEMA when one is set (PostgreSQL), bare otherwise. */
export function qualifiedTable(strapi: Core.Strapi, table: string): string {
  const schema = strapi.db.getSchemaName();
  return schema ? `${schema}.${table}` : table;
}

/**
 * A datetime column's value as a Date: PostgreSQL gives Dates, SQLite epoch milliseconds (a number,
 * or digits as text) or ISO text. Null when there is none or it is not a date.
 */
export function dateFromDatabase(value: unknown): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number));
  return Number.isNaN(date.getTime()) ? null : date;
}
