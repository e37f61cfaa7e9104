import { SiteLink } from '@/components/site-link';
import { SITE_NAME } from '@/lib/site';
import { SearchBox } from './search-box';

const NAV = [
  { href: '/vendors/', label: 'Vendors' },
  { href: '/standards/', label: 'Standards' },
  { href: '/status/', label: 'Statuses' },
  { href: '/decode/', label: 'Decode' },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3 sm:gap-x-6">
        <SiteLink href="/" className="text-lg font-bold tracking-tight">
          {SITE_NAME}
        </SiteLink>
        <nav aria-label="Main">
          <ul className="flex gap-3 text-sm sm:gap-4">
            {NAV.map((item) => (
              <li key={item.href}>
                <SiteLink
                  href={item.href}
                  className="text-slate-700 hover:underline dark:text-slate-300"
                >
                  {item.label}
                </SiteLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto w-full sm:w-auto sm:flex-1 sm:max-w-md print:hidden">
          <SearchBox />
        </div>
      </div>
    </header>
  );
}
