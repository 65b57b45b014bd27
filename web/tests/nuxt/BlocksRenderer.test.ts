import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import BlocksRenderer from '~/components/content/BlocksRenderer.vue';

const text = (value: string, marks: Record<string, boolean> = {}) => ({ type: 'text', text: value, ...marks });

describe('BlocksRenderer', () => {
  it('renders paragraphs, headings (never a second h1), lists, quotes and inline marks', async () => {
    const wrapper = await mountSuspended(BlocksRenderer, {
      props: {
        blocks: [
          { type: 'heading', level: 1, children: [text('Kết quả')] },
          { type: 'paragraph', children: [text('Hội thảo '), text('quan trọng', { bold: true }), text(' và '), text('mới', { italic: true })] },
          { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('Một')] }, { type: 'list-item', children: [text('Hai')] }] },
          { type: 'quote', children: [text('Trích dẫn')] },
        ],
      },
    });
    expect(wrapper.find('h1').exists()).toBe(false);
    expect(wrapper.find('h2').text()).toBe('Kết quả');
    expect(wrapper.find('p strong').text()).toBe('quan trọng');
    expect(wrapper.find('p em').text()).toBe('mới');
    expect(wrapper.findAll('ol li').map((li) => li.text())).toEqual(['Một', 'Hai']);
    expect(wrapper.find('blockquote').text()).toBe('Trích dẫn');
  });

  it('never injects HTML from the CMS', async () => {
    const wrapper = await mountSuspended(BlocksRenderer, {
      props: { blocks: [{ type: 'paragraph', children: [text('<img src=x onerror="alert(1)"><script>alert(2)</script>')] }] },
    });
    expect(wrapper.find('img').exists()).toBe(false);
    expect(wrapper.find('script').exists()).toBe(false);
    expect(wrapper.find('p').text()).toContain('<script>');
  });

  it('opens external links safely and says so; keeps internal links as they are', async () => {
    const wrapper = await mountSuspended(BlocksRenderer, {
      props: {
        blocks: [{ type: 'paragraph', children: [
          { type: 'link', url: 'https://vusta.example.vn/tin', children: [text('VUSTA')] },
          text(' và '),
          { type: 'link', url: '/tin-tuc/bai-khac', children: [text('bài khác')] },
        ] }],
      },
    });
    const [external, internal] = wrapper.findAll('a');
    expect(external!.attributes()).toMatchObject({ href: 'https://vusta.example.vn/tin', target: '_blank', rel: 'noopener noreferrer' });
    expect(external!.text()).toContain('liên kết ngoài');
    expect(internal!.attributes('target')).toBeUndefined();
  });

  it('does not let "/\\host" or "//host" pass as a link inside the portal', async () => {
    const wrapper = await mountSuspended(BlocksRenderer, {
      props: { blocks: [{ type: 'paragraph', children: [
        { type: 'link', url: '/\\evil.example/x', children: [text('một')] },
        { type: 'link', url: '//evil.example/x', children: [text('hai')] },
      ] }] },
    });
    expect(wrapper.findAll('a').every((a) => a.attributes('href')!.startsWith('http') || a.attributes('target') === '_blank')).toBe(true);
    expect(wrapper.html()).not.toContain('evil.example');
  });

  it('drops javascript: links and unknown block types', async () => {
    const wrapper = await mountSuspended(BlocksRenderer, {
      props: { blocks: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [text('bẫy')] }] }, { type: 'embed', html: '<iframe>' }] },
    });
    expect(wrapper.html()).not.toContain('javascript:');
    expect(wrapper.find('iframe').exists()).toBe(false);
    expect(wrapper.text()).toContain('bẫy');
  });

  it('renders inline images with their alt text and caption', async () => {
    const wrapper = await mountSuspended(BlocksRenderer, {
      props: { blocks: [{ type: 'image', image: { url: '/uploads/a.jpg', alternativeText: 'Ảnh hội nghị', caption: 'Toàn cảnh', width: 800, height: 450 }, children: [] }] },
    });
    expect(wrapper.find('img').attributes()).toMatchObject({ alt: 'Ảnh hội nghị', width: '800', height: '450' });
    expect(wrapper.find('figcaption').text()).toBe('Toàn cảnh');
  });
});
