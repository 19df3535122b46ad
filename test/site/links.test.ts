import { expect, inject, it } from 'vitest';
import { checkBuiltLinks } from '../gates/check-links';
import { BUILD_DIR } from './support/global-setup';

it('every internal link and anchor of the built site resolves, in both locales, under its base URL', () => {
  expect(checkBuiltLinks(BUILD_DIR, inject('baseUrl'))).toEqual([]);
});
