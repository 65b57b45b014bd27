import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import SideColumn from '~/components/common/SideColumn.vue';

const headline = (n: number) => ({ documentId: `doc${n}`, title: `Bài viết số ${n}`, slug: `bai-viet-so-${n}`, date: '2026-11-20T03:00:00.000Z' });

describe('SideColumn', () => {
  it('shows "Đọc nhiều" as a ranked list in the order given, each title linking to its article', async () => {
    const wrapper = await mountSuspended(SideColumn, { props: { latest: [headline(1)], mostRead: [headline(3), headline(2)], events: [], portals: [] } });
    const section = wrapper.find('section[aria-labelledby="cot-ben-doc-nhieu"]');
    expect(section.find('h2').text()).toBe('Đọc nhiều');
    const items = section.findAll('ol > li');
    expect(items.map((item) => item.find('a').text())).toEqual(['Bài viết số 3', 'Bài viết số 2']);
    expect(items[0]!.find('a').attributes('href')).toBe('/tin-tuc/bai-viet-so-3');
    expect(items[0]!.find('time').text()).toBe('20/11/2026');
  });

  it('leaves "Đọc nhiều" out while nothing has been read', async () => {
    const wrapper = await mountSuspended(SideColumn, { props: { latest: [headline(1)], mostRead: [], events: [], portals: [] } });
    expect(wrapper.text()).not.toContain('Đọc nhiều');
    expect(wrapper.find('ol').exists()).toBe(false);
  });
});
