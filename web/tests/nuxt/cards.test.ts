import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import AssociationCard from '~/components/association/AssociationCard.vue';
import FeaturedSlider from '~/components/home/FeaturedSlider.vue';
import IntellectualCard from '~/components/intellectual/IntellectualCard.vue';
import type { Enum_Honoredintellectual_Academictitle as AcademicTitle, Enum_Honoredintellectual_Degree as Degree, IntellectualCardFieldsFragment } from '#shared/graphql/generated/graphql';

const portrait = { url: '/uploads/chan-dung.jpg', width: 400, height: 500, formats: null, focalPoint: null };
const person = (academicTitle: AcademicTitle | null, degree: Degree | null, fullName: string): IntellectualCardFieldsFragment => ({
  documentId: fullName,
  fullName,
  slug: 'nguoi',
  academicTitle,
  degree,
  field: 'Y học',
  workplace: 'Bệnh viện Đa khoa tỉnh',
  honoringRound: 2,
  honoringYear: 2023,
  portrait,
});

describe('IntellectualCard', () => {
  it('separates the academic title from the name by a space ("PGS.TS Cao Minh Tuấn", "TS Bùi Thị Ngọc Ánh")', async () => {
    for (const [title, degree, name, shown] of [
      ['PGS', 'TS', 'Cao Minh Tuấn', 'PGS.TS Cao Minh Tuấn'],
      [null, 'TS', 'Bùi Thị Ngọc Ánh', 'TS Bùi Thị Ngọc Ánh'],
      [null, null, 'Nguyễn Văn An', 'Nguyễn Văn An'],
    ] as const) {
      const wrapper = await mountSuspended(IntellectualCard, { props: { person: person(title, degree, name) } });
      expect((wrapper.find('h3 a').element.textContent ?? '').replace(/\s+/g, ' ').trim()).toBe(shown);
    }
  });

  it('leaves the portrait out of the accessible name: it sits beside the name', async () => {
    const wrapper = await mountSuspended(IntellectualCard, { props: { person: person('PGS', 'TS', 'Cao Minh Tuấn') } });
    expect(wrapper.find('img').attributes('alt')).toBe('');
  });
});

describe('decorative card images', () => {
  it('gives an association logo beside its name and a featured cover beside its title alt=""', async () => {
    const association = await mountSuspended(AssociationCard, {
      props: { association: { documentId: 'h', name: 'Hội Tin học tỉnh Lào Cai', shortName: 'Hội Tin học', slug: 'hoi-tin-hoc', field: 'engineering_technology', operatingStatus: 'active', summary: null, logo: portrait } },
    });
    expect(association.find('img').attributes('alt')).toBe('');
    const slider = await mountSuspended(FeaturedSlider, {
      props: { articles: [{ documentId: 'a', title: 'Tin nổi bật', slug: 'tin', date: '2026-11-20T02:00:00.000Z', summary: 'Tóm tắt.', cover: portrait, category: null }] },
    });
    expect(slider.find('img').attributes('alt')).toBe('');
  });
});
