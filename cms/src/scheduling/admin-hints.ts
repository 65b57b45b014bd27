import type { Core } from '@strapi/strapi';
import { SCHEDULED_PUBLISH_AT, SCHEDULED_UNPUBLISH_AT, scheduledContentTypes, type ScheduleField } from './schedule-fields';

/** What the editor reads under each field in the edit view. */
export const SCHEDULE_HINTS: Record<ScheduleField, string> = {
  [SCHEDULED_PUBLISH_AT]: 'Hẹn giờ đăng: chọn thời điểm rồi bấm "Lưu" (không bấm "Xuất bản"). Bài tự đăng trong vòng 1 phút sau thời điểm này.',
  [SCHEDULED_UNPUBLISH_AT]: 'Hẹn giờ gỡ: bài tự gỡ khỏi trang trong vòng 1 phút sau thời điểm này. Phải sau "Đăng lúc".',
};

type Configuration = { metadatas?: Record<string, { edit?: { description?: string } }> };

/**
 * Explains "Đăng lúc" / "Gỡ lúc" under the fields of every scheduled type's edit view. A description
 * an administrator wrote in "Configure the view" is kept: only an empty one is filled.
 */
export async function describeScheduleFieldsInAdmin(strapi: Core.Strapi): Promise<void> {
  for (const uid of scheduledContentTypes(strapi)) {
    const store = strapi.store({ type: 'plugin', name: 'content_manager_configuration', key: `content_types::${uid}` });
    const configuration = (await store.get({})) as Configuration | null;
    if (!configuration?.metadatas) continue;
    let changed = false;
    for (const [field, hint] of Object.entries(SCHEDULE_HINTS)) {
      const edit = configuration.metadatas[field]?.edit;
      if (edit && !edit.description) {
        edit.description = hint;
        changed = true;
      }
    }
    if (changed) await store.set({ value: configuration });
  }
}
