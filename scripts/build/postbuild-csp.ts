/**
 * Adds a Content-Security-Policy to every exported HTML page. A static export has no server to
 * send headers or per-request nonces, so each page carries a `<meta http-equiv>` policy whose
 * script-src lists the sha256 of exactly the inline scripts that page contains: scripts we did
 * not ship cannot run, and no 'unsafe-inline' is needed. See README "Content-Security-Policy".
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { htmlFiles } from '../checks/out-files';

const out = path.resolve(import.meta.dirname, '..', '..', 'out');
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The code of each inline script of a page (the CSP hashes them; the weight check counts them). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1] as string);
}

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const body of inlineScripts(html)) {
    if (body.length === 0) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

export function policyFor(html: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trim(),
    // React and Next set style attributes; inline style cannot run code, so this stays open.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Puts the policy right after `<meta charset>` (which must stay in the first 1024 bytes), before any script. */
export function withPolicy(html: string): string {
  const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policyFor(cleaned)}"/>`;
  const charset = /<meta charset="?[^">]+"?\s*\/?>/i.exec(cleaned);
  if (charset) {
    const at = charset.index + charset[0].length;
    return cleaned.slice(0, at) + tag + cleaned.slice(at);
  }
  return cleaned.replace(/<head(\s[^>]*)?>/i, (head) => head + tag);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  if (!fs.existsSync(out)) {
    console.error('postbuild-csp: out/ is missing: run `next build` first');
    process.exit(1);
  }
  const files = htmlFiles(out).map((rel) => path.join(out, rel));
  for (const file of files) fs.writeFileSync(file, withPolicy(fs.readFileSync(file, 'utf8')));
  console.log(`csp: policy added to ${files.length} pages`);
}
