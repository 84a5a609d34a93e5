// `tsx scripts/eval-snapshot.ts OUT.json`: every evaluation the evaluator makes on the labelled corpora, the A8 sets,
// varied drafts and a draft typed character by character, written as JSON with a digest. Used to check that a
// speed-up changed no result at all: run before and after, and compare the digests (or diff the files).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../src/settings/schema.ts';
import { variedText } from './varied-drafts.ts';

const texts: { text: string; site?: string }[] = [];
for (const dir of ['tests/corpus', 'tests/functional']) {
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { text: string; site?: string };
      texts.push({ text: item.text, site: item.site });
    }
  }
}
for (let k = 0; k < 40; k++) texts.push({ text: variedText(k % 2 ? 3000 : 280, 1000 + k), site: 'facebook' });
// A draft typed one character at a time, as the content script sees it while someone types (caches must agree).
const typed = variedText(700, 7);
for (let i = 1; i <= typed.length; i += 3) texts.push({ text: typed.slice(0, i), site: 'x' });
const out = texts.map((t) => evaluate({ text: t.text, site: t.site as never, now: 0 }, DEFAULT_SETTINGS));
const json = JSON.stringify(out);
writeFileSync(process.argv[2] ?? '/dev/stdout', json);
console.log(`${out.length} evaluations, sha256 ${createHash('sha256').update(json).digest('hex').slice(0, 16)}`);
