import { describe, expect, it } from 'vitest';
import { isReadingPage, scriptTags, stripFramework, withoutScripts } from './reading-pages';

const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>',
  '<link rel="preload" as="font" href="/f.woff2"/>',
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  '<title>T</title></head><body><p>Text with <code>&lt;script&gt;</code></p>',
  '<script async="" src="/not-found.js"></script>',
  '<script id="_R_">(self.TURBOPACK=[]).push({})</script>',
  '<script>self.__next_f.push([1,"</p>"])</script></body></html>',
].join('');

describe('stripFramework', () => {
  const BOOT = 'document.title="</script>"';
  const out = stripFramework(PAGE, BOOT);

  it('removes framework scripts, inline payloads and script preloads', () => {
    expect(out).not.toMatch(/chunks\/[bcm]\.js|__next_f|TURBOPACK/);
    expect(scriptTags(out)).toEqual([
      '<script type="module">document.title="<\\/script>"</script>',
      '<script async="" src="/not-found.js"></script>',
    ]);
  });

  it('keeps everything else byte for byte', () => {
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
      '<link rel="preload" as="font" href="/f.woff2"/>',
      '<p>Text with <code>&lt;script&gt;</code></p>',
      '<script async="" src="/not-found.js"></script>',
      '<title>T</title>',
    ])
      expect(out).toContain(kept);
  });

  it('puts the boot script inline, as a deferred module, at the end of the head', () => {
    expect(out).toContain(
      '<title>T</title><script type="module">document.title="<\\/script>"</script></head>',
    );
  });

  it('is idempotent: a stripped page stripped again is the same', () => {
    expect(stripFramework(out, BOOT)).toBe(out);
  });
});

describe('withoutScripts', () => {
  it('leaves no script at all, ours included', () => {
    const bare = withoutScripts(stripFramework(PAGE, 'void 0'));
    expect(bare).not.toContain('<script');
    expect(bare).toContain('<p>Text with');
  });
});

describe('isReadingPage', () => {
  it('is every page but search and decode', () => {
    const pages = ['/', '/vendors/', '/vendors/x/y/', '/status/400/', '/404.html'];
    const standards = ['/standards/', '/standards/sip/', '/standards/sip/486/'];
    for (const p of [...pages, ...standards]) expect(isReadingPage(p)).toBe(true);
    for (const p of ['/search/', '/decode/']) expect(isReadingPage(p)).toBe(false);
  });
});
