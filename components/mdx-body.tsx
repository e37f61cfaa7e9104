import { MDXRemote } from 'next-mdx-remote/rsc';
import type { ComponentPropsWithoutRef } from 'react';

/**
 * Our MDX prose (explanations, vendor and status guidance). Its `##` headings sit one level
 * below the page section that holds it, so the page keeps one heading outline.
 */
const components = {
  h2: (p: ComponentPropsWithoutRef<'h3'>) => (
    <h3 className="mt-6 mb-2 text-lg font-semibold" {...p} />
  ),
  h3: (p: ComponentPropsWithoutRef<'h4'>) => <h4 className="mt-4 mb-2 font-semibold" {...p} />,
  p: (p: ComponentPropsWithoutRef<'p'>) => <p className="my-3 leading-7" {...p} />,
  ul: (p: ComponentPropsWithoutRef<'ul'>) => (
    <ul className="my-3 list-disc space-y-1 pl-6" {...p} />
  ),
  ol: (p: ComponentPropsWithoutRef<'ol'>) => (
    <ol className="my-3 list-decimal space-y-1 pl-6" {...p} />
  ),
  li: (p: ComponentPropsWithoutRef<'li'>) => <li className="leading-7" {...p} />,
  a: (p: ComponentPropsWithoutRef<'a'>) => (
    <a className="text-blue-700 underline underline-offset-2 dark:text-blue-400" {...p} />
  ),
  code: (p: ComponentPropsWithoutRef<'code'>) => (
    <code
      className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] dark:bg-slate-800"
      {...p}
    />
  ),
  pre: (p: ComponentPropsWithoutRef<'pre'>) => (
    <pre
      className="my-4 overflow-x-auto rounded-lg bg-slate-100 p-4 text-sm dark:bg-slate-900 [&_code]:bg-transparent [&_code]:p-0"
      tabIndex={0}
      {...p}
    />
  ),
};

export function MdxBody({ source }: { source: string }) {
  return (
    <div className="max-w-3xl text-slate-800 dark:text-slate-200">
      <MDXRemote source={source} components={components} />
    </div>
  );
}
