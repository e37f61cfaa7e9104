/**
 * How a code is named beside its namespace, wherever it is printed (titles, the CLI, MCP,
 * search hits, entry pages and their Markdown): one rule, so a code reads the same everywhere.
 */

/** A bare number (`486`, `17`) says little alone; a name (`ESME_RTHROTTLED`) says enough. */
export function isNumberedCode(code: string | null): boolean {
  return /^\d+$/.test(code ?? '');
}

/** `SIP 486`, `Q.850 17`, `SMPP ESME_RTHROTTLED`: the code after its namespace's label or name. */
export function standardCodeName(label: string, code: string | null): string {
  return `${label} ${code ?? ''}`.trim();
}

/**
 * `SIP 486 Busy Here`, `Q.850 17 User busy`: a numbered code with its title; a code that is
 * already a name stands alone (`SMPP ESME_RTHROTTLED`).
 */
export function standardFullName(label: string, code: string | null, title: string): string {
  const name = standardCodeName(label, code);
  return isNumberedCode(code) ? `${name} ${title}` : name;
}
