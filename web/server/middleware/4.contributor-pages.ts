/**
 * The contributor pages (sign-in, account request, passwords, a contributor's submissions): their
 * access, data and forms are handled here, on the server (utils/contributor-pages.ts), before the
 * page renders what was prepared. Every answer of these routes is `private, no-store`, and none is
 * ever stored by the page cache (shared/utils/cacheable-routes.ts says no to each).
 */
export default defineEventHandler(async (event) => {
  const path = event.path.split('?')[0] ?? '/';
  const route = routeOf(path);
  if (!isContributorRoute(route)) return;
  const param = route === 'contributorSubmission' ? path.slice(path.lastIndexOf('/') + 1) : undefined;
  const redirect = await handleContributorPage(event, route, param);
  if (redirect) return sendRedirect(event, redirect, 303);
});
