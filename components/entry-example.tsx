import { possessive } from '@/lib/entry-view';
import type { Entry, Vendor } from '@/lib/catalog/types';
import { exampleResponse } from '@/lib/example-body';
import { CodeBlock } from './code-block';
import { Section } from './section';

/** An illustrative response in the vendor's format, built from the entry and labelled as ours. */
export function EntryExample({ entry, vendor }: { entry: Entry; vendor: Vendor }) {
  const example = exampleResponse(vendor.format, entry);
  return (
    <Section id="example" title="Example error body">
      {example ? (
        <>
          <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
            Illustrative, built by Errdex from the documented facts in {possessive(vendor.name)}{' '}
            format; <code className="font-mono">…</code> marks values the documentation does not
            give.
          </p>
          <CodeBlock code={example} label={`Example ${vendor.name} error body`} />
        </>
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {vendor.name} documents this as an HTTP status only, without a body code, so Errdex does
          not build an example body for it.
        </p>
      )}
    </Section>
  );
}
