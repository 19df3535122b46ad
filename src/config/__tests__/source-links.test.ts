import { describe, expect, it } from 'vitest';
import { editRootUrl } from '../source-links';

describe('edit links from the environment', () => {
  it('names the repository the way GitHub Actions does, with a default outside it', () => {
    expect(editRootUrl({})).toBe('https://github.com/aerospike-ts-errors/aerospike-ts/edit/main/');
    expect(
      editRootUrl({
        GITHUB_SERVER_URL: 'https://ghe.example.com/',
        GITHUB_REPOSITORY: 'my-org/aerospike-ts',
        EDIT_BRANCH: 'docs',
      }),
    ).toBe('https://ghe.example.com/my-org/aerospike-ts/edit/docs/');
  });

  it('refuses what cannot make a link, naming the variable', () => {
    expect(() => editRootUrl({ GITHUB_REPOSITORY: 'aerospike-ts' })).toThrow(/^GITHUB_REPOSITORY=/);
    expect(() => editRootUrl({ GITHUB_SERVER_URL: 'github.com' })).toThrow(/^GITHUB_SERVER_URL=/);
    expect(() => editRootUrl({ EDIT_BRANCH: 'a b' })).toThrow(/^EDIT_BRANCH=/);
  });
});
