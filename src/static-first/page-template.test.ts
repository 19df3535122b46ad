import { describe, expect, it } from 'vitest';
import { ON_LOAD, onLoadFunction, pageTemplate } from './page-template';

describe('page template', () => {
  const template = pageTemplate({
    siteDir: process.cwd(),
    locale: 'ko',
    colorMode: { respectPrefersColorScheme: true, defaultMode: 'light' },
  });

  it('hands the page’s scripts to the start-on-input function instead of writing <script> tags', () => {
    expect(template).not.toMatch(/<script src=/);
    expect(template).toContain('window.earlyInput');
    // The function expression, then the call with the page's list, last in the script.
    expect(template).toMatch(/\}\)\(<%~ JSON\.stringify\(it\.scripts\.map\(.*\)\) %>\)<\/script>/);
  });

  it('writes the menu’s words in the page’s locale', () => {
    expect(template).toContain('"back":"← 메인 메뉴로 돌아가기"');
  });

  it('names the file when its source is not one function expression', () => {
    expect(() => onLoadFunction('start-on-input.js', '/** doc */\nstartOnInput();\nfoo()')).toThrow(
      `${ON_LOAD}/start-on-input.js: expected a doc comment, then one function expression`,
    );
  });
});
