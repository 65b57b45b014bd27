import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/**
 * The admin in Vietnamese (issue 11): src/admin/translations/vi.json fills every string Strapi's
 * admin, content manager, media library, users & permissions, email and i18n screens leave without
 * Vietnamese, and corrects some of Strapi's own. Checked against the translation files of the
 * installed Strapi packages (read from node_modules, never a copy), so a Strapi upgrade that adds
 * strings fails here: `node scripts/admin-translations.js --missing` lists them to translate.
 * Strings that exist only in Strapi's compiled admin code, as `{ id, defaultMessage }` with an id in no
 * en.json (the list view's "Status" column, the side menu's "Search"…), are read from that code too.
 */
interface PackageTranslations {
  name: string;
  prefix: string;
  version: string;
  pluginId: string | null;
  en: Record<string, string>;
  vi: Record<string, string>;
}
interface DynamicId {
  file: string;
  kind: 'template' | 'passed';
  id: string;
}
interface CodeMessages {
  name: string;
  defaultOnly: Record<string, string[]>;
  dynamic: DynamicId[];
  files: number;
}
const { loadStrapiAdminTranslations, loadOurTranslations, hasVietnamese, loadDefaultOnlyMessages, extractMessageDescriptors } =
  require('../../scripts/admin-translations.js') as {
    loadStrapiAdminTranslations: () => PackageTranslations[];
    loadOurTranslations: () => Record<string, string>;
    hasVietnamese: (key: string, english: string, strapiVi: Record<string, string>, ours: Record<string, string>) => boolean;
    loadDefaultOnlyMessages: (packages: PackageTranslations[]) => CodeMessages[];
    extractMessageDescriptors: (pkgDir: string, prefix: string) => { messages: Record<string, string[]>; dynamic: DynamicId[]; files: number };
  };

// The ICU parser and formatter of the admin's own react-intl (resolved through @strapi/admin, no new dependency).
const cmsRequire = createRequire(path.join(__dirname, '..', '..', 'package.json'));
const strapiRequire = createRequire(cmsRequire.resolve('@strapi/strapi/package.json'));
const adminRequire = createRequire(strapiRequire.resolve('@strapi/admin/package.json'));
const reactIntlRequire = createRequire(adminRequire.resolve('react-intl/package.json'));
const { parse } = reactIntlRequire('@formatjs/icu-messageformat-parser') as { parse: (message: string) => MessageElement[] };
const { IntlMessageFormat } = reactIntlRequire('intl-messageformat') as {
  IntlMessageFormat: new (message: string, locale: string) => { format: (values: Record<string, unknown>) => unknown };
};

interface MessageElement {
  type: number;
  value?: string;
  options?: Record<string, { value: MessageElement[] }>;
  children?: MessageElement[];
}
// @formatjs/icu-messageformat-parser's TYPE enum.
const TYPE = { argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, pound: 7, tag: 8 } as const;

/**
 * What a translation must keep from its source: arguments, select branches, `#`, rich-text tags,
 * %TOKENS%. A plural is kept as its argument: Vietnamese has no plural forms, a translation may say
 * "{count} mục" where the English needs "{count, plural, one {entry} other {entries}}".
 */
function untranslatable(message: string): string[] {
  const tokens = new Set<string>(message.match(/%[A-Z_]+%/g) ?? []);
  const walk = (elements: MessageElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument || element.type === TYPE.plural) tokens.add(`{${element.value}}`);
      else if (element.type === TYPE.number) tokens.add(`{${element.value}, number}`);
      else if (element.type === TYPE.date || element.type === TYPE.time) tokens.add(`{${element.value}, ${element.type === TYPE.date ? 'date' : 'time'}}`);
      else if (element.type === TYPE.pound) tokens.add('#');
      else if (element.type === TYPE.tag) tokens.add(`<${element.value}>`);
      // A select's branches are values the code passes (true, other…).
      if (element.type === TYPE.select) tokens.add(`{${element.value}, select, ${Object.keys(element.options ?? {}).sort().join('|')}}`);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      walk(element.children ?? []);
    }
  };
  walk(parse(message));
  return [...tokens].sort();
}

/**
 * A few English sources are not valid ICU themselves (an e-mail address in angle brackets): the
 * admin shows such a message raw, so its translation must keep the same raw {…} and <…> parts.
 */
function rawTokens(message: string): string[] {
  return [...new Set(message.match(/\{[^{}]*\}|<[^<>]*>|%[A-Z_]+%/g) ?? [])].sort();
}

function compareWithSource(key: string, value: string, source: string) {
  let sourceTokens: string[];
  try {
    sourceTokens = untranslatable(source);
  } catch {
    const [translated, expected] = [rawTokens(value), rawTokens(source)];
    return JSON.stringify(translated) === JSON.stringify(expected) ? null : { key, english: expected, vietnamese: translated };
  }
  try {
    const translated = untranslatable(value);
    return JSON.stringify(translated) === JSON.stringify(sourceTokens) ? null : { key, english: sourceTokens, vietnamese: translated };
  } catch (error) {
    return { key, error: (error as Error).message };
  }
}

const packages = loadStrapiAdminTranslations();
const ours = loadOurTranslations();
const english: Record<string, string> = Object.assign({}, ...packages.map((pkg) => pkg.en));
/** Ids the compiled admin code renders with a defaultMessage and no en.json has (a few seconds: it parses the code). */
const inCode = loadDefaultOnlyMessages(packages);
const defaultOnly: Record<string, string[]> = {};
for (const pkg of inCode) for (const [id, defaults] of Object.entries(pkg.defaultOnly)) defaultOnly[id] = [...new Set([...(defaultOnly[id] ?? []), ...defaults])];
const strapiVietnamese: Record<string, string> = Object.assign({}, ...packages.map((pkg) => pkg.vi));
/** The Vietnamese the admin shows for a key: ours over Strapi's. */
const vietnamese = (key: string) => ours[key] ?? packages.find((pkg) => key in pkg.en)?.vi[key] ?? strapiVietnamese[key];

// Ours equal to the English on purpose: codes, product names, placeholders with nothing to translate.
const SAME_AS_ENGLISH = new Set([
  'API ID',
  'ID',
  'X',
  'Y',
  'Video',
  'Token',
  'DKIM',
  'OAuth2',
  ' / ',
  '{count} {label}',
  'noopener, nofollow, noreferrer',
  '_blank, _self, _parent, _top',
  'http://www.client-app.com',
]);

describe('the Strapi admin in Vietnamese (src/admin/translations/vi.json)', () => {
  it('has a Vietnamese string for every English string of the admin, content manager, media library, users & permissions, email and i18n', () => {
    expect(packages.map((pkg) => pkg.name)).toEqual([
      '@strapi/admin',
      '@strapi/content-manager',
      '@strapi/upload',
      '@strapi/plugin-users-permissions',
      '@strapi/email',
      '@strapi/i18n',
    ]);
    for (const pkg of packages) {
      // Sanity: Strapi's English was really read (hundreds of strings per package).
      expect(Object.keys(pkg.en).length).toBeGreaterThan(40);
      const missing = Object.keys(pkg.en).filter((key) => !hasVietnamese(key, pkg.en[key], pkg.vi, ours));
      // After a Strapi upgrade: `node scripts/admin-translations.js --missing` lists these; translate them in vi.json.
      expect({ package: `${pkg.name}@${pkg.version}`, missing }).toEqual({ package: `${pkg.name}@${pkg.version}`, missing: [] });
    }
  });

  it('uses only keys the admin knows, addressed as it addresses them (plugin strings prefixed with the plugin id)', () => {
    const unknown = Object.keys(ours).filter((key) => !(key in english) && !(key in defaultOnly));
    expect(unknown).toEqual([]);
    // The admin's own keys are bare; a plugin's carry the id it registers with (its package.json "strapi.name").
    expect(packages.map((pkg) => [pkg.name, pkg.prefix])).toEqual(packages.map((pkg) => [pkg.name, pkg.pluginId ? `${pkg.pluginId}.` : '']));
    expect(Object.values(ours).every((value) => typeof value === 'string' && value.trim().length > 0)).toBe(true);
  });

  it('keeps every placeholder, select branch, # and tag of the English source, and parses as the admin parses it', () => {
    const broken = Object.entries(ours)
      .map(([key, value]) => {
        if (key in english) return compareWithSource(key, value, english[key]);
        // An id only in the code: its defaultMessage(s) (one id may come with a different English in two places).
        const results = defaultOnly[key].map((source) => compareWithSource(key, value, source));
        return results.some((result) => result === null) ? null : results[0];
      })
      .filter(Boolean);
    expect(broken).toEqual([]);
  });

  it('notices a dropped placeholder or tag (the check above can fail)', () => {
    expect(untranslatable('Đã chọn {number, plural, one {# mục} other {# mục}}')).toEqual(untranslatable('{number, plural, one {# entry} other {# entries}} selected'));
    expect(untranslatable('Đã chọn mục')).not.toEqual(untranslatable('{number, plural, one {# entry} other {# entries}} selected'));
    expect(untranslatable('<b>{count}</b> mục')).not.toEqual(untranslatable('<b>{count}</b> entries <a>more</a>'));
    expect(untranslatable('{isDraft, select, true {nháp} other {khác}}')).not.toEqual(untranslatable('{isDraft, select, true {draft} false {x} other {y}}'));
    expect(untranslatable('Xác nhận email cho ứng dụng')).not.toEqual(untranslatable('Confirm your email for %APP_NAME%'));
    expect(compareWithSource('k', 'Tải {count} tệp lên', 'Upload {count, plural, one {# asset} other {# assets}}')).not.toBeNull();
    expect(compareWithSource('k', 'Tải {count, plural, other {# tệp}} lên', 'Upload {count, plural, one {# asset} other {# assets}}')).toBeNull();
    expect(compareWithSource('k', 'Đã chọn {count', 'Selected {count}')).toEqual({ key: 'k', error: expect.any(String) });
    expect(compareWithSource('k', 'vd: <no-reply@strapi.io>', 'ex: <no-reply@strapi.io>')).toBeNull();
    expect(compareWithSource('k', 'vd: no-reply@strapi.io', 'ex: <no-reply@strapi.io>')).not.toBeNull();
  });

  it('shows in Vietnamese the strings the newsroom found in English', () => {
    expect({
      contentManager: vietnamese('Content Manager'),
      contentManagerHeader: vietnamese('content-manager.header.name'),
      contentManagerMenu: vietnamese('global.plugins.content-manager'),
      createNewEntry: vietnamese('content-manager.HeaderLayout.button.label-add-entry'),
      newEntryTitle: vietnamese('content-manager.containers.edit.title.new'),
      draft: vietnamese('content-manager.containers.List.draft'),
      published: vietnamese('content-manager.containers.List.published'),
      modified: vietnamese('content-manager.containers.List.modified'),
      draftTab: vietnamese('content-manager.containers.edit.tabs.draft'),
      publishedTab: vietnamese('content-manager.containers.edit.tabs.published'),
      publish: vietnamese('app.utils.publish'),
      unpublish: vietnamese('app.utils.unpublish'),
      alternativeText: vietnamese('upload.form.input.label.file-alt'),
      caption: vietnamese('upload.form.input.label.file-caption'),
      crop: vietnamese('upload.control-card.crop'),
      cropDetails: vietnamese('upload.asset-details.crop.trigger'),
      mediaLibrary: vietnamese('upload.plugin.name'),
      mediaLibraryMenu: vietnamese('global.plugins.upload'),
      setUpPreview: vietnamese('content-manager.preview.panel.button-configuration'),
      preview: vietnamese('content-manager.preview.panel.title'),
      mediaLibraryBanner: vietnamese('app.components.MediaLibraryBanner.intro'),
    }).toEqual({
      contentManager: 'Quản lý nội dung',
      contentManagerHeader: 'Quản lý nội dung',
      contentManagerMenu: 'Quản lý nội dung',
      createNewEntry: 'Tạo mục mới',
      newEntryTitle: 'Tạo mục mới',
      draft: 'Bản nháp',
      published: 'Đã đăng',
      modified: 'Đã sửa',
      draftTab: 'Bản nháp',
      publishedTab: 'Đã đăng',
      publish: 'Đăng',
      unpublish: 'Gỡ',
      alternativeText: 'Văn bản thay thế',
      caption: 'Chú thích',
      crop: 'Cắt ảnh',
      cropDetails: 'Cắt ảnh',
      mediaLibrary: 'Thư viện media',
      mediaLibraryMenu: 'Thư viện media',
      setUpPreview: 'Thiết lập xem trước',
      preview: 'Xem trước',
      mediaLibraryBanner: 'Giới thiệu Thư viện media mới ',
    });
  });

  it('writes the length hint under a text field as "tối thiểu 5 / tối đa 250 ký tự", formatted as the edit view formats it', () => {
    // The content manager's useFieldHint (pages/EditView/components/InputRenderer): unit, divider, then the hint.
    const format = (key: string, values: Record<string, unknown>) => String(new IntlMessageFormat(vietnamese(key) as string, 'vi').format(values));
    const hint = (min: number | undefined, max: number | undefined) =>
      format('content-manager.form.Input.hint.text', {
        min,
        max,
        unit: format('content-manager.form.Input.hint.character.unit', { maxValue: Math.max(min ?? 0, max ?? 0) }),
        divider: min !== undefined && max !== undefined ? vietnamese('content-manager.form.Input.hint.minMaxDivider') : null,
        br: '',
        description: '',
      });
    expect(hint(5, 250)).toBe('tối thiểu 5 / tối đa 250 ký tự');
    expect(hint(undefined, 160)).toBe('tối đa 160 ký tự');
    expect(hint(1, undefined)).toBe('tối thiểu 1 ký tự');
  });

  it('leaves no string of ours in English (only codes and product names may equal their source)', () => {
    const untranslated = Object.entries(ours)
      .filter(([key, value]) => (key in english ? [english[key]] : defaultOnly[key]).some((source) => value.trim() === source.trim() && !SAME_AS_ENGLISH.has(source)))
      .map(([key, value]) => ({ key, value }));
    expect(untranslated).toEqual([]);
  });

  it("has Vietnamese for every string Strapi's admin code shows from its defaultMessage alone (ids in no en.json), keeping its placeholders", () => {
    expect(inCode.map((pkg) => pkg.name)).toEqual(packages.map((pkg) => pkg.name));
    // Sanity: the compiled code was really read (hundreds of modules; the admin alone asks for dozens of such ids).
    expect(inCode.reduce((sum, pkg) => sum + pkg.files, 0)).toBeGreaterThan(500);
    expect(Object.keys(defaultOnly).length).toBeGreaterThan(80);
    for (const pkg of inCode) {
      const missing = Object.entries(pkg.defaultOnly)
        .filter(([id, defaults]) => !hasVietnamese(id, defaults[0], strapiVietnamese, ours))
        .map(([id, defaults]) => ({ id, english: defaults[0] }));
      // `node scripts/admin-translations.js --missing` lists these too; translate them in vi.json.
      expect({ package: pkg.name, missing }).toEqual({ package: pkg.name, missing: [] });
    }
    const broken = Object.keys(defaultOnly)
      .map((id) => {
        const results = defaultOnly[id].map((source) => compareWithSource(id, vietnamese(id) as string, source));
        return results.some((result) => result === null) ? null : results[0];
      })
      .filter(Boolean);
    expect(broken).toEqual([]);
  });

  it('reads the ids the admin asks for at runtime: plugin prefixes added by getTranslation/getTrad/getTranslationKey, constants, pluginId', () => {
    expect({
      // content-manager's getTranslation (ListViewPage's status column)
      statusHeader: [defaultOnly['content-manager.containers.list.table-headers.status'], vietnamese('content-manager.containers.list.table-headers.status')],
      // the content manager side menu's search field (a bare id)
      search: [defaultOnly['search.placeholder'], vietnamese('search.placeholder')],
      // upload's getTrad, and getTranslationKey of the new Media Library (dist/admin/future)
      newFolder: [defaultOnly['upload.modal.folder.create.title'], vietnamese('upload.modal.folder.create.title')],
      importFromUrl: [defaultOnly['upload.modal.url.title'], vietnamese('upload.modal.url.title')],
      // users-permissions' default-exported getTrad, i18n's getTranslation
      addRole: [defaultOnly['users-permissions.List.button.roles'], vietnamese('users-permissions.List.button.roles')],
      disableLocalization: [defaultOnly['i18n.CheckboxConfirmation.Modal.title'], vietnamese('i18n.CheckboxConfirmation.Modal.title')],
      // in the admin's en.json (so not "default-only"), but Strapi's Vietnamese writes "Xoá": ours says "Xóa"
      clear: vietnamese('clearLabel'),
    }).toEqual({
      statusHeader: [['status'], 'Trạng thái'],
      search: [['Search'], 'Tìm kiếm'],
      newFolder: [['Add new folder'], 'Thêm thư mục mới'],
      importFromUrl: [['Import from URL'], 'Nhập từ URL'],
      addRole: [['Add new role'], 'Thêm vai trò mới'],
      disableLocalization: [['Disable localization'], 'Tắt đa ngôn ngữ'],
      clear: 'Xóa',
    });
    // Ids a runtime value decides are listed, not guessed (`node scripts/admin-translations.js --dynamic`).
    const dynamic = inCode.flatMap((pkg) => pkg.dynamic.map((entry) => entry.id));
    expect(dynamic).toEqual(expect.arrayContaining(['`global.plugins.${name}`', "getTrad(`apiError.${error.message}`)"]));
  });

  it('computes runtime ids from literals, helpers, constants and pluginId, skips runtime ones and Enterprise-only code (the extraction can fail)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'admin-ids-'));
    try {
      const write = (file: string, source: string) => {
        mkdirSync(path.dirname(path.join(dir, 'dist/admin', file)), { recursive: true });
        writeFileSync(path.join(dir, 'dist/admin', file), source);
      };
      write('pluginId.mjs', "import pkg from './package.json.mjs';\nconst pluginId = pkg.name.replace(/^@strapi\\//, '');\nexport { pluginId };\n");
      write('utils/getTrad.mjs', "import { pluginId } from '../pluginId.mjs';\nconst getTrad = (id)=>`${pluginId}.${id}`;\nexport { getTrad as default };\n");
      write('constants.mjs', "const PLUGIN_ID = 'demo';\nexport { PLUGIN_ID };\n");
      write(
        'pages/Page.mjs',
        [
          "import t from '../utils/getTrad.mjs';",
          "import { pluginId } from '../pluginId.mjs';",
          "import { PLUGIN_ID } from '../constants.mjs';",
          'const other = (id)=>id;',
          "formatMessage({ id: 'global.plain', defaultMessage: 'Plain' });",
          "formatMessage({ id: t('helper'), defaultMessage: 'Via {name}' });",
          "jsx(FormattedMessage, { id: `${pluginId}.template`, defaultMessage: 'Template' });",
          "const title = { id: `${PLUGIN_ID}.constant`, defaultMessage: 'Constant' };",
          "formatMessage({ id: t(isOn ? 'on' : 'off'), defaultMessage: isOn ? 'On' : 'Off' });",
          "formatMessage({ id: t(`status.${status}`), defaultMessage: 'Runtime' });",
          "formatMessage({ id: other('x'), defaultMessage: 'Not a prefixing helper' });",
          "formatMessage({ id: label.id, defaultMessage: label.defaultMessage });",
        ].join('\n'),
      );
      write('ee/Enterprise.mjs', "formatMessage({ id: 'ee.only', defaultMessage: 'Enterprise' });");
      write('tests/utils.mjs', "formatMessage({ id: 'test.only', defaultMessage: 'Test' });");
      const { messages, dynamic, files } = extractMessageDescriptors(dir, 'demo.');
      expect(files).toBe(4);
      expect(messages).toEqual({
        'global.plain': ['Plain'],
        'demo.helper': ['Via {name}'],
        'demo.template': ['Template'],
        'demo.constant': ['Constant'],
        'demo.on': ['On'],
        'demo.off': ['Off'],
      });
      expect(dynamic.map(({ kind, id }) => [kind, id])).toEqual([
        ['template', 't(`status.${status}`)'],
        ['passed', "other('x')"],
        ['passed', 'label.id'],
      ]);
      // A string the admin shows in English is reported until vi.json has it.
      expect(hasVietnamese('demo.helper', 'Via {name}', strapiVietnamese, ours)).toBe(false);
      expect(hasVietnamese('demo.helper', 'Via {name}', strapiVietnamese, { 'demo.helper': 'Qua {name}' })).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
