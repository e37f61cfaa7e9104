import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/**
 * public/not-found.js, the 404 page's script, run as the browser runs it: in a context of its
 * own with a fake `location` and `document`. Its test lives here because public/ is copied
 * into the export as it is.
 */
const SCRIPT = new vm.Script(
  fs.readFileSync(path.join(__dirname, '..', 'public', 'not-found.js'), 'utf8'),
  { filename: 'not-found.js' },
);
const ORIGIN = 'https://errdex.dev';

type Run = { replaced: string | null; token: string | null };

// One context for every run (a new one costs milliseconds): each run resets what it reads.
const page = {
  replaced: null as string | null,
  input: { value: '' },
};
const location = {
  pathname: '/',
  search: '',
  hash: '',
  origin: ORIGIN,
  replace: (to: string) => {
    page.replaced = to;
  },
};
const context = vm.createContext({
  URL,
  location,
  document: {
    readyState: 'complete',
    getElementById: (id: string) =>
      id === 'nf-q' ? page.input : id === 'nf-search' ? { setAttribute: () => undefined } : null,
    addEventListener: () => undefined,
  },
});

function run(pathname: string, search = '', hash = ''): Run {
  Object.assign(location, { pathname, search, hash });
  page.replaced = null;
  page.input = { value: '' };
  SCRIPT.runInContext(context);
  return { replaced: page.replaced, token: page.input.value || null };
}

/** A forward stays on the origin: one slash, then neither a slash nor a backslash. */
function expectOnOrigin(target: string) {
  expect(target, target).toMatch(/^\/(?![/\\])/);
  expect(new URL(target, ORIGIN).origin, target).toBe(ORIGIN);
}

describe('forwarding a URL in capitals', () => {
  it('sends a code in capitals to its lowercase page, keeping the query and fragment', () => {
    expect(run('/code/CMN-101/').replaced).toBe('/code/cmn-101/');
    expect(run('/Search/', '?q=CMN-101', '#top').replaced).toBe('/search/?q=CMN-101#top');
  });

  it('leaves a lowercase path alone and offers its last segment as a search', () => {
    expect(run('/code/cmn-999/')).toEqual({ replaced: null, token: 'cmn-999' });
  });

  it('never forwards to another host', () => {
    for (const p of [
      '//Evil.example/x',
      '///Evil.example/x',
      '/\\Evil.example/x',
      '\\\\Evil.example/x',
      '/\t/Evil.example/x',
      '/\n/Evil.example',
      '/\u0000/Evil.example',
      ' //Evil.example',
      '/A/..//Evil.example/x',
      '/./\\Evil.example',
    ]) {
      const { replaced } = run(p);
      if (replaced !== null) expectOnOrigin(replaced);
    }
    expect(run('//Evil.example/x').replaced).toBe('/evil.example/x');
  });

  it('forwards only to same-origin paths, whatever the path holds (property)', () => {
    let forwarded = 0;
    const piece = fc.constantFrom(
      '/',
      '//',
      '\\',
      '%2F',
      '%2f',
      '%5C',
      '%0d%0a',
      '\t',
      '\n',
      '\r',
      '\u0000',
      ' ',
      '\u00a0',
      '\u2028',
      'Evil.Example',
      'evil.example',
      '@',
      ':',
      'http:',
      'JavaScript:',
      '..',
      '.',
      '%2E%2E',
      'CMN-101',
      'code',
      'É',
      'İ',
      'ß',
      '%E2%80%AE',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 10 }),
        fc.constantFrom('', '?q=1', '?//evil.example', '?\\x', '//evil.example'),
        fc.constantFrom('', '#a', '#//evil.example', '//evil.example'),
        (pieces, search, hash) => {
          const { replaced } = run(pieces.join(''), search, hash);
          if (replaced === null) return;
          forwarded += 1;
          expectOnOrigin(replaced);
        },
      ),
      { numRuns: 2000 },
    );
    // The generated paths do forward: the property is not passing by never forwarding.
    expect(forwarded).toBeGreaterThan(500);
  });
});
