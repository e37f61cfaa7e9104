import { InlineCode } from '@/components/inline-code';
import { SiteLink } from '@/components/site-link';
import type { MappingLink, SourceRef, StandardFactsView } from '@/lib/standard-view';

const link = 'text-blue-700 underline underline-offset-2 dark:text-blue-400';

/** A source in words, linked to where it can be read when it is public. */
function Source({ source }: { source: SourceRef }) {
  return source.url ? (
    <a href={source.url} className={link} data-source={source.key}>
      {source.name}
    </a>
  ) : (
    <span data-source={source.key}>{source.name}</span>
  );
}

function SourceList({ sources }: { sources: SourceRef[] }) {
  return (
    <>
      {sources.map((s, i) => (
        <span key={s.key}>
          {i > 0 ? ', ' : ''}
          <Source source={s} />
        </span>
      ))}
    </>
  );
}

/** Each code with the sources that give it: a disagreement shows as several rows. */
function MappingTable({
  caption,
  head,
  links,
}: {
  caption: string;
  head: string;
  links: MappingLink[];
}) {
  return (
    <table className="mt-2 w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 dark:border-slate-800">
          <th scope="col" className="py-1 pr-4 font-semibold">
            {head}
          </th>
          <th scope="col" className="py-1 font-semibold">
            According to
          </th>
        </tr>
      </thead>
      <tbody>
        {links.map((l) => (
          <tr key={l.code} className="border-b border-slate-100 dark:border-slate-900">
            <td className="py-1 pr-4">
              {l.href ? (
                <SiteLink href={l.href} className={link}>
                  <span className="font-mono">{l.code}</span> {l.title}
                </SiteLink>
              ) : (
                <span className="font-mono">{l.code}</span>
              )}
            </td>
            <td className="py-1">
              <SourceList sources={l.by} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The standard's facts about one code, each with its source, disagreements shown as such. */
export function StandardFacts({ view }: { view: StandardFactsView }) {
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {view.rows.map((r) => (
          <div key={r.term} className="contents">
            <dt className="font-semibold">{r.term}</dt>
            <dd className="break-words">{r.value}</dd>
          </div>
        ))}
        <div className="contents">
          <dt className="font-semibold">Sources that list it</dt>
          <dd>
            <SourceList sources={view.namedBy} />
          </dd>
        </div>
      </dl>
      {view.onlySource ? (
        <p data-fact="only-source">
          <strong>Only one source has it:</strong> <Source source={view.onlySource} />. Treat it as
          unconfirmed.
        </p>
      ) : null}
      {view.note ? (
        <p data-fact="note">
          <strong>Noted by the sources:</strong> <q>{view.note}</q>
        </p>
      ) : null}
    </div>
  );
}

/** A Q.850 cause's SIP status per source, RFC 3398's first, with a disagreement called one. */
export function CauseSipMapping({ sip }: { sip: NonNullable<StandardFactsView['sip']> }) {
  return (
    <div>
      {sip.disagree ? (
        <p data-fact="sip-disagreement">
          <strong>The sources disagree:</strong> they map this cause to different SIP statuses.
        </p>
      ) : null}
      {sip.links.length ? (
        <MappingTable caption="SIP status per source" head="SIP status" links={sip.links} />
      ) : (
        <p>No source checked maps this cause to a SIP status.</p>
      )}
      {sip.note ? (
        <p className="mt-2" data-fact="sip-note">
          <strong>About the mapping:</strong> <q>{sip.note}</q>
        </p>
      ) : null}
    </div>
  );
}

/** The Q.850 causes that map to a SIP status, each with the sources that map it so. */
export function CausesMappingHere({ causes }: { causes: MappingLink[] }) {
  return causes.length ? (
    <MappingTable caption="Q.850 causes mapped to this status" head="Q.850 cause" links={causes} />
  ) : (
    <p>No source checked maps a Q.850 cause to this status.</p>
  );
}

/** What each source named on the page is, and where to read it. */
export function SourcesCited({ sources }: { sources: StandardFactsView['cited'] }) {
  return (
    <dl className="space-y-2 text-sm">
      {sources.map((s) => (
        <div key={s.key}>
          <dt className="font-semibold">
            <Source source={s} /> <span className="font-mono font-normal">({s.key})</span>
          </dt>
          <dd>
            <InlineCode text={s.what} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
