import fs from 'node:fs';
import matter from 'gray-matter';

export type Yaml = string | number | boolean | null | Yaml[] | { [key: string]: Yaml };

/** A small, stable YAML writer: strings as JSON (valid YAML), lists and maps in block style. */
function toYaml(value: Yaml, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => typeof v !== 'object' || v === null))
      return `[${value.map((v) => toYaml(v)).join(', ')}]`;
    return value.map((v) => `\n${indent}- ${toYaml(v, `${indent}  `).trimStart()}`).join('');
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => {
        const inner = toYaml(v, `${indent}  `);
        const nested =
          v !== null && typeof v === 'object' && !(Array.isArray(v) && !inner.startsWith('\n'));
        return `\n${indent}${/^[A-Za-z_][\w-]*$/.test(k) ? k : JSON.stringify(k)}:${nested ? inner : ` ${inner}`}`;
      })
      .join('');
  }
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** A content file: frontmatter in the stable YAML form, then the MDX body. */
export function fileText(data: Record<string, Yaml>, body: string): string {
  return `---${toYaml(data)}\n---\n${body ? `\n${body.trim()}\n` : ''}`;
}

/** A content file's frontmatter and body, or null when there is none yet. */
export function readExisting(file: string): { data: Record<string, unknown>; body: string } | null {
  if (!fs.existsSync(file)) return null;
  const parsed = matter(fs.readFileSync(file, 'utf8'));
  return { data: parsed.data as Record<string, unknown>, body: parsed.content.trim() };
}
