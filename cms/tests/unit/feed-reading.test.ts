import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlToBlocks, htmlToText } from '../../src/import/feeds/html-to-blocks';
import { FeedError, readFeed } from '../../src/import/feeds/read-feed';
import { checkedUrl, isPrivateAddress } from '../../src/import/feeds/remote-file';

const fixture = (name: string) => readFileSync(path.join(__dirname, '..', 'fixtures', 'import', name), 'utf8');

describe('htmlToBlocks (an old site\'s post HTML to Strapi rich text)', () => {
  it('drops scripts, styles, iframes, handlers and javascript: links, keeping the text around them', () => {
    const blocks = htmlToBlocks(
      '<p onclick="alert(1)">Mở <a href="javascript:alert(1)">đầu</a></p><script>alert("x")</script><style>p{}</style>' +
        '<iframe src="https://x.example"></iframe><svg><script>alert(2)</script></svg><object data="a.swf">nhúng</object>' +
        '<p><a href="https://lienhiep.example/a" onmouseover="x()">Liên kết</a> <img src="data:image/png;base64,AAAA" onerror="alert(3)"></p>',
    );
    const json = JSON.stringify(blocks);
    expect(json).not.toMatch(/alert|javascript|onclick|onerror|iframe|nhúng|data:image/);
    expect(blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Mở đầu' }] },
      { type: 'paragraph', children: [{ type: 'link', url: 'https://lienhiep.example/a', children: [{ type: 'text', text: 'Liên kết' }] }] },
    ]);
  });

  it('keeps paragraphs (WordPress blank lines too), headings, nested lists, marks and images', () => {
    const blocks = htmlToBlocks('Đoạn một\n\nĐoạn <strong>hai</strong> <em>nghiêng</em>\n<h2>Tiêu đề</h2><ol><li>Một<ul><li>Con</li></ul></li></ol><img src="/anh/a.jpg" alt="Ảnh">', 'https://cu.example/');
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'heading', 'list', 'image']);
    expect(blocks[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'Đoạn ' }, { type: 'text', text: 'hai', bold: true }, { type: 'text', text: ' ' }, { type: 'text', text: 'nghiêng', italic: true }] });
    expect(blocks[3]).toMatchObject({ format: 'ordered', children: [{ type: 'list-item' }, { type: 'list', format: 'unordered' }] });
    expect(blocks[4]).toMatchObject({ image: { url: 'https://cu.example/anh/a.jpg', alternativeText: 'Ảnh' } });
  });

  it('gives the readable text of HTML without script content', () => {
    expect(htmlToText('<p>Hội&nbsp;thảo</p><script>x()</script><p>khoa học</p>')).toBe('Hội thảo khoa học');
  });
});

describe('readFeed', () => {
  it('reads the posts of a WordPress export: slug, GMT date, status, display name, categories, featured image', () => {
    const feed = readFeed(fixture('trang-cu-wordpress.xml'));
    expect(feed.format).toBe('wxr');
    expect(feed.skipped).toBe(1); // the page
    expect(feed.items.map((item) => [item.slug, item.date, item.published])).toEqual([
      ['hoi-nghi-tong-ket-2023', '2023-12-20T02:30:00.000Z', true],
      ['tap-huan-che-shan-tuyet-bac-ha', '2024-03-15T01:15:00.000Z', true],
      ['du-thao-ke-hoach-hoi-thi-2024', '2024-04-02T03:00:00.000Z', false],
    ]);
    expect(feed.items[0]).toMatchObject({ author: 'Nguyễn Thu Hà', sourceId: 'https://trang-cu.lienhiep.example/?p=11', categories: [{ name: 'Tin hoạt động', slug: 'tin-hoat-dong' }] });
    expect(feed.items[0].coverUrl).toBe('https://trang-cu.lienhiep.example/wp-content/uploads/2023/12/hoi-nghi-tong-ket.png');
  });

  it('reads RSS 2.0 items and Atom entries, and refuses other XML', () => {
    const rss = readFeed(fixture('trang-cu-rss.xml'));
    expect(rss.format).toBe('rss');
    expect(rss.items[0]).toMatchObject({ date: '2024-05-06T07:00:00.000Z', author: 'Trần Văn Long', coverUrl: 'https://trang-cu.lienhiep.example/anh/toa-dam-sa-pa.jpg', categories: [{ name: 'Chuyển đổi số' }] });
    const atom = readFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>urn:1</id><title>Bản tin Atom số một</title><updated>2024-01-02T03:04:05Z</updated>' +
        '<author><name>Lê Minh</name></author><content type="html">&lt;p&gt;Nội dung&lt;/p&gt;</content></entry></feed>',
    );
    expect(atom.items[0]).toMatchObject({ sourceId: 'urn:1', date: '2024-01-02T03:04:05.000Z', author: 'Lê Minh', bodyHtml: '<p>Nội dung</p>' });
    expect(() => readFeed('<html><body>không phải</body></html>')).toThrow(FeedError);
    // No entity expansion: a DTD "billion laughs" is text, not a bomb.
    expect(() => readFeed('<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>')).toThrow(FeedError);
  });
});

describe('image addresses the import may fetch', () => {
  it('refuses private, loopback, link-local and non-http addresses', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '192.168.1.1', '169.254.169.254', '172.20.0.1', '::1', 'fe80::1', '::ffff:127.0.0.1']) expect(isPrivateAddress(address)).toBe(true);
    expect(isPrivateAddress('203.113.131.1')).toBe(false);
    expect(() => checkedUrl('file:///etc/passwd')).toThrow(/http/);
    expect(() => checkedUrl('http://169.254.169.254/latest/meta-data')).toThrow(/nội bộ/);
    expect(() => checkedUrl('http://[::1]:8080/')).toThrow(/nội bộ/);
  });
});
