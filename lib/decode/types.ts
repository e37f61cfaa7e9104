import type { Category, Fault, Retry } from '@/lib/taxonomy';
import type { DecodeEntry } from './data';

/** One confident identification, before it is turned into CLI/JSON output. */
export type DecodeMatch = {
  entry: DecodeEntry;
  /** Template variable -> value seen in the input. */
  params: Record<string, string>;
  notes: string[];
  /** The HTTP status seen with this error, when the input shows one. */
  status: number | null;
};

export type DecodeResult = {
  /** Confident identifications, in input order. */
  matches: DecodeMatch[];
  /** Fuzzy candidates, best first; never the same entry as a match. */
  suggestions: DecodeEntry[];
  /**
   * Set when the input was a lone HTTP status: the suggestions are then every error documented
   * with it, candidates by status alone.
   */
  statusOnly?: number;
  /**
   * About the whole input: what the decoder passed over (a body escaped too deep), and bodies of
   * a known vendor naming a code or type its catalog lacks ("not catalogued for <vendor>").
   */
  notes?: string[];
};

/** An output item exactly as `cli.schema.json` defines it. */
export type OutputItem = {
  vendor: string;
  code: string | null;
  statuses: number[];
  message: string;
  url: string;
  category: Category;
  fault: Fault;
  retry: Retry;
  /** What the namespace is: a vendor's API or a telecom standard (`vendor` then holds its id). */
  kind: 'vendor' | 'standard';
  /** False for a code seen in real responses that the vendor's documentation lacks. */
  documented: boolean;
};
export type OutputMatch = OutputItem & { params: Record<string, string>; notes: string[] };
