type VisitFigures = { online: number; today: number; week: number; total: number };

/** How long the site keeps the CMS's figures: every page view asks for them, the CMS answers once per window. */
const FIGURES_MEMORY_MS = 5_000;
let remembered: { at: number; figures: Promise<VisitFigures> } | undefined;

/** The CMS's figures, at most FIGURES_MEMORY_MS old; a failed answer is not kept. */
function visitFigures(cmsUrl: string): Promise<VisitFigures> {
  const now = Date.now();
  if (!remembered || now - remembered.at >= FIGURES_MEMORY_MS) {
    const figures = $fetch<VisitFigures>(`${cmsUrl}/api/visits`, { timeout: 2000 }).then(({ online, today, week, total }) => ({ online, today, week, total }));
    remembered = { at: now, figures };
    figures.catch(() => {
      if (remembered?.figures === figures) remembered = undefined;
    });
  }
  return remembered.figures;
}

/** "Thống kê truy cập" for the page script: online now, today, this week, total. */
export default defineEventHandler(async (event) => {
  try {
    const figures = await visitFigures(useRuntimeConfig(event).cmsUrl);
    setResponseHeader(event, 'cache-control', 'public, max-age=5');
    return figures;
  } catch (error) {
    console.error('[visits] figures unavailable:', (error as Error).message);
    throw createError({ statusCode: 503, statusMessage: 'Chưa lấy được số liệu truy cập. Visitor figures unavailable.' });
  }
});
