import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSchemaChangelog, UNRELEASED_HEADING } from '../helpers/schema-changelog';

const root = path.join(__dirname, '..', '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('the partner API schema as a product (docs/schema-changelog.md)', () => {
  it('has every change since the released snapshot noted in the changelog, breaking ones by name', () => {
    const result = checkSchemaChangelog(read('cms/schema.released.graphql'), read('cms/schema.graphql'), read('docs/schema-changelog.md'));
    // A dangerous change (a new enum value, a changed default) is printed for the changelog's author.
    if (result.dangerous.length) console.info(`Dangerous schema changes since the release:\n${result.dangerous.join('\n')}`);
    expect(result.problems).toEqual([]);
  });

  const released = read('cms/schema.released.graphql');
  // A real breaking change: a field partners read disappears.
  const withoutSummary = released.replace(/^(type Article \{[\s\S]*?)\n {2}summary: String!/m, '$1');

  it('fails on a breaking change the changelog does not name', () => {
    expect(withoutSummary).not.toBe(released);
    const changelog = `# Changelog\n\n## ${UNRELEASED_HEADING}\n\n- Bài viết gọn hơn. Leaner articles.\n\n## 2026-11-27\n\n- First release.\n`;
    const result = checkSchemaChangelog(released, withoutSummary, changelog);
    expect(result.breaking).toContain('Article.summary was removed.');
    expect(result.problems).toEqual(['Breaking change not in the changelog\'s "Chưa phát hành / Unreleased" section: Article.summary was removed.']);
  });

  it('fails on any change without an unreleased section, and passes once the breaking change is named', () => {
    const dated = '# Changelog\n\n## 2026-11-27\n\n- First release.\n';
    expect(checkSchemaChangelog(released, withoutSummary, dated).problems).toHaveLength(1);
    const noted = `# Changelog\n\n## ${UNRELEASED_HEADING}\n\n- **Phá vỡ / Breaking:** Article.summary was removed. Dùng \`seo.metaDescription\`. Use \`seo.metaDescription\`.\n\n## 2026-11-27\n\n- First release.\n`;
    expect(checkSchemaChangelog(released, withoutSummary, noted).problems).toEqual([]);
    // No change: nothing to note.
    expect(checkSchemaChangelog(released, released, dated)).toMatchObject({ changed: false, problems: [] });
  });
});
