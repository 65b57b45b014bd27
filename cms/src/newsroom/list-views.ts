import type { Core } from '@strapi/strapi';

/** Bumped when the views below change: each content type's list is brought to them once per version. */
export const LIST_VIEWS_VERSION = 1;

/** Staff read lists newest first, 20 a page. */
const LIST_SETTINGS = { pageSize: 20, defaultSortBy: 'createdAt', defaultSortOrder: 'DESC' } as const;

/**
 * The columns of each list (the status column — Bản nháp / Đã đăng / Đã sửa — is the content
 * manager's own for draft & publish types). Attributes a type does not have are skipped, so the
 * scheduling columns appear wherever scheduling exists.
 */
const SCHEDULE_COLUMNS = ['scheduledPublishAt', 'scheduledUnpublishAt'];
const LIST_COLUMNS: Record<string, string[]> = {
  'api::article.article': ['title', 'date', 'category', 'author', 'featured', 'reviewStatus', ...SCHEDULE_COLUMNS, 'contributor'],
  'api::event.event': ['title', 'startAt', 'venue', 'kind', ...SCHEDULE_COLUMNS],
  'api::association.association': ['name', 'shortName', 'field', 'operatingStatus', ...SCHEDULE_COLUMNS],
  'api::honored-intellectual.honored-intellectual': ['fullName', 'honoringYear', 'honoringRound', 'association', ...SCHEDULE_COLUMNS],
  'api::page.page': ['title', 'slug', 'order', ...SCHEDULE_COLUMNS],
  'api::category.category': ['name', 'slug', 'order'],
  'api::tag.tag': ['name', 'slug'],
};

type Configuration = { settings?: Record<string, unknown>; layouts?: { list?: string[] }; metadatas?: Record<string, unknown> };

/** The list view of `uid`: the newsroom's settings and columns (only columns the type has). */
export function newsroomListView(configuration: Configuration, columns: string[], attributes: Record<string, unknown>): Configuration {
  const available = columns.filter((column) => column in attributes);
  return {
    ...configuration,
    settings: { ...configuration.settings, ...LIST_SETTINGS },
    layouts: { ...configuration.layouts, list: available.length > 0 ? available : configuration.layouts?.list },
  };
}

/**
 * Sets the content manager's list views as a newsroom uses them, once per LIST_VIEWS_VERSION (an
 * administrator's later changes in "Configure the view" are kept until the project changes the views).
 */
export async function applyNewsroomListViews(strapi: Core.Strapi): Promise<void> {
  const marker = strapi.store({ type: 'core', name: 'portal', key: 'list-views-version' });
  if ((await marker.get({})) === LIST_VIEWS_VERSION) return;
  for (const [uid, columns] of Object.entries(LIST_COLUMNS)) {
    const contentType = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
    if (!contentType) continue;
    const store = strapi.store({ type: 'plugin', name: 'content_manager_configuration', key: `content_types::${uid}` });
    const configuration = (await store.get({})) as Configuration | null;
    if (!configuration) continue;
    await store.set({ value: newsroomListView(configuration, columns, contentType.attributes) });
  }
  await marker.set({ value: LIST_VIEWS_VERSION });
}
