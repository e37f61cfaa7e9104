import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the build stops on bad content', () => {
  it('prints one line naming the file and the field, and exits 1', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-build-'));
    const content = path.join(root, 'content');
    fs.cpSync(path.join(__dirname, '..', '..', 'lib', 'catalog', 'fixtures', 'valid'), content, {
      recursive: true,
    });
    const file = path.join(content, 'errors', 'acme', 'acm-101.mdx');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('statuses: [400, 403]', 'statuses: [400, 777]'),
    );
    // It fails before writing anything, so running it in the repo leaves generated/ alone.
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'prebuild.ts')],
      {
        cwd: path.join(__dirname, '..', '..'),
        env: { ...process.env, ERRDEX_CONTENT_DIR: content },
        encoding: 'utf8',
      },
    );
    fs.rmSync(root, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'content error: content/errors/acme/acm-101.mdx: field "statuses.1": an HTTP status from 100 to 599',
    );
  });

  it('stops content that moved on from its change record, naming the entry and the field', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-build-'));
    const content = path.join(root, 'content');
    fs.cpSync(path.join(__dirname, '..', '..', 'lib', 'catalog', 'fixtures', 'valid'), content, {
      recursive: true,
    });
    const file = path.join(content, 'errors', 'acme', 'acm-102.mdx');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('message: "Not found"', 'message: "Gone"'),
    );
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'prebuild.ts')],
      {
        cwd: path.join(__dirname, '..', '..'),
        env: { ...process.env, ERRDEX_CONTENT_DIR: content },
        encoding: 'utf8',
      },
    );
    fs.rmSync(root, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'content error: content/changes.yaml: field "message": entry acme/acm-102 needs a "message-changed" record: its message is "Gone", the latest record says "Not found": run `npm run changes` and review what it appends',
    );
  }, 30_000);
});
