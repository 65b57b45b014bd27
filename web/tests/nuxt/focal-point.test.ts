import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import ArticleCard from '~/components/article/ArticleCard.vue';
import FeaturedSlider from '~/components/home/FeaturedSlider.vue';
import ResponsiveImage from '~/components/common/ResponsiveImage.vue';

const article = (focalPoint: unknown) => ({
  documentId: 'abc',
  title: 'Hội thảo khoa học về bảo tồn giống chè Shan tuyết',
  slug: 'hoi-thao-che-shan-tuyet',
  date: '2023-10-11T18:00:00.000Z',
  summary: 'Tóm tắt.',
  cover: { url: '/uploads/che_a1b2c3d4e5.jpg', width: 1600, height: 1200, formats: null, focalPoint },
  category: null,
});

describe('focal point of cropped images', () => {
  it("puts a card's and the home banner's cropped cover on the focal point the editor set", async () => {
    const card = await mountSuspended(ArticleCard, { props: { article: article({ x: 22, y: 81 }) } });
    expect(card.find('img').classes()).toEqual(expect.arrayContaining(['article-card__cover', 'has-focal', 'focal-x-20', 'focal-y-80']));
    const banner = await mountSuspended(FeaturedSlider, { props: { articles: [article({ x: 70, y: 10 })] } });
    expect(banner.find('img').classes()).toEqual(expect.arrayContaining(['featured__image', 'has-focal', 'focal-x-70', 'focal-y-10']));
    // No inline style: the CSP (style-src 'self') would block it.
    expect(card.find('img').attributes('style')).toBeUndefined();
  });

  it('leaves a card without a focal point centred, and an image shown whole untouched', async () => {
    const card = await mountSuspended(ArticleCard, { props: { article: article(null) } });
    expect(card.find('img').classes().filter((name) => name.includes('focal'))).toEqual([]);
    const whole = await mountSuspended(ResponsiveImage, { props: { image: article({ x: 22, y: 81 }).cover } });
    expect(whole.find('img').classes()).toEqual([]);
  });
});
