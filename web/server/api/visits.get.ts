/** "Thống kê truy cập" for the page script: the CMS's four figures, at most a few seconds old. */
export default defineEventHandler(async (event) => {
  const { cmsUrl } = useRuntimeConfig(event);
  try {
    const figures = await $fetch<{ online: number; today: number; week: number; total: number }>(`${cmsUrl}/api/visits`, { timeout: 2000 });
    setResponseHeader(event, 'cache-control', 'public, max-age=5');
    return { online: figures.online, today: figures.today, week: figures.week, total: figures.total };
  } catch (error) {
    console.error('[visits] figures unavailable:', (error as Error).message);
    throw createError({ statusCode: 503, statusMessage: 'Chưa lấy được số liệu truy cập. Visitor figures unavailable.' });
  }
});
