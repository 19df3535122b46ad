import MDXComponents from '@theme-original/MDXComponents';
import StaticHtml from './StaticHtml';

/** The theme's components, and the build-time HTML highlight-code.ts and the handbook emit. */
export default { ...MDXComponents, StaticHtml };
