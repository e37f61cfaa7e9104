import type { z } from 'zod';

/** A content problem: one line naming the file, the field and what was expected. */
export class ContentError extends Error {
  constructor(file: string, field: string, expected: string) {
    super(`${file}: field "${field}": ${expected}`);
    this.name = 'ContentError';
  }
}

/** One content file as read from disk: its path (relative to the content dir), frontmatter and body. */
export type RawFile = { file: string; data: Record<string, unknown>; body: string };

export function parse<S extends z.ZodType>(schema: S, raw: RawFile): z.infer<S> {
  const result = schema.safeParse(raw.data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const keys = issue && 'keys' in issue && Array.isArray(issue.keys) ? issue.keys : [];
  const field = [...(issue?.path ?? []), ...keys].map(String).join('.') || '(frontmatter)';
  throw new ContentError(raw.file, field, issue?.message ?? 'invalid');
}

export function baseName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.mdx?$/, '');
}
