import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import ArticleCard from '~/components/article/ArticleCard.vue';

const article = {
  documentId: 'abc',
  title: 'Hội thảo phát triển cây cảnh, cây bóng mát có giá trị kinh tế cao',
  slug: 'hoi-thao-phat-trien-cay-canh',
  date: '2023-10-11T18:00:00.000Z',
  summary: 'Tóm tắt bài viết.',
  cover: {
    url: '/uploads/cover.jpg',
    width: 1200,
    height: 675,
    formats: { small: { url: '/uploads/small_cover.jpg', width: 480, height: 270 } },
    focalPoint: null,
  },
  category: { name: 'Phổ biến kiến thức', slug: 'pho-bien-kien-thuc' },
};

describe('ArticleCard', () => {
  it('shows the title, category, Vietnamese date and a sized, decorative cover (the title beside it says what it shows)', async () => {
    const wrapper = await mountSuspended(ArticleCard, { props: { article } });
    expect(wrapper.find('h3').text()).toBe(article.title);
    expect(wrapper.find('h3 a').attributes('href')).toBe('/tin-tuc/hoi-thao-phat-trien-cay-canh');
    expect(wrapper.text()).toContain('Phổ biến kiến thức');
    expect(wrapper.find('time').text()).toBe('12/10/2023');
    expect(wrapper.find('time').attributes('datetime')).toBe('2023-10-12');
    const img = wrapper.find('img');
    // alt="": screen readers would otherwise hear the title twice (the cover's alt text repeats it).
    expect(img.attributes('alt')).toBe('');
    expect(img.attributes('width')).toBe('1200');
    expect(img.attributes('src')).toMatch(/\/uploads\/cover\.jpg$/);
    expect(img.attributes('srcset')).toMatch(/small_cover\.jpg 480w, .*cover\.jpg 1200w$/);
  });

  it('renders without a cover', async () => {
    const wrapper = await mountSuspended(ArticleCard, { props: { article: { ...article, cover: null } } });
    expect(wrapper.find('img').exists()).toBe(false);
  });
});
