import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { koreanLinter } from '../../scripts/lint-ko/lint-ko';

const root = path.resolve(__dirname, '..', '..');
let lint: (text: string, file: string) => Promise<string[]>;
let full = '';

beforeAll(async () => {
  const linter = await koreanLinter(root);
  lint = async (text, file) => {
    const { messages } = await linter.lintText(text, path.join(root, file));
    full = messages.map((m) => m.message).join('\n');
    return messages.map((m) => `${m.line}:${m.column} ${m.message.split('\n')[0]}`);
  };
});

// `npm run lint:ko` runs this linter over every Korean file of the site (and `npm run lint`
// runs that); here it is shown failing on each kind of file it reads.
describe('the Korean glossary (i18n/ko/glossary.yml) fails on a wrong variant', () => {
  it('in a Markdown page, saying what to write instead, not in code or a heading id', async () => {
    const page = '## 설정 오류 {#config-error}\n\n`generation`은 코드이고, generation은 세대입니다.\n';
    expect(await lint(page, 'ko/page.md')).toEqual(['1:7 오류 => 에러', '3:21 generation => 세대']);
    // Each message goes on with the glossary's reason, for the translator.
    expect(full).toContain("오류 => 에러\n용어집: error는 '에러'로 씁니다");
  });

  it('in an MDX page, whose heading ids and directives are not MDX', async () => {
    const page = [
      "import X from '@site/x';",
      '',
      '## 타임아웃 {#timeouts}',
      '',
      '요청은 :fig[run#limits.query]ms 뒤 시간 초과로 실패합니다. 타임아웃(시간 초과)은 괜찮습니다.',
      '',
      ':::note[빈 이름]',
      '',
      '<X />',
      '',
      ':::',
      '',
    ].join('\n');
    expect(await lint(page, 'ko/page.mdx')).toEqual(['5:32 시간 초과 => 타임아웃', '7:9 빈 => bin']);
  });

  it('in a JSON catalog: the Korean values, not the English keys, code spans or placeholders', async () => {
    const catalog = JSON.stringify(
      {
        'src/a.ts': {
          'After a timeout the write is in doubt: check its generation.':
            '타임아웃이 나면 쓰기는 in doubt 상태다.',
          'The `namespace` option.': '`namespace` 옵션. {count}개의 query.',
        },
      },
      null,
      2,
    );
    expect(await lint(catalog, 'examples/i18n/ko/a.json')).toEqual([
      '3:83 in doubt => 결과가 불확실한',
      '4:59 query => 쿼리',
    ]);
  });

  it('in the Korean strings of a TypeScript file, not its English ones', async () => {
    const labels = "export const L = { en: { x: 'Internal and generic' }, ko: { x: '내부·일반 오류' } };\n";
    expect(await lint(labels, 'src/labels.ts')).toEqual(['1:71 오류 => 에러']);
  });
});
