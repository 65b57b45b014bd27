import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import EventCalendar from '~/components/event/EventCalendar.vue';
import type { EventCardFieldsFragment } from '#shared/graphql/generated/graphql';

const event = (slug: string, startAt: string): EventCardFieldsFragment => ({ documentId: slug, title: `Hội thảo chuyển đổi số ${slug}`, slug, kind: 'workshop', startAt, endAt: null, allDay: false, venue: null });

describe('EventCalendar', () => {
  it('says so when the month has no event', async () => {
    const wrapper = await mountSuspended(EventCalendar, { props: { year: 2026, month: 12, events: [] } });
    expect(wrapper.find('.calendar__empty').text()).toBe('Tháng 12/2026 không có sự kiện nào.');
    expect(wrapper.findAll('a')).toHaveLength(0);
  });

  it('lists every day of the month under its weekday, "Chủ nhật" in lower case, the first day in its column', async () => {
    const wrapper = await mountSuspended(EventCalendar, { props: { year: 2026, month: 12, events: [] } });
    expect(wrapper.findAll('.calendar__weekdays span').map((span) => span.text())).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']);
    const days = wrapper.findAll('.calendar__days > li');
    expect(days).toHaveLength(31);
    // 1 December 2026 is a Tuesday: the second column.
    expect(days[0]!.classes()).toContain('calendar__cell--from-2');
    expect(days[0]!.find('.calendar__date').text().replace(/\s+/g, ' ')).toBe('Thứ Ba, 1/12');
    expect(days[5]!.find('.calendar__date').text().replace(/\s+/g, ' ')).toBe('Chủ nhật, 6/12');
    expect(wrapper.text()).not.toContain('Chủ Nhật');
  });

  it('puts each event on its day in Vietnam time, and marks the days that have events', async () => {
    // 17:30 UTC on the 4th is 00:30 on the 5th in Lào Cai.
    const wrapper = await mountSuspended(EventCalendar, { props: { year: 2026, month: 12, events: [event('a', '2026-12-04T17:30:00.000Z'), event('b', '2026-12-05T02:00:00.000Z')] } });
    expect(wrapper.find('.calendar__empty').exists()).toBe(false);
    const withEvents = wrapper.findAll('.calendar__cell--events');
    expect(withEvents).toHaveLength(1);
    expect(withEvents[0]!.find('time').attributes('datetime')).toBe('2026-12-05');
    expect(withEvents[0]!.findAll('a').map((a) => a.attributes('href'))).toEqual(['/su-kien/a', '/su-kien/b']);
  });
});
