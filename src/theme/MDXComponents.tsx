import MDXComponents from '@theme-original/MDXComponents';
import StaticCode from './StaticCode';

/** The theme's components, and the build-time highlighted block highlight-code.ts emits. */
export default { ...MDXComponents, StaticCode };
