import fs from 'node:fs';
import { data, decoder } from '@/lib/decode/test-fixtures';
const text = fs.readFileSync(process.argv[2] ?? '/dev/stdin', 'utf8');
const r = decoder.decode(text);
for (const m of r.matches) console.log(`${m.entry.vendor}/${m.entry.code}`, JSON.stringify(m.params), m.notes.join(' | '));
if (!r.matches.length) console.log('(none)', r.suggestions.slice(0,3).map(e=>e.vendor+'/'+e.code));
void data;
