import { EventCalendarFileQuery } from '#shared/graphql/feeds';
import { routes } from '#shared/routes';

/** "Thêm vào lịch": the event as an .ics file for Outlook, Google Calendar, phones. */
export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug') ?? '';
  const { events } = await cmsGraphql(EventCalendarFileQuery, { slug });
  const found = events[0];
  if (!found) throw createError({ statusCode: 404, statusMessage: 'Không có sự kiện này' });
  setHeader(event, 'Content-Type', 'text/calendar; charset=utf-8');
  setHeader(event, 'Content-Disposition', `attachment; filename="${found.slug}.ics"`);
  return renderICalendar({
    uid: `${found.documentId}@lienhiep-laocai`,
    title: found.title,
    summary: found.summary,
    startAt: found.startAt,
    endAt: found.endAt,
    allDay: found.allDay,
    venue: found.venue,
    url: absoluteSiteUrl(routes.event(found.slug)),
    updatedAt: found.updatedAt,
  });
});
