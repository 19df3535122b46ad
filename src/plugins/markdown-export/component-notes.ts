/**
 * What the Markdown export puts where a page uses one of the site's React components. They draw
 * tables and charts in the browser from data files; the Markdown keeps a short note that says
 * what the HTML page shows there and links to it, rather than raw JSX.
 */
export type ExportLocale = 'en' | 'ko';

/** `{page}` is the HTML page's absolute path. */
const NOTES: Record<string, Record<ExportLocale, string>> = {
  ResultCodeLookup: {
    en: '(On the [HTML page]({page}) a lookup box finds a code by number or name. Every code has its entry below.)',
    ko: '([HTML 페이지]({page})에는 번호나 이름으로 코드를 찾는 검색 상자가 있습니다. 모든 코드의 항목이 아래에 있습니다.)',
  },
  ClientSummary: {
    en: '(The [HTML page]({page}#versions) shows a table here: per client, its type check, the version built into its native binary, and its passes, skips and failures on each server. It is rendered from `examples/matrix/results.json`.)',
    ko: '(여기에는 [HTML 페이지]({page}#versions)에서 클라이언트별 타입 검사 결과, 네이티브 바이너리에 들어 있는 버전, 서버별 통과·건너뜀·실패 수를 표로 보여 줍니다. 표는 `examples/matrix/results.json`에서 그립니다.)',
  },
  TypeErrors: {
    en: "(The [HTML page]({page}#typings) lists here the compiler's messages for each client whose typings fail, from `examples/matrix/results.json`.)",
    ko: '(여기에는 [HTML 페이지]({page}#typings)에서 타입 정의가 맞지 않는 클라이언트마다 컴파일러 메시지를 보여 줍니다. 내용은 `examples/matrix/results.json`에서 가져옵니다.)',
  },
  Differences: {
    en: '(The [HTML page]({page}#table) shows a table here: every test that does not pass on every client and server, with the reason for each skip or failure, from `examples/matrix/results.json`.)',
    ko: '(여기에는 [HTML 페이지]({page}#table)에서 모든 클라이언트와 서버에서 통과하지는 않은 테스트를 건너뜀·실패 이유와 함께 표로 보여 줍니다. 내용은 `examples/matrix/results.json`에서 가져옵니다.)',
  },
  LoadChart: {
    en: '(The [HTML page]({page}) draws this recorded run as a chart of successes and failures per second.)',
    ko: '([HTML 페이지]({page})에서는 이 기록을 초당 성공·실패 수 차트로 그려 보여 줍니다.)',
  },
};

/**
 * The Markdown note that stands for `component` on the page at `pagePath`. A component with no
 * note fails the build: a new one must say what it shows rather than leak as JSX.
 */
export function componentNote(
  component: string,
  locale: ExportLocale,
  pagePath: string,
  source: string,
): string {
  const note = NOTES[component]?.[locale];
  if (note === undefined) {
    throw new Error(
      `${source}: <${component}> has no Markdown note for locale ${locale}; add one in src/plugins/markdown-export/component-notes.ts`,
    );
  }
  return note.replaceAll('{page}', pagePath);
}
