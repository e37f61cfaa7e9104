import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { SearchBoxClient } from './search-box-client';

/**
 * Mounts the header search leaf into a reading page's static form (see components/search-box.tsx),
 * keeping what the reader typed and where the focus was. Loaded by components/reading-page-boot.ts
 * on first use; the same leaf the framework hydrates on /search/ and /decode/.
 */
export function mountSearchBox(form: HTMLFormElement): HTMLInputElement | null {
  const old = form.querySelector('input');
  const focused = old !== null && document.activeElement === old;
  const vendorNames = parseVendorNames(form.dataset.vendors);
  const root = createRoot(form);
  form.replaceChildren();
  flushSync(() =>
    root.render(<SearchBoxClient vendorNames={vendorNames} initialQuery={old?.value ?? ''} />),
  );
  const input = form.querySelector('input');
  if (input && focused) {
    // Focusing fires the leaf's own focus handler, which starts loading the search data.
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }
  return input;
}

function parseVendorNames(json: string | undefined): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json ?? '{}');
    return value && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}
