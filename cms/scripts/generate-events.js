#!/usr/bin/env node
// `node scripts/generate-events.js <N>`: creates and publishes N synthetic events (titles say they
// are generated) through the Document Service, spread from two years ago to one year ahead, each
// organised by one or two member associations. For benchmarks (`pnpm bench` builds a throw-away
// database with ~500 events); never run it against the union's real database.
// The database is the one configured by the environment (DATABASE_CLIENT, DATABASE_FILENAME, …).
const { bootStrapi } = require('./boot');

const KINDS = ['executive_committee_meeting', 'workshop', 'conference', 'contest', 'training', 'honoring_ceremony', 'other'];
const SUBJECTS = ['Hội thảo khoa học', 'Lớp tập huấn', 'Hội nghị', 'Cuộc thi sáng tạo', 'Tọa đàm', 'Lễ tôn vinh'];
const TOPICS = ['chè Shan tuyết', 'chuyển đổi số nông nghiệp', 'tri thức bản địa', 'du lịch cộng đồng', 'y học cổ truyền', 'thủy sản nước lạnh', 'phòng chống sạt lở', 'năng lượng tái tạo'];
const PLACES = ['thành phố Lào Cai', 'thị xã Sa Pa', 'huyện Bát Xát', 'huyện Bắc Hà', 'huyện Văn Bàn'];
const HOUR = 3_600_000;

async function main() {
  const count = Number(process.argv.slice(2).find((arg) => arg !== '--') ?? '500');
  if (!Number.isInteger(count) || count < 1) throw new Error('usage: generate-events.js <N>');
  const { strapi } = await bootStrapi();
  try {
    const associations = (await strapi.db.query('api::association.association').findMany({ select: ['documentId'], where: { publishedAt: { $notNull: true } } })).map((row) => row.documentId);
    const documents = strapi.documents('api::event.event');
    const started = Date.now();
    const first = Date.now() - 730 * 24 * HOUR;
    const step = (1095 * 24 * HOUR) / count;
    for (let n = 1; n <= count; n += 1) {
      const subject = SUBJECTS[n % SUBJECTS.length];
      const topic = TOPICS[(n * 7) % TOPICS.length];
      const place = PLACES[(n * 3) % PLACES.length];
      const startAt = new Date(first + n * step);
      startAt.setUTCHours(1 + (n % 6), 0, 0, 0);
      const organisers = associations.length === 0 ? [] : [...new Set([associations[n % associations.length], associations[(n * 5) % associations.length]])];
      await strapi.db.transaction(() =>
        documents.create({
          data: {
            title: `${subject} về ${topic} tại ${place} (sự kiện tổng hợp số ${n})`,
            slug: `su-kien-tong-hop-${n}`,
            kind: KINDS[n % KINDS.length],
            startAt: startAt.toISOString(),
            endAt: new Date(startAt.getTime() + (2 + (n % 3) * 2) * HOUR).toISOString(),
            allDay: false,
            venue: `Hội trường ${place}`,
            organisers,
            summary: `${subject} về ${topic} tại ${place} (dữ liệu tổng hợp).`,
          },
          status: 'published',
        }),
      );
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`[events] done: created=${count} seconds=${seconds.toFixed(1)} perSecond=${(count / seconds).toFixed(1)}`);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error) => {
  console.error('[events] failed:', error);
  process.exit(1);
});
