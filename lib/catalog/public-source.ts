/**
 * The two forms a public source takes in content (observed wordings, undocumented entries, the
 * corpus): a URL a reader can open, or a file of a public repository at a commit. One home for
 * both, read by the schemas and by the pages that link them.
 */
export const REPO_SOURCE = /^([\w.-]+\/[\w.-]+)@([0-9a-f]{7,40}):(\S+)$/;
const URL_SOURCE = /^https?:\/\/\S+$/;

export function isPublicSource(source: string): boolean {
  return URL_SOURCE.test(source) || REPO_SOURCE.test(source);
}
