import { slugify } from '@lienhiep/vietnamese-text';
import type { ArticleRecord } from './article-record';

const SUBJECTS = ['Hội thảo', 'Tập huấn', 'Hội nghị', 'Tọa đàm', 'Diễn đàn', 'Lớp bồi dưỡng', 'Cuộc thi', 'Ngày hội'];
const TOPICS = [
  'ứng dụng khoa học kỹ thuật trong trồng chè Shan tuyết',
  'chuyển đổi số trong sản xuất nông nghiệp vùng cao',
  'bảo tồn tri thức bản địa của đồng bào dân tộc thiểu số',
  'phản biện đề án phát triển du lịch cộng đồng Sa Pa',
  'chăm sóc sức khỏe người cao tuổi tại cơ sở',
  'sáng tạo kỹ thuật dành cho thanh thiếu niên nhi đồng',
  'nuôi trồng thủy sản nước lạnh ở Bát Xát',
  'phòng chống sạt lở đất và lũ quét mùa mưa bão',
  'năng lượng tái tạo cho các thôn bản vùng sâu',
  'sở hữu trí tuệ cho sản phẩm OCOP của tỉnh',
];
const PLACES = ['thành phố Lào Cai', 'thị xã Sa Pa', 'huyện Bát Xát', 'huyện Bắc Hà', 'huyện Mường Khương', 'huyện Văn Bàn', 'huyện Bảo Yên', 'huyện Si Ma Cai'];
const AUTHORS = ['Minh Hiếu', 'Thu Hà', 'Văn Long', 'Ngọc Ánh', 'Quang Huy', 'Thanh Tâm'];

/** A small deterministic generator (mulberry32), so the same seed gives the same articles. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SyntheticOptions = {
  /** Category slugs to spread the articles over (none: uncategorised). */
  categories?: string[];
  /** Tag slugs to pick 0-2 from per article. */
  tags?: string[];
  /** Association slugs: about half the articles name one of them. */
  associations?: string[];
  /** Seed of the generator; the same seed and count give the same articles (and slugs: another seed, other slugs). */
  seed?: number;
  /** The newest article's date; each next article is some hours older. */
  newest?: Date;
};

/**
 * `count` synthetic Vietnamese news articles in the import format (./article-record.ts), with
 * unique slugs, dates spread backwards from `newest`, a few paragraphs of body text each, and the
 * given categories, tags and associations. For benchmarks and tests; the titles say they are generated.
 */
export function* syntheticArticles(count: number, options: SyntheticOptions = {}): Generator<ArticleRecord> {
  const seed = options.seed ?? 7;
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)];
  const categories = options.categories ?? [];
  const tags = options.tags ?? [];
  const associations = options.associations ?? [];
  let time = (options.newest ?? new Date()).getTime();
  for (let n = 1; n <= count; n += 1) {
    time -= Math.floor(1 + next() * 12) * 3_600_000;
    const subject = pick(SUBJECTS);
    const topic = pick(TOPICS);
    const place = pick(PLACES);
    const title = `${subject} ${topic} tại ${place} (bài tổng hợp số ${n})`;
    const paragraphs = [
      `Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai phối hợp với các hội thành viên tổ chức ${subject.toLowerCase()} về ${topic}.`,
      `Tham dự có đại diện lãnh đạo các sở, ngành, các nhà khoa học và bà con nông dân ${place}. Các đại biểu đã trao đổi kinh nghiệm, đề xuất giải pháp phù hợp với điều kiện địa phương.`,
      `## Kết quả\n\nHoạt động góp phần **nâng cao nhận thức** và khả năng ứng dụng tiến bộ khoa học kỹ thuật vào đời sống, sản xuất của người dân.`,
    ];
    const articleTags = tags.length === 0 ? [] : [...new Set([pick(tags), ...(next() < 0.5 ? [pick(tags)] : [])])];
    const articleAssociations = associations.length > 0 && next() < 0.5 ? [pick(associations)] : [];
    yield {
      title,
      slug: slugify(`bai tong hop ${seed} ${n} ${topic}`),
      date: new Date(time).toISOString(),
      summary: `${subject} ${topic} tại ${place}: nội dung chính và kết quả đạt được.`,
      body: paragraphs.join('\n\n'),
      author: pick(AUTHORS),
      source: 'Liên hiệp Hội Lào Cai (dữ liệu tổng hợp)',
      featured: next() < 0.02,
      category: categories.length > 0 ? pick(categories) : null,
      tags: articleTags,
      associations: articleAssociations,
    };
  }
}
