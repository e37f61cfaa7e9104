'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { DecodeResults } from '@/components/decode-results';
import { plural, type DecodePage } from '@/lib/decode/page';
import type { NamespaceName } from '@/lib/decode/title';
import { decodeShare, encodeShare } from '@/lib/decode/share';
import type { DecodeRequest, DecodeResponse } from './decode.worker';

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; id: number; page: DecodePage; ms: number }
  | { kind: 'error'; message: string };

const BUTTON =
  'rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 dark:bg-blue-300 dark:text-slate-950 dark:hover:bg-blue-200';

const hasContent = (value: string) => /\S/.test(value);

/** The interactive part of /decode/: the text goes to a Web Worker, never over the network. */
export function DecoderClient({ vendors }: { vendors: NamespaceName[] }) {
  // Uncontrolled: React never re-renders a multi-megabyte value, so a big paste stays cheap.
  const box = useRef<HTMLTextAreaElement | null>(null);
  const [hasText, setHasText] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [shareNote, setShareNote] = useState('');
  const [linkNote, setLinkNote] = useState('');
  const worker = useRef<Worker | null>(null);
  /** The job whose answer may be shown: any other is for text that has since changed. */
  const latest = useRef(0);
  /** The job the worker is busy with, if any. */
  const running = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const onMessage = useCallback((event: MessageEvent<DecodeResponse>) => {
    const data = event.data;
    if (data.id === running.current) running.current = null;
    if (data.id !== latest.current) return;
    if (data.kind === 'error') setState({ kind: 'error', message: data.error });
    else if (data.kind === 'decode')
      setState({ kind: 'done', id: data.id, page: data.page, ms: data.ms });
    else
      setState((s) =>
        s.kind === 'done' && s.id === data.id
          ? { ...s, page: { ...s.page, matches: [...s.page.matches, ...data.matches] } }
          : s,
      );
  }, []);

  const spawn = useCallback(() => {
    const w = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = onMessage;
    worker.current = w;
  }, [onMessage]);

  useEffect(() => {
    spawn();
    return () => worker.current?.terminate();
  }, [spawn]);

  /**
   * Drops the job the worker is busy with, if any: a worker runs a job to its end, so a plain
   * `CMN-101` typed after a 10 MB paste would wait seconds behind it. A fresh worker starts at
   * once (its data comes from the HTTP cache).
   */
  const cancelRunning = useCallback(() => {
    if (running.current === null) return;
    worker.current?.terminate();
    running.current = null;
    spawn();
    worker.current?.postMessage({ kind: 'warm' } satisfies DecodeRequest);
  }, [spawn]);

  const decode = useCallback(
    (value: string) => {
      if (timer.current) clearTimeout(timer.current);
      latest.current += 1;
      cancelRunning();
      if (!hasContent(value)) {
        setState({ kind: 'idle' });
        return;
      }
      setState({ kind: 'working' });
      running.current = latest.current;
      worker.current?.postMessage({
        kind: 'decode',
        id: latest.current,
        text: value,
      } satisfies DecodeRequest);
    },
    [cancelRunning],
  );

  // Opening a share link decodes what it carries, up to a size (see MAX_SHARE_TEXT).
  useEffect(() => {
    const open = async () => {
      const shared = await decodeShare(window.location.hash);
      if (shared === null || !box.current) return;
      if ('tooLarge' in shared) {
        setLinkNote(
          `This link unpacks to more than ${(shared.tooLarge / 1024).toLocaleString('en-US')} KB; Errdex opens shared links up to that size, so nothing was loaded from it. Ask for a link to the error alone, or paste the text.`,
        );
        return;
      }
      setLinkNote('');
      box.current.value = shared.text;
      setHasText(hasContent(shared.text));
      decode(shared.text);
    };
    void open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, [decode]);

  const onChange = (value: string) => {
    const filled = hasContent(value);
    setHasText(filled);
    setShareNote('');
    // What is shown is for the text before this change: it goes now, and so does its job.
    latest.current += 1;
    cancelRunning();
    setState(filled ? { kind: 'working' } : { kind: 'idle' });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => decode(value), 200);
  };

  const more = () => {
    if (state.kind !== 'done') return;
    worker.current?.postMessage({
      kind: 'more',
      id: state.id,
      shown: state.page.matches.length,
    } satisfies DecodeRequest);
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

  const result = state.kind === 'done' ? state.page : null;
  const found = result ? result.totalMatches : 0;

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
                ? `${plural(found, 'error')} recognized in ${Math.max(1, Math.round(state.ms))} ms.`
                : result?.statusOnly !== undefined
                  ? `Only a status: ${plural(result.totalSuggestions, 'error')} documented with HTTP ${result.statusOnly}.`
                  : result?.notes?.length
                    ? 'Nothing recognized: see the notes about this input.'
                    : result?.suggestions.length
                      ? 'Nothing recognized with confidence; see the possible matches.'
                      : 'Nothing recognized: no known vendor error or telecom code in this text.')}
          </p>
        </div>
        {shareNote && <p className="text-sm">{shareNote}</p>}
        {linkNote && (
          <p
            id="decode-link-note"
            role="alert"
            className="rounded-md border border-amber-600 p-3 text-sm"
          >
            {linkNote}
          </p>
        )}
      </form>
      {result && (
        <DecodeResults
          page={result}
          vendors={vendors}
          onMore={result.matches.length < result.totalMatches ? more : undefined}
        />
      )}
    </div>
  );
}
