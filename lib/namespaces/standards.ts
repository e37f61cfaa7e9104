import { q850 } from './q850';
import { sip } from './sip';
import { smpp } from './smpp';
import type { Standard } from './standard';

const standards: Standard[] = [];

/**
 * Every telecom standard Errdex carries, in registration order (the order of /standards/).
 * Read at call time everywhere, so a standard registered later (a test's) is seen too.
 */
export const STANDARDS: readonly Standard[] = standards;

/**
 * Adds a standard: from then on content may hold its codes, the catalog validates their facts
 * with its module, and the decoder looks for its forms in text. The built-in standards go
 * through here too, so a test can add one the same way.
 */
export function registerStandard(standard: Standard): void {
  if (standards.some((s) => s.id === standard.id))
    throw new Error(`standard "${standard.id}" is registered twice`);
  standards.push(standard);
}

/** What a standard's codes are about (`call`, `message`), for the words of its faults. */
export function standardKind(id: string): Standard['kind'] | undefined {
  return standards.find((s) => s.id === id)?.kind;
}

// Adding a standard is a module and an entry here.
for (const standard of [sip, q850, smpp]) registerStandard(standard);
