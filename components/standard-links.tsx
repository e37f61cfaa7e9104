import { Section } from './section';

/** One side of a curated vendor ↔ standard link: where it goes, how it is named, and why. */
export type LinkedItem = { url: string; name: string; title: string; why: string };

/**
 * The curated links of `content/standard-links.yaml`, shown on both pages they join: a vendor
 * entry lists the standard codes its text names; a standard code lists those vendor entries.
 */
export function StandardLinks({
  id,
  title,
  items,
}: {
  id: string;
  title: string;
  items: LinkedItem[];
}) {
  if (items.length === 0) return null;
  return (
    <Section id={id} title={title} note="Linked by Errdex, from what the vendor's text says.">
      <ul className="space-y-3">
        {items.map((item) => (
          <li key={item.url}>
            <a
              href={item.url}
              className="font-medium text-blue-700 underline underline-offset-2 dark:text-blue-400"
            >
              {item.name}
            </a>{' '}
            {item.title}
            <p className="text-sm text-slate-700 dark:text-slate-300">{item.why}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
