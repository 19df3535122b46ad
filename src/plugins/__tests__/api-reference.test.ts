import { describe, expect, it } from 'vitest';
import { anchorLikeEnglish } from '../api-reference';

const english = '# Function: withRetry()\n\n## Parameters\n\n### options?\n\n## Returns\n\n## Returns\n';
const korean = '# 함수: withRetry()\n\n## 매개변수\n\n### options?\n\n## 반환 형식:\n\n## 반환 형식:\n';

describe('anchorLikeEnglish', () => {
  it('gives each translated heading the id Docusaurus gives the English one', () => {
    expect(anchorLikeEnglish(korean, english, 'withRetry.md')).toBe(
      '# 함수: withRetry() {#function-withretry}\n\n## 매개변수 {#parameters}\n\n' +
        '### options? {#options}\n\n## 반환 형식: {#returns}\n\n## 반환 형식: {#returns-1}\n',
    );
  });

  it('fails naming the page when the outlines differ', () => {
    expect(() => anchorLikeEnglish('# 함수\n', english, 'withRetry.md')).toThrow(
      'withRetry.md: 5 headings in English, 1 here',
    );
  });
});
