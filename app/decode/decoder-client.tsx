'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { DecodeResults } from '@/components/decode-results';
import type { DecodeResult, DecodeVendor } from '@/lib/decode';
import { decodeShare, encodeShare } from '@/lib/decode/share';
import type { DecodeRequest, DecodeResponse } from './decode.worker';

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; result: DecodeResult; ms: number }
  | { kind: 'error'; message: string };

const BUTTON =
  'rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 dark:bg-blue-300 dark:text-slate-950 dark:hover:bg-blue-200';

/** The interactive part of /decode/: the text goes to a Web Worker, never over the network. */
export function DecoderClient({ vendors }: { vendors: DecodeVendor[] }) {
  // Uncontrolled: React never re-renders a multi-megabyte value, so a big paste stays cheap.
  const box = useRef<HTMLTextAreaElement | null>(null);
  const [hasText, setHasText] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [shareNote, setShareNote] = useState('');
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const w = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<DecodeResponse>) => {
      const data = event.data;
      if (data.id !== latest.current) return;
      if ('error' in data) setState({ kind: 'error', message: data.error });
      else setState({ kind: 'done', result: data.result, ms: data.ms });
    };
    worker.current = w;
    return () => w.terminate();
  }, []);

  const decode = useCallback((value: string) => {
    if (timer.current) clearTimeout(timer.current);
    latest.current += 1;
    if (!value.trim()) {
      setState({ kind: 'idle' });
      return;
    }
    setState({ kind: 'working' });
    worker.current?.postMessage({ id: latest.current, text: value } satisfies DecodeRequest);
  }, []);

  // Opening a share link decodes what it carries.
  useEffect(() => {
    const open = async () => {
      const shared = await decodeShare(window.location.hash);
      if (shared === null || !box.current) return;
      box.current.value = shared;
      setHasText(shared.trim() !== '');
      decode(shared);
    };
    void open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, [decode]);

  const onChange = (value: string) => {
    setHasText(value.trim() !== '');
    setShareNote('');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => decode(value), 200);
  };

  const share = async () => {
    const base = `${window.location.origin}${window.location.pathname}`;
    const fragment = await encodeShare(box.current?.value ?? '', base.length);
    if (fragment === null) {
      setShareNote('Too large to share as a link (links stay under 64 KB): trim it to the error.');
      return;
    }
    window.history.replaceState(null, '', `#${fragment}`);
    const copied = await navigator.clipboard?.writeText(`${base}#${fragment}`).then(
      () => true,
      () => false,
    );
    setShareNote(
      `${copied ? 'Link copied' : 'Link ready in the address bar'}: secrets are masked, and the text stays in the part of the URL that is never sent to a server.`,
    );
  };

  const result = state.kind === 'done' ? state.result : null;
  const found = result ? result.matches.length : 0;

  return (
    <div className="space-y-6">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          decode(box.current?.value ?? '');
        }}
        className="space-y-3"
      >
        <label htmlFor="decode-input" className="block font-medium">
          Paste an error: a JSON body, a whole HTTP response, log lines, a code or a message
        </label>
        <textarea
          id="decode-input"
          ref={box}
          onChange={(e) => onChange(e.target.value)}
          rows={12}
          spellCheck={false}
          autoComplete="off"
          className="w-full rounded-md border border-slate-400 bg-white p-3 font-mono text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
        />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={BUTTON}>
            Decode
          </button>
          <button
            type="button"
            onClick={() => void share()}
            disabled={!hasText}
            className={`${BUTTON} disabled:opacity-60`}
          >
            Share
          </button>
          <p
            role="status"
            aria-live="polite"
            className="text-sm text-slate-700 dark:text-slate-300"
          >
            {state.kind === 'working' && 'Decoding…'}
            {state.kind === 'error' && `The decoder could not start: ${state.message}`}
            {state.kind === 'done' &&
              (found > 0
                ? `${found} error${found === 1 ? '' : 's'} recognized in ${Math.max(1, Math.round(state.ms))} ms.`
                : result?.statusOnly !== undefined
                  ? `Only a status: ${result.suggestions.length} error${result.suggestions.length === 1 ? '' : 's'} documented with HTTP ${result.statusOnly}.`
                  : result?.suggestions.length
                    ? 'Nothing recognized with confidence; see the possible matches.'
                    : 'Nothing recognized: no known vendor error in this text.')}
          </p>
        </div>
        {shareNote && <p className="text-sm">{shareNote}</p>}
      </form>
      {result && (
        <DecodeResults
          matches={result.matches}
          suggestions={result.suggestions}
          vendors={vendors}
          statusOnly={result.statusOnly}
        />
      )}
    </div>
  );
}
