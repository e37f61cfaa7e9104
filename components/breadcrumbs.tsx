import { SiteLink } from '@/components/site-link';

export type Crumb = { href?: string; label: string };

/** Where the page sits: links up the URL hierarchy, the last crumb is the page itself. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        <li>
          <SiteLink href="/" className="hover:underline">
            Home
          </SiteLink>
        </li>
        {items.map((item) => (
          <li key={item.label} className="flex items-center gap-x-1.5">
            <span aria-hidden="true">/</span>
            {item.href ? (
              <SiteLink href={item.href} className="hover:underline">
                {item.label}
              </SiteLink>
            ) : (
              <span aria-current="page" className="text-slate-900 dark:text-slate-100">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
