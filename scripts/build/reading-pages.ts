/**
 * Reading pages (everything but /search/ and /decode/) are read, not used: after `next build`
 * their framework runtime is removed (scripts, script preloads and the inline RSC payload) and
 * one small module script, which mounts interactive leaves on first use, is put in its place.
 * See DESIGN.md, "Reading pages carry no framework runtime".
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Site paths that keep the React runtime: pages that are used, not read. */
const RUNTIME_PAGES = ['/search/', '/decode/'] as const;

/** Scripts of our own that a reading page keeps (plain, no framework). */
const KEPT_SCRIPTS = ['/not-found.js'] as const;

/**
 * The framework floor (app/framework-floor/): a page of one paragraph on the site's layout and
 * runtime. The build moves it from out/ to `file` (relative to the project root): it never
 * ships; the Lighthouse gate measures /search/ and /decode/ against it.
 */
export const FLOOR = { route: '/framework-floor/', file: '.next/framework-floor.html' } as const;

export function isReadingPage(sitePath: string): boolean {
  return !(RUNTIME_PAGES as readonly string[]).includes(sitePath);
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** Whether an element is framework script: a script (inline or not) or a script preload. */
function isFrameworkScript(el: Element): boolean {
  if (el.tagName === 'script') {
    const src = attr(el, 'src');
    return !(src !== undefined && (KEPT_SCRIPTS as readonly string[]).includes(src));
  }
  if (el.tagName !== 'link') return false;
  const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
  return rel.includes('modulepreload') || (rel.includes('preload') && attr(el, 'as') === 'script');
}

/** Every script element and script preload a page has, as source ranges, in document order. */
function scriptRanges(html: string, match: (el: Element) => boolean): [number, number][] {
  const ranges: [number, number][] = [];
  const stack: Node[] = [parse(html, { sourceCodeLocationInfo: true })];
  while (stack.length) {
    const node = stack.pop()!;
    if ('tagName' in node && match(node)) {
      const loc = node.sourceCodeLocation;
      if (!loc) throw new Error(`<${node.tagName}> without a source location`);
      ranges.push([loc.startOffset, loc.endOffset]);
      continue;
    }
    const children = 'content' in node ? node.content.childNodes : (node as Element).childNodes;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

function cut(html: string, ranges: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += html.slice(at, start);
    at = end;
  }
  return out + html.slice(at);
}

/**
 * The page without its framework runtime, with `bootCode` (if given) as its one script, inline at
 * the end of `<head>`: an inline module runs once the document is parsed, and makes no request
 * that could hold up the first paint (the CSP step hashes it).
 */
export function stripFramework(html: string, bootCode: string | null): string {
  const stripped = cut(html, scriptRanges(html, isFrameworkScript));
  if (bootCode === null) return stripped;
  const tag = `<script type="module">${bootCode.trim().replace(/<\/(script)/gi, '<\\/$1')}</script>`;
  const head = stripped.indexOf('</head>');
  if (head < 0) throw new Error('a page without </head>');
  return stripped.slice(0, head) + tag + stripped.slice(head);
}

/** The page with every script removed, ours included: the physical limit a reading page is measured against. */
export function withoutScripts(html: string): string {
  return cut(
    html,
    scriptRanges(html, (el) => el.tagName === 'script' || isFrameworkScript(el)),
  );
}

/** Every script element of a page as written (source ranges in document order), for tests. */
export function scriptTags(html: string): string[] {
  return scriptRanges(html, (el) => el.tagName === 'script').map(([s, e]) => html.slice(s, e));
}
