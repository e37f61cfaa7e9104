import { standardCodeName } from '@/lib/standard-name';
import { entryMarkdownPath } from '@/lib/urls';
import type { CatalogView } from '@/lib/catalog';
import type { Entry, Vendor } from '@/lib/catalog/types';
import { changeLine } from '@/lib/change-words';
import { entrySummary, explanationSections } from '@/lib/entry-summary';
import {
  entryLabel,
  listPhrase,
  possessive,
  provenance,
  RELATED_LIMIT,
  relatedByStatus,
  sourceHref,
} from '@/lib/entry-view';
import { exampleResponse } from '@/lib/example-body';
import { templateVariables } from '@/lib/template';
import {
  ASSESSMENT_WORDS,
  CATEGORY_LABELS,
  FAULT_LABELS,
  FIRST_STEP_TERM,
  MESSAGE_KIND_LABELS,
  RETRY_LABELS,
  faultLabel,
  statusInfo,
  type Fault,
  type Retry,
  type StandardKind,
} from '@/lib/taxonomy';

/**
 * `<entry path>.md`: the entry page as plain Markdown, in the page's order and with the page's
 * words (the same label table and In-short summary), for readers and agents that want text.
 * Pure: the build writes it beside the page.
 */

/** A fenced block that no backtick run inside `text` can close early. */
function fence(text: string, info = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const bar = '`'.repeat(longest + 1);
  return `${bar}${info}\n${text}\n${bar}`;
}

/** Inline code that survives backticks in the value. */
export function code(text: string): string {
  const bar = text.includes('`') ? '``' : '`';
  return `${bar}${bar.length > 1 ? ' ' : ''}${text}${bar.length > 1 ? ' ' : ''}${bar}`;
}

function statusesLine(entry: Entry, vendor: Vendor): string {
  if (entry.statuses.length === 0)
    return `Status not documented: ${vendor.name} does not say which HTTP status carries this code.`;
  const named = entry.statuses.map((s) => `${s} ${statusInfo(s).name}`).join(', ');
  if (entry.status === entry.statuses.join(', ')) return `HTTP status: ${named}.`;
  const note = entry.errdex.statusNote
    ? `Normalized by Errdex: ${entry.errdex.statusNote}`
    : `Documented as ${code(entry.status ?? '')}.`;
  return `HTTP status: ${named}. ${note}`;
}

function relatedLines(entry: Entry, vendor: Vendor, catalog: CatalogView, site: string): string[] {
  const names = new Map(catalog.getVendors().map((v) => [v.id, v.name]));
  const item = (e: Entry) =>
    `- [${e.vendor === vendor.id ? '' : `${names.get(e.vendor) ?? e.vendor} `}${entryLabel(e)}](${site}${entryMarkdownPath(e)}): ${e.message}`;
  const out: string[] = [];
  // First, as on the page: the curated standard codes the vendor's text names.
  const linked = catalog.getLinkedStandards(entry);
  if (linked.length > 0)
    out.push(
      '### Telecom standard codes',
      '',
      "_Linked by Errdex, from what the vendor's text says._",
      '',
      ...linked.map(
        ({ standard, why }) =>
          `- [${standardCodeName(catalog.getNamespaceLabel(standard.namespace), standard.code)}](${site}${entryMarkdownPath(standard)}): ${standard.title}. ${why}`,
      ),
      '',
    );
  const byStatus = relatedByStatus(entry, catalog.getEntriesByVendor(vendor.id));
  if (byStatus.length > 0) {
    const which = entry.statuses.length
      ? `status ${entry.statuses.join(' or ')}`
      : 'no documented status';
    out.push(`### Other ${vendor.name} errors with ${which}`, '');
    out.push(...byStatus.slice(0, RELATED_LIMIT).map(item), '');
    if (byStatus.length > RELATED_LIMIT)
      out.push(`All ${byStatus.length} on the ${vendor.name} page: ${site}${vendor.url}`, '');
  }
  const same = catalog.getSameMessage(entry);
  if (same.length > 0) out.push('### Same message', '', ...same.map(item), '');
  const groups = catalog.getEquivalenceGroups(entry);
  if (groups.length > 0) {
    out.push('### Same meaning elsewhere', '', '_Grouped by Errdex._', '');
    for (const g of groups) {
      const members = g.entries.map((k) => catalog.getEntryByKey(k));
      out.push(
        `${g.title}:`,
        '',
        ...members.filter((e): e is Entry => !!e && e !== entry).map(item),
        '',
      );
    }
  }
  return out.length ? ['## Related errors', '', ...out] : [];
}

/**
 * The answer part of a Markdown twin, in the page's order: In short (meaning, who must fix it,
 * retry, first step), then our explanation's sections, each marked as ours. A standard code
 * passes its `faultWords`; a vendor entry's fault keeps the vendor words.
 */
export function answerMarkdown(
  body: string,
  errdex: { fault: Fault; retry: Retry },
  ours: string,
  words?: StandardKind,
): string[] {
  const summary = entrySummary(body);
  const explanation = explanationSections(body);
  const lines: string[] = [];
  if (summary)
    lines.push(
      '## In short',
      '',
      summary.meaning,
      '',
      `- ${ASSESSMENT_WORDS.fault.term}: ${faultLabel(errdex.fault, words)}`,
      `- ${ASSESSMENT_WORDS.retry.term}: ${RETRY_LABELS[errdex.retry]}`,
      `- ${FIRST_STEP_TERM}: ${summary.firstStep}`,
      '',
    );
  for (const heading of ['What to do', 'Likely causes', 'What it means'] as const) {
    const text = explanation[heading];
    if (text) lines.push(`## ${heading}`, '', ours, '', text, '');
  }
  return lines;
}

export function entryMarkdown(
  entry: Entry,
  vendor: Vendor,
  catalog: CatalogView,
  site: string,
): string {
  const ours = `_Errdex guidance in our own words; ${vendor.name} does not document this._`;
  const lines: string[] = [`# ${entry.code ?? entryLabel(entry)} (${vendor.name} error)`, ''];
  lines.push(statusesLine(entry, vendor), '', `Page: ${site}${entry.url}`, '');
  lines.push(...answerMarkdown(entry.body, entry.errdex, ours));
  lines.push('## The message and its variables', '', fence(entry.message, 'text'), '');
  const vars = entry.variables.length
    ? ` Filled in at run time: ${entry.variables.map(code).join(', ')}.`
    : '';
  lines.push(
    'document' in entry.source
      ? `${MESSAGE_KIND_LABELS[entry.messageKind]}, verbatim from ${possessive(vendor.name)} documentation.${vars}`
      : `As observed in a public source, verbatim (<${sourceHref(entry.source.url)}>); not in ${possessive(vendor.name)} documentation.${vars}`,
    '',
  );
  if (entry.observed.length > 0)
    lines.push(
      '### Also seen as',
      '',
      '_Texts the API was seen to return for this error, verbatim, each with its public source._',
      '',
      ...entry.observed.map(
        (o) =>
          `- ${code(o.text)} (${o.status === null ? 'no HTTP status shown' : `HTTP ${o.status}`}): <${sourceHref(o.source)}>`,
      ),
      '',
    );
  if (entry.errdex.template) {
    const tv = templateVariables(entry.errdex.template);
    lines.push(
      `Template (derived by Errdex): ${code(entry.errdex.template)}${tv.length ? ` (variables: ${tv.map(code).join(', ')})` : ''}`,
      '',
    );
  }
  lines.push('## Example error body', '');
  const example = exampleResponse(vendor.format, entry);
  lines.push(
    ...(example
      ? [
          `Illustrative, built by Errdex from the documented facts in ${possessive(vendor.name)} format; \`…\` marks values the documentation does not give.`,
          '',
          fence(example, 'http'),
        ]
      : [
          `${vendor.name} documents this as an HTTP status only, without a body code, so Errdex does not build an example body for it.`,
        ]),
    '',
  );
  lines.push(
    entry.documented ? '## Documented facts' : '## Observed facts',
    '',
    `- Vendor: ${vendor.name}`,
    `- Code: ${entry.code !== null ? code(entry.code) : 'No code'}`,
  );
  if (entry.aliases.length) lines.push(`- Also sent as: ${entry.aliases.map(code).join(', ')}`);
  lines.push(`- Documented status: ${entry.status ?? 'Not documented'}`);
  if (entry.type) lines.push(`- Type: ${code(entry.type)}`);
  if (entry.detailKeys.length)
    lines.push(`- Detail keys: ${entry.detailKeys.map(code).join(', ')}`);
  if (entry.section) lines.push(`- Documented under: ${entry.section}`);
  lines.push(
    '',
    "## Errdex's assessment",
    '',
    '_Written by Errdex, not documented by the vendor._',
    '',
  );
  lines.push(
    `- ${ASSESSMENT_WORDS.category.term}: ${CATEGORY_LABELS[entry.errdex.category]}`,
    `- ${ASSESSMENT_WORDS.fault.term}: ${FAULT_LABELS[entry.errdex.fault]}`,
    `- ${ASSESSMENT_WORDS.retry.term}: ${RETRY_LABELS[entry.errdex.retry]}`,
    '',
  );
  const { documented, ours: written } = provenance(entry);
  lines.push(
    '## Where this comes from',
    '',
    'document' in entry.source
      ? `- Documented by ${vendor.name} in ${entry.source.document}, line ${entry.source.line}: ${listPhrase(documented)}.`
      : `- Observed, not in ${vendor.name}'s documentation: ${entry.source.url}`,
    `- Written by Errdex: ${listPhrase(written)}.`,
    '',
  );
  lines.push(...relatedLines(entry, vendor, catalog, site));
  if (entry.changes.length)
    lines.push('## History', '', ...entry.changes.map((c) => `- ${c.date}: ${changeLine(c)}`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
