import { defineVendorFormat, str } from './vendor';

/** Bandwidth Voice: `type` and `description`, no code; type and description identify the error. */
export const bandwidth = defineVendorFormat({
  id: 'bandwidth',
  name: 'Bandwidth',
  genericKeys: true,
  recognize(o, { cutValue }) {
    if (typeof o.type !== 'string') return null;
    // Cut off inside its description: the beginning still narrows it down.
    const partial = cutValue?.key === 'description' ? cutValue.text.trim() : '';
    if (typeof o.description !== 'string' && !partial) return null;
    return [
      {
        codes: [],
        message: str(o.description),
        type: o.type.trim(),
        status: null,
        fields: {},
        source: o,
        ...(partial && { partialMessage: partial }),
      },
    ];
  },
  example: (e) => ({ type: e.type, description: e.message, id: null }),
  labels: {
    codeless: 'Identified by status, type and description',
    product: 'Voice API',
    shape: 'A JSON object with `type`, `description` and usually `id`; there is no code.',
    recognizedBy: '`type` and `description` (and usually `id`).',
  },
});
