import { q850 } from './q850';
import { sip } from './sip';
import { smpp } from './smpp';
import type { Standard } from './standard';

/** Every telecom standard Errdex carries; adding one is a module and an entry here. */
export const STANDARDS: readonly Standard[] = [sip, q850, smpp];
