import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, type PropType } from 'vue';

type Load = (slug: string) => Promise<{ title: string } | null>;

/** A [slug] page reduced to its preamble: it shows the document's title, or the status of the error it fails with. */
const SlugPage = defineComponent({
  props: { load: { type: Function as PropType<Load>, required: true } },
  async setup(props) {
    try {
      const document = await useSlugDocument(props.load);
      return () => h('h1', document.title);
    } catch (failure) {
      return () => h('p', { role: 'alert' }, `${(failure as { statusCode?: number }).statusCode} ${(failure as { fatal?: boolean }).fatal ? 'fatal' : ''}`.trim());
    }
  },
});

describe('useSlugDocument', () => {
  it('loads the document the [slug] of the URL names', async () => {
    const asked: string[] = [];
    const load: Load = async (slug) => {
      asked.push(slug);
      return { title: 'Hội thảo khoa học 2026' };
    };
    const wrapper = await mountSuspended(SlugPage, { route: '/su-kien/hoi-thao-khoa-hoc-2026', props: { load } });
    expect(asked).toEqual(['hoi-thao-khoa-hoc-2026']);
    expect(wrapper.find('h1').text()).toBe('Hội thảo khoa học 2026');
  });

  it('answers 404 when there is no such document (unknown or unpublished)', async () => {
    const load: Load = async () => null;
    const wrapper = await mountSuspended(SlugPage, { route: '/su-kien/khong-co', props: { load } });
    expect(wrapper.find('h1').exists()).toBe(false);
    // Fatal: Nuxt renders its error page (app/error.vue) with a real 404 status.
    expect(wrapper.find('[role="alert"]').text()).toBe('404 fatal');
  });
});
