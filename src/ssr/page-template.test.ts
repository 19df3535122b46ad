import { describe, expect, it } from 'vitest';
import { pageTemplate, START_ON_INPUT } from './page-template';

describe('page template', () => {
  it('hands the page’s scripts to the start-on-input function instead of writing <script> tags', () => {
    const template = pageTemplate();
    expect(template).not.toMatch(/<script src=/);
    expect(template).toContain('window.earlyInput');
    // The function expression, then the call with the page's list.
    expect(template).toMatch(/\}\)\(<%~ JSON\.stringify\(it\.scripts\.map\(.*\)\) %>\)<\/script>/);
  });

  it('names the file when its source is not one function expression', () => {
    expect(() => pageTemplate('/** doc */\nstartOnInput();\nfoo()')).toThrow(
      `${START_ON_INPUT}: expected a doc comment, then one function expression`,
    );
  });
});
