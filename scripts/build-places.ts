// `npm run places`: builds src/protocol/data/places.generated.ts, a gazetteer of Dutch and Frisian place names
// (every woonplaats, with its Frisian and other spellings, municipalities, lakes, rivers, regions and nature
// areas), from two openly licensed lists in ../shared/data/places (override with PLACES_SRC=dir):
//  - geonames-NL.txt: the GeoNames dump for the Netherlands (CC BY 4.0, https://download.geonames.org/export/dump/),
//    as held by github.com/fyris-rd/plaatsen_in_nederland at commit 42270bb7425b6101618da1465f0ed4c7786b08e5;
//  - bag-woonplaatsen.txt: all woonplaatsen of the BAG (Kadaster, CC0), as extracted by
//    github.com/OpenTaal/bag-addresses (MIT) at commit d4e569ac156c15361bfd04d0a17e6c441d99b910,
//    results/bagadres.csv.woonplaats-sorted.txt.
// The name detector uses it as evidence against a person ("yn Ljouwert", "by Oudega", "de Alde Feanen"), never
// as a decision that overrides a person cue. Only the output is committed; see src/protocol/data/PLACES.md.
//
// Packed as one sorted, lower-cased, front-coded string (src/protocol/front-coding.ts, shared with the name
// lexicon).
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectPersonalData } from '../src/protocol/detectors/index.ts';
import { frontEncode } from '../src/protocol/front-coding.ts';
import { usePlaces } from '../src/protocol/detectors/places.ts';
import { normalize } from '../src/protocol/normalize.ts';
import { DEFAULT_SETTINGS } from '../src/settings/schema.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = process.env.PLACES_SRC ?? join(root, '..', 'shared', 'data', 'places');
const out = join(root, 'src', 'protocol', 'data', 'places.generated.ts');

// GeoNames feature codes kept: populated places and their parts, municipalities, provinces, water, regions,
// nature areas. Left out: polders, farms, buildings, hotels, stations, bus stops, canals (thousands of small
// names nobody writes in a post, and each costs bytes in the content script).
const KEEP = new Set([
  'PPL', 'PPLA', 'PPLA2', 'PPLC', 'PPLL', 'PPLX', 'PPLF', 'PPLS',
  'ADM1', 'ADM2',
  'LK', 'LKS', 'LKI', 'MRSH', 'STM', 'SEA', 'BAY', 'SD', 'CHN', 'RSV',
  'RGN', 'AREA', 'PRK', 'RES', 'ISL', 'ISLS', 'HTH', 'FRST', 'DUNE',
]);

/** GeoNames admin1 code of Fryslân (Drenthe 01 and Groningen 04 would add 2.5 KB gzipped). */
const NORTH = new Set(['02']);
const NATIONAL = new Set(['ADM1', 'ADM2', 'LK', 'RGN', 'ISL', 'SEA']);
/** In Fryslân also its marshes and nature areas, parks and rivers ("de Alde Feanen"). */
const FRYSLAN = new Set(['MRSH', 'PRK', 'STM', 'LKS']);

// A name as a person might write it: Latin letters (with Frisian and Dutch accents), capitalised, not an
// acronym; transliterations into Latin from other scripts ("lu fa deng") are lower case and fall out here.
const LATIN = /^[A-ZÀ-ÞĲ'’][A-Za-zÀ-ÿĲĳ'’. -]{1,40}$/u;
const ACRONYM = /^[A-Z]{2,}$/;

// Lower-case name → the name as written (the first spelling seen), for the check below.
const names = new Map<string, string>();
const add = (raw: string) => {
  const n = raw.trim().replace(/’/g, "'").replace(/\s+/g, ' ');
  if (!LATIN.test(n) || ACRONYM.test(n) || n.length < 3) return;
  if (!names.has(n.toLowerCase())) names.set(n.toLowerCase(), n);
};

for (const line of readFileSync(join(src, 'geonames-NL.txt'), 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 9 || f[8] !== 'NL' || !KEEP.has(f[7]!)) continue;
  // Populated places: the woonplaatsen come from the BAG below; GeoNames adds the Frisian (and older Dutch)
  // spellings of those in Fryslân (admin1 02), where people write "Ljouwert", "Snits", "Aldegea".
  const populated = f[6] === 'P';
  // Elsewhere the towns of 5,000 people or more (the BAG below has every woonplaats, but the whole list
  // does not fit the content script's budget); in Fryslân every village.
  const north = NORTH.has(f[10]!);
  if (populated && !north && Number(f[14]) < 5000) continue;
  // Elsewhere only the names everyone knows: provinces, municipalities, lakes, regions, islands.
  if (!populated && !NATIONAL.has(f[7]!) && !(f[10] === '02' && FRYSLAN.has(f[7]!))) continue;
  // Parts of towns and hamlets only in Fryslân.
  if ((f[7] === 'PPLX' || f[7] === 'PPLL') && f[10] !== '02') continue;
  add(f[1]!);
  if (f[10] === '02') for (const alt of (f[3] ?? '').split(',')) add(alt);
}
// The BAG's official spelling of the woonplaatsen kept above (Frisian in the municipalities that chose it).
const bag = readFileSync(join(src, 'bag-woonplaatsen.txt'), 'utf8').split('\n');
for (const line of bag) if (names.has(line.trim().toLowerCase().replace(/-/g, ' '))) add(line);

// Only the places the name detector would otherwise take for a person are kept: the full list is about 50 KB
// gzipped, the content script's budget has room for a fraction of that. Each name is put in a few sentences
// of our own (Dutch, Frisian, English; after a preposition, alone, opening a sentence) and kept when the
// detector, run without the gazetteer, reports a name on it in any of them. Rerun after retraining the tagger.
const TEMPLATES = [
  (x: string) => `Vandaag met de fiets naar ${x} geweest.`,
  (x: string) => `Wy wiene juster yn ${x}, wat moai!`,
  (x: string) => `Mei de hûn by ${x} lâns kuiere.`,
  (x: string) => `We waren gisteren bij ${x} en het was mooi.`,
  (x: string) => `${x} was prachtig vanochtend.`,
  (x: string) => `Mooie avond hoor, ${x} op zijn best.`,
  (x: string) => `Great walk near ${x} today with the dog.`,
  (x: string) => `Lekker fietsen rond ${x} en daarna koffie.`,
  (x: string) => `Zondag nei ${x} ta mei de bern.`,
];
usePlaces(new Set());
const confusable = (name: string): boolean =>
  TEMPLATES.some((t) => {
    const text = t(name);
    const at = text.indexOf(name);
    return detectPersonalData(normalize(text), DEFAULT_SETTINGS).some((s) => s.category === 'name' && s.start < at + name.length && s.end > at);
  });
const kept = [...names].filter(([, cased]) => confusable(cased)).map(([lower]) => lower);
usePlaces(null);
console.log(`${names.size} names in the sources, ${kept.length} taken for a person somewhere without the gazetteer`);
const sorted = kept.sort();
// Front-coded like the name lexicon (../src/protocol/front-coding.ts): a third smaller gzipped than plain lines.
const packed = frontEncode(sorted);
const header =
  '// Generated by scripts/build-places.ts (`npm run places`) from GeoNames NL (CC BY 4.0) and the BAG woonplaatsen\n' +
  '// (CC0); do not edit. Sources and licences: src/protocol/data/PLACES.md.\n';
writeFileSync(out, `${header}export const PLACES = ${JSON.stringify(packed)};\n`);
console.log(`${kept.length} names, ${packed.length} bytes raw, ${gzipSync(packed, { level: 9 }).length} bytes gzipped (plain lines: ${gzipSync(sorted.join('\n'), { level: 9 }).length})`);
