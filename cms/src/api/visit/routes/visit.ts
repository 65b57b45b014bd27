/**
 * The visitor counter's two public routes (no content type behind them): the page script's beacon,
 * and the figures of "Thống kê truy cập" the page script fetches. Public by design (`auth: false`):
 * neither reads nor writes content.
 */
export default {
  routes: [
    { method: 'POST', path: '/visits', handler: 'visit.record', config: { auth: false } },
    { method: 'GET', path: '/visits', handler: 'visit.figures', config: { auth: false } },
  ],
};
