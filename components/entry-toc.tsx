/** The page's sections as links, on wide screens only (CSS: no script). */
export function EntryToc({ items }: { items: { id: string; label: string }[] }) {
  return (
    <nav aria-label="On this page" className="text-sm">
      <p className="font-semibold text-slate-700 dark:text-slate-300">On this page</p>
      <ul className="mt-2 space-y-1.5">
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              className="text-slate-700 hover:text-blue-700 hover:underline dark:text-slate-300 dark:hover:text-blue-400"
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
