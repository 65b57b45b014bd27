import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Core, Modules, Schema, UID } from '@strapi/strapi';
import { toInstant, type DemoTime } from './local-time';
import { markdownToBlocks } from '../rich-text/light-markup';
import { seedDemoContributor } from './demo-contributor';
import { seedDemoStaff } from './demo-staff';
import { DemoMedia } from './media';

/**
 * A document of `TUid` as the Document Service creates it: Strapi's types generated from the
 * schemas (types/generated), so a field the seed fills wrongly is a type error.
 */
type DocumentInput<TUid extends UID.ContentType> = Modules.Documents.Params.Data.Input<TUid>;
/** The allowed values of an enumeration (or other) field, from the generated types. */
type FieldOf<TUid extends UID.ContentType, TField extends keyof DocumentInput<TUid>> = DocumentInput<TUid>[TField];

// The demo data files (cms/data/*.json), as `readData` reads them.
type Contact = { address?: string; phone?: string; email?: string; website?: string };
type CategoryData = { name: string; slug: string; description?: string; order?: number };
type TagData = { name: string; slug: string };
type AssociationData = {
  name: string; shortName?: string; slug: string; field: FieldOf<'api::association.association', 'field'>; summary?: string; description?: string;
  foundedYear?: number; currentTerm?: string; leadership?: Array<{ fullName: string; position: string }>;
  memberCount?: number; contact?: Contact; status?: FieldOf<'api::association.association', 'operatingStatus'>; statusNote?: string;
};
type IntellectualData = {
  fullName: string; slug: string; academicTitle?: FieldOf<'api::honored-intellectual.honored-intellectual', 'academicTitle'> | null;
  degree?: FieldOf<'api::honored-intellectual.honored-intellectual', 'degree'> | null; field: string;
  workplace?: string; position?: string; association?: string | null; honoringRound: number; honoringYear: number;
  citation?: string; achievements?: string;
};
type EventData = {
  title: string; slug: string; kind: FieldOf<'api::event.event', 'kind'>; start: DemoTime; end?: DemoTime; allDay?: boolean; venue?: string;
  organisers?: string[]; partnerOrganisations?: string; summary?: string; description?: string;
  documents?: Array<{ fileName: string; title: string }>; draft?: boolean;
};
type ArticleData = {
  title: string; slug: string; date: string; summary: string; body: string; author?: string; source?: string;
  category?: string | null; tags?: string[]; associations?: string[]; event?: string | null; intellectuals?: string[];
  featured?: boolean; gallery?: number; draft?: boolean;
};
type PageData = { title: string; slug: string; summary?: string; body: string; order?: number };
type GlobalData = {
  siteName: string; shortName?: string; tagline?: string; footerText?: string; contact?: Contact;
  socialLinks?: FieldOf<'api::global.global', 'socialLinks'>; relatedPortals?: FieldOf<'api::global.global', 'relatedPortals'>; defaultSeo?: { metaTitle?: string; metaDescription?: string };
};

/** The collection types the seed fills; all have draft & publish. */
type PublishableUid =
  | 'api::category.category'
  | 'api::tag.tag'
  | 'api::association.association'
  | 'api::honored-intellectual.honored-intellectual'
  | 'api::event.event'
  | 'api::article.article'
  | 'api::page.page';

/**
 * Markdown as Strapi rich text. The cast: Strapi's type requires `rel` and `target` on every link,
 * which its editor always writes but its validator does not require; the demo text's links have neither.
 */
const richText = (markdown: string) => markdownToBlocks(markdown) as Schema.Attribute.BlocksValue;

/** A demo time that must be there (an event's start). */
function requiredInstant(value: DemoTime, what: string): string {
  const instant = toInstant(value);
  if (instant === null) throw new Error(`Demo data: ${what} has no time`);
  return instant;
}

export type SeedReport = Record<string, { created: number; existing: number }>;
type Log = (line: string) => void;

const SEED_MARKER = { type: 'core', name: 'portal', key: 'demo-content-seeded' } as const;

async function readData<T>(dataDir: string, file: string): Promise<T> {
  return JSON.parse(await readFile(join(dataDir, file), 'utf8')) as T;
}

/**
 * Loads the demo content of cms/data into the CMS. Idempotent: every document is found again by
 * its slug and left as it is (an editor's changes survive), media by file name. Prints one
 * progress line per content type.
 */
export async function seedDemoContent(strapi: Core.Strapi, options: { dataDir?: string; log?: Log } = {}): Promise<SeedReport> {
  const dataDir = options.dataDir ?? join(strapi.dirs.app.root, 'data');
  const log = options.log ?? ((line: string) => strapi.log.info(line));
  const media = new DemoMedia(strapi);
  const report: SeedReport = {};
  const ids: Record<string, Map<string, string>> = {};

  const upsert = async <TUid extends PublishableUid>(uid: TUid, label: string, data: DocumentInput<TUid> & { slug: string }, draft = false) => {
    const counts = (report[label] ??= { created: 0, existing: 0 });
    const map = (ids[uid] ??= new Map());
    // The calls below are the same for every publishable type; the data was checked against TUid's own type.
    const documents = strapi.documents<PublishableUid>(uid);
    const found = await documents.findFirst({ filters: { slug: data.slug }, status: 'draft', fields: ['documentId'] });
    if (found) {
      counts.existing += 1;
      map.set(data.slug, found.documentId);
      return found.documentId;
    }
    const created = await documents.create({ data });
    if (!draft) await documents.publish({ documentId: created.documentId });
    counts.created += 1;
    map.set(data.slug, created.documentId);
    return created.documentId;
  };
  const refs = (uid: UID.ContentType, slugs: Array<string | null | undefined> | undefined) =>
    (slugs ?? []).filter((slug): slug is string => Boolean(slug)).map((slug) => {
      const documentId = ids[uid]?.get(slug);
      if (!documentId) throw new Error(`Demo data refers to unknown ${uid} "${slug}"`);
      return documentId;
    });
  const ref = (uid: UID.ContentType, slug: string | null | undefined) => refs(uid, [slug])[0] ?? null;
  const done = (label: string) => {
    const { created, existing } = report[label] ?? { created: 0, existing: 0 };
    log(`[seed] ${label}: ${created} created, ${existing} already present`);
  };

  try {
    for (const category of await readData<CategoryData[]>(dataDir, 'categories.json')) {
      await upsert('api::category.category', 'Chuyên mục (category)', {
        slug: category.slug,
        name: category.name, description: category.description, order: category.order ?? 0,
      });
    }
    done('Chuyên mục (category)');

    for (const tag of await readData<TagData[]>(dataDir, 'tags.json')) {
      await upsert('api::tag.tag', 'Thẻ (tag)', { slug: tag.slug, name: tag.name });
    }
    done('Thẻ (tag)');

    for (const association of await readData<AssociationData[]>(dataDir, 'associations.json')) {
      const logo = await media.image('logo', association.slug, { alternativeText: `Biểu trưng ${association.shortName ?? association.name}` });
      await upsert('api::association.association', 'Hội thành viên (association)', {
        slug: association.slug,
        name: association.name,
        shortName: association.shortName,
        field: association.field,
        summary: association.summary,
        description: association.description ? richText(association.description) : undefined,
        foundedYear: association.foundedYear,
        currentTerm: association.currentTerm,
        leadership: association.leadership ?? [],
        memberCount: association.memberCount,
        contact: association.contact,
        operatingStatus: association.status ?? 'active',
        statusNote: association.statusNote || undefined,
        logo: logo.id,
      });
    }
    done('Hội thành viên (association)');

    for (const person of await readData<IntellectualData[]>(dataDir, 'intellectuals.json')) {
      const portrait = await media.image('portrait', person.slug, { alternativeText: `Ảnh chân dung minh họa của ${person.fullName}` });
      await upsert('api::honored-intellectual.honored-intellectual', 'Trí thức tiêu biểu (honored-intellectual)', {
        slug: person.slug,
        fullName: person.fullName,
        academicTitle: person.academicTitle ?? undefined,
        degree: person.degree ?? undefined,
        field: person.field,
        workplace: person.workplace,
        position: person.position,
        association: ref('api::association.association', person.association),
        honoringRound: person.honoringRound,
        honoringYear: person.honoringYear,
        citation: person.citation,
        achievements: person.achievements ? richText(person.achievements) : undefined,
        portrait: portrait.id,
      });
    }
    done('Trí thức tiêu biểu (honored-intellectual)');

    for (const event of await readData<EventData[]>(dataDir, 'events.json')) {
      const cover = await media.image('landscape', `event-${event.slug}`, { alternativeText: `Ảnh minh họa sự kiện: ${event.title}` });
      const documents: number[] = [];
      for (const document of event.documents ?? []) documents.push((await media.document(document.fileName, document.title)).id);
      await upsert('api::event.event', 'Sự kiện (event)', {
        slug: event.slug,
        title: event.title,
        kind: event.kind,
        startAt: requiredInstant(event.start, `event ${event.slug}`),
        endAt: toInstant(event.end) ?? undefined,
        allDay: event.allDay ?? false,
        venue: event.venue,
        organisers: refs('api::association.association', event.organisers),
        partnerOrganisations: event.partnerOrganisations || undefined,
        summary: event.summary,
        description: event.description ? richText(event.description) : undefined,
        documents,
        cover: cover.id,
      }, event.draft);
    }
    done('Sự kiện (event)');

    const articles = await readData<ArticleData[]>(dataDir, 'articles.json');
    const galleryPool: Array<{ id: number }> = [];
    for (let i = 1; i <= 8; i += 1) {
      galleryPool.push(await media.image('landscape', `gallery-${i}`, { alternativeText: `Ảnh hoạt động minh họa số ${i}`, caption: `Ảnh minh họa ${i} (dữ liệu mẫu)` }));
    }
    for (const [index, article] of articles.entries()) {
      const cover = await media.image('landscape', `article-${article.slug}`, {
        alternativeText: `Ảnh minh họa cho bài: ${article.title}`,
        caption: `Ảnh minh họa (dữ liệu mẫu). Ảnh: ${article.author ?? 'Liên hiệp Hội Lào Cai'}`,
      });
      const gallery = Array.from({ length: article.gallery ?? 0 }, (_, i) => galleryPool[(index + i) % galleryPool.length].id);
      await upsert('api::article.article', 'Tin bài (article)', {
        slug: article.slug,
        title: article.title,
        date: requiredInstant(article.date, `article ${article.slug}`),
        summary: article.summary,
        body: richText(article.body),
        author: article.author,
        source: article.source,
        category: ref('api::category.category', article.category),
        tags: refs('api::tag.tag', article.tags),
        associations: refs('api::association.association', article.associations),
        event: ref('api::event.event', article.event),
        honoredIntellectuals: refs('api::honored-intellectual.honored-intellectual', article.intellectuals),
        featured: article.featured ?? false,
        cover: cover.id,
        gallery,
      }, article.draft);
    }
    done('Tin bài (article)');

    for (const page of await readData<PageData[]>(dataDir, 'pages.json')) {
      await upsert('api::page.page', 'Trang tĩnh (page)', {
        slug: page.slug,
        title: page.title, summary: page.summary, body: richText(page.body), order: page.order ?? 0,
      });
    }
    done('Trang tĩnh (page)');

    const global = await readData<GlobalData>(dataDir, 'global.json');
    const globalCounts = (report['Cấu hình chung (global)'] = { created: 0, existing: 0 });
    if (await strapi.documents('api::global.global').findFirst({ fields: ['documentId'] })) {
      globalCounts.existing = 1;
    } else {
      const logo = await media.image('logo', 'lien-hiep-lao-cai', { alternativeText: 'Biểu trưng Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai' });
      const banner = await media.image('landscape', 'site-banner', { alternativeText: 'Núi rừng Lào Cai (ảnh minh họa)' });
      await strapi.documents('api::global.global').create({
        data: { ...global, logo: logo.id, banner: banner.id },
      });
      globalCounts.created = 1;
    }
    done('Cấu hình chung (global)');

    report['Cộng tác viên (contributor)'] = await seedDemoContributor(strapi);
    done('Cộng tác viên (contributor)');

    report['Nhân viên (staff)'] = await seedDemoStaff(strapi);
    done('Nhân viên (staff)');

    await strapi.store(SEED_MARKER).set({ value: { at: new Date().toISOString() } });
    return report;
  } finally {
    await media.dispose();
  }
}

/** First start: seed once when SEED_DEMO_CONTENT=true (the generated development .env sets it). */
export async function seedDemoContentOnFirstStart(strapi: Core.Strapi): Promise<void> {
  if (process.env.SEED_DEMO_CONTENT !== 'true') return;
  if (await strapi.store(SEED_MARKER).get({})) return;
  strapi.log.info('[seed] first start: loading demo content (sample data)…');
  await seedDemoContent(strapi, { log: (line) => strapi.log.info(line) });
}
