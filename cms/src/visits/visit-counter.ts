import { isBotUserAgent } from './bots';
import type { Visit, VisitFigures, VisitStore } from './visit-store';

/** How long the public figures are served from memory: a page view never counts raw rows. */
export const FIGURES_CACHE_MS = 5_000;

/**
 * The visitor counter: drops visits from automated clients, counts the rest in its store, and
 * answers the public figures from a few seconds' memory.
 */
export function createVisitCounter(store: VisitStore, { figuresCacheMs = FIGURES_CACHE_MS, clock = () => new Date() } = {}) {
  let cached: { at: number; figures: Promise<VisitFigures> } | undefined;
  return {
    store,
    /** Counts the visit unless it comes from a bot; says whether it counted. */
    async record(visit: Visit): Promise<boolean> {
      if (isBotUserAgent(visit.userAgent)) return false;
      await store.record(visit);
      return true;
    },
    /** "Thống kê truy cập": at most `figuresCacheMs` old. */
    figures(): Promise<VisitFigures> {
      const now = clock();
      if (!cached || now.getTime() - cached.at >= figuresCacheMs) {
        const figures = store.figures(now);
        cached = { at: now.getTime(), figures };
        figures.catch(() => {
          if (cached?.figures === figures) cached = undefined;
        });
      }
      return cached.figures;
    },
  };
}

export type VisitCounter = ReturnType<typeof createVisitCounter>;
