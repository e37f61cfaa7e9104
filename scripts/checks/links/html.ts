import { parse } from 'parse5';

/** What the link check needs from one page: every reference it makes and every anchor it has. */
type Ref = {
  /** `tag[attribute]` the URL came from, or `meta[refresh]`. */
  attr: string;
  url: string;
  /** For `<link>`: its `rel` and `as`; for `<script>`: whether it is the `nomodule` fallback. */
  rel?: string;
  as?: string;
  nomodule?: boolean;
};
export type PageRefs = { refs: Ref[]; ids: Set<string> };

type Node = {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
};

const REF_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
};

/** Parses HTML with a real parser and collects href/src/action targets, meta refreshes and ids. */
export function pageRefs(html: string): PageRefs {
  const refs: PageRefs['refs'] = [];
  const ids = new Set<string>();
  const stack: Node[] = [parse(html) as unknown as Node];
  while (stack.length) {
    const node = stack.pop()!;
    const attrs = new Map((node.attrs ?? []).map((a) => [a.name, a.value]));
    const id = attrs.get('id');
    if (id) ids.add(id);
    if (node.nodeName === 'a' && attrs.get('name')) ids.add(attrs.get('name')!);
    for (const name of REF_ATTRS[node.nodeName] ?? []) {
      const value = attrs.get(name);
      if (value === undefined) continue;
      const ref: Ref = { attr: `${node.nodeName}[${name}]`, url: value };
      if (node.nodeName === 'link')
        Object.assign(ref, { rel: attrs.get('rel'), as: attrs.get('as') });
      if (node.nodeName === 'script') ref.nomodule = attrs.has('nomodule');
      refs.push(ref);
    }
    if (node.nodeName === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
      const url = /url\s*=\s*['"]?([^'"]+)/i.exec(attrs.get('content') ?? '')?.[1];
      if (url) refs.push({ attr: 'meta[refresh]', url: url.trim() });
    }
    // Reversed, so references come out in document order.
    for (const child of [...(node.childNodes ?? [])].reverse()) stack.push(child);
    if (node.content) stack.push(node.content);
  }
  return { refs, ids };
}
