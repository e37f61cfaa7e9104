/**
 * The one script of a reading page (home, vendors, entries, statuses, 404), which carries no
 * framework runtime. It makes copy buttons work and, on the reader's first focus of the header
 * search (or `/`), loads and mounts the search leaf, the same one /search/ uses. Until then the
 * header box is the plain GET form to /search/ it is without JavaScript.
 */
import { isSlashShortcut } from './slash-shortcut';

/** The search leaf's bundle URL, set by the build (scripts/build/postbuild-reading-pages.ts). */
declare const ERRDEX_SEARCH_ISLAND: string;
type Island = typeof import('./search-box-island');

const COPIED_MS = 2000;
const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
let mounting: Promise<void> | null = null;

function takeOver(): void {
  if (!form || mounting) return;
  mounting = (import(ERRDEX_SEARCH_ISLAND) as Promise<Island>).then(
    ({ mountSearchBox }) => {
      // The leaf handles `/` itself from now on.
      document.removeEventListener('keydown', onKeyDown);
      mountSearchBox(form);
    },
    () => {
      // Offline or a failed chunk: the plain form still works; the next focus tries again.
      mounting = null;
    },
  );
}

function onKeyDown(e: KeyboardEvent): void {
  if (!isSlashShortcut(e)) return;
  e.preventDefault();
  form?.querySelector('input')?.focus();
}

function onClick(e: MouseEvent): void {
  const button = (e.target as Element | null)?.closest?.<HTMLElement>('[data-copy]');
  if (!button) return;
  const label = button.querySelector<HTMLElement>('[data-copy-label]');
  navigator.clipboard.writeText(button.dataset.copy ?? '').then(
    () => {
      if (!label) return;
      label.textContent = 'Copied';
      setTimeout(() => (label.textContent = label.dataset.copyLabel ?? ''), COPIED_MS);
    },
    () => {
      // Clipboard refused (permissions, insecure context): the text beside stays selectable.
    },
  );
}

form?.addEventListener('focusin', takeOver);
document.addEventListener('keydown', onKeyDown);
document.addEventListener('click', onClick);
