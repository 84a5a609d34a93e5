// `npm run bench`: time per draft for Postwacht's evaluator and for pii-filter (the Dutch personal-data detector on
// npm) on the same deterministic drafts, both tools' personal-data scores on the dev corpus, and growth on
// adversarial input. Figures are printed, never asserted: timed tests flake on a shared machine.
import { performance } from 'node:perf_hooks';
import * as pf from 'pii-filter';
import type { Evaluation, Finding, PersonalCategory } from '../src/protocol/types.ts';
import { formatScore, loadCorpus, precision, recall, score } from '../tests/corpus/scoring.ts';
import { loadBundledCore } from './bundle-core.ts';
import { variedText } from './varied-drafts.ts';
import { rng } from './seeded-rng.ts';

const { evaluate, DEFAULT_SETTINGS } = await loadBundledCore();


// Realistic Dutch school-life sentences, some with personal data, some about the school.
const SENTENCES = [
  'Vandaag een mooie les gehad met 3 havo over de Gouden Eeuw.',
  'Dank aan alle collega\'s voor de hulp bij de open dag van CSG Liudger!',
  'Wie heeft het telefoonnummer van de ouders van Sanne de Jong? Iemand gaf me 06-41827356.',
  'De toetsweek begint maandag, dus dit weekend nog veel nakijken.',
  'Mail het verslag naar j.hoekstra@liudger.nl voor vrijdag, dan verwerk ik het.',
  'Het lokaal 2.14 is vanaf volgende week het nieuwe practicumlokaal biologie.',
  'Trots op Daan van der Meer uit H4b die de debatwedstrijd heeft gewonnen.',
  'De bijdrage voor de klassenkas graag overmaken naar NL91ABNA0417164300 t.n.v. fam. Kuipers.',
  'Ouderavond tot 22.00 uur, veertien gesprekken en vijf koppen koffie.',
  'Kaartjes voor Gerda kunnen naar Oosterstraat 5, 9201 GH Drachten.',
  'Het rooster is weer omgegooid, zeven tussenuren deze week.',
  'Mijn mentorklas heeft me verrast met taart, wat lief van ze.',
  'Gevonden bij de fietsenstalling: een pas met leerlingnummer 204718.',
  'De stakingsdag gaat door, de school is dicht op alle drie de locaties.',
  'Ik ben docent aardrijkskunde en schrijf dit op persoonlijke titel.',
];

function dutchText(length: number, seed: number): string {
  const next = rng(seed);
  let out = '';
  while (out.length < length) out += SENTENCES[Math.floor(next() * SENTENCES.length)]! + (next() < 0.2 ? '\n' : ' ');
  return out.slice(0, length);
}

function stats(times: number[]): { median: number; p99: number } {
  const s = [...times].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p99: s[Math.min(s.length - 1, Math.floor(s.length * 0.99))]! };
}

function time(fn: () => void, runs: number, budgetMs = 20_000): number[] {
  for (let i = 0; i < Math.min(5, runs); i++) fn(); // warm-up
  const times: number[] = [];
  const until = performance.now() + budgetMs;
  for (let i = 0; i < runs && performance.now() < until; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

const piiFilter = pf.make_pii_classifier(pf.languages.nl.make_lm());

const PF_CATEGORY: Record<string, PersonalCategory | undefined> = {
  first_name: 'name',
  family_name: 'name',
  phone_number: 'phone',
  email_address: 'email',
  date: 'birthdate',
  medicine_name: 'health',
  // pet names are not a person's data
};

/** pii-filter's output as our Evaluation, so tests/corpus/scoring.ts scores both tools the same way. */
function piiFilterEvaluation(text: string): Evaluation {
  const findings: Finding[] = [];
  for (const p of piiFilter.classify(text).pii) {
    const category = PF_CATEGORY[p.type];
    if (!category) continue;
    findings.push({ code: 'personal-data', article: 'A2', severity: 'warning', messageKey: '', category, start: p.start_pos, end: p.end_pos, text: p.value });
  }
  return { related: 'none', lang: 'nl', findings };
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

console.log('Postwacht benchmark (Node ' + process.version + ')\n');
console.log('Time per draft                    Postwacht median / p99        pii-filter median / p99       ratio (median)');
const sizes: [string, number, number, number][] = [
  ['280 chars (a post on X)', 280, 3000, 300],
  ['3,000 chars (a long post)', 3000, 600, 60],
  ['100,000 chars (a paste)', 100_000, 40, 5],
];
for (const [label, size, runs, pfRuns] of sizes) {
  const text = dutchText(size, size);
  const ours = stats(time(() => evaluate({ text, site: 'facebook' }, DEFAULT_SETTINGS), runs));
  const theirs = stats(time(() => piiFilter.classify(text), pfRuns, 30_000));
  console.log(
    `${label.padEnd(33)} ${`${fmt(ours.median)} / ${fmt(ours.p99)}`.padEnd(29)} ${`${fmt(theirs.median)} / ${fmt(theirs.p99)}`.padEnd(29)} ${(theirs.median / ours.median).toFixed(1)}x`,
  );
}
console.log('Targets: median < 0.1 ms @280, < 1 ms @3,000, < 30 ms @100,000.\n');

console.log('Varied drafts (new names and sentences per draft)   Postwacht median / p99');
for (const [label, size, runs] of [['280 chars', 280, 2000], ['3,000 chars', 3000, 400]] as const) {
  const drafts = Array.from({ length: 64 }, (_, k) => variedText(size, 1000 + k));
  let k = 0;
  const r = stats(time(() => evaluate({ text: drafts[k++ % drafts.length]!, site: 'facebook' }, DEFAULT_SETTINGS), runs));
  console.log(`${label.padEnd(52)} ${fmt(r.median)} / ${fmt(r.p99)}`);
}
console.log('Targets with the name tagger: median ≤ 0.3 ms @280, ≤ 2 ms @3,000.\n');

// Adversarial input: runs that could make a careless pattern backtrack. Linear growth means equal time per KB.
console.log('Adversarial input (Postwacht)     10k: ms (ms/KB)       100k: ms (ms/KB)      growth 10k→100k');
const ADVERSARIAL: [string, (n: number) => string][] = [
  ['digits', (n) => '1234567890'.repeat(n / 10)],
  ['spaces', (n) => ' '.repeat(n)],
  ['capitals', (n) => 'ABCDEFGHIJ'.repeat(n / 10)],
  ['@ signs', (n) => '@'.repeat(n)],
  ['dots', (n) => '.'.repeat(n)],
  ['tussenvoegsels', (n) => 'van der de '.repeat(n / 11 + 1).slice(0, n)],
  ['names + digits', (n) => 'Jan 06 12 '.repeat(n / 10)],
  ['e-mail-like', (n) => 'a.b-c.'.repeat(n / 6 + 1).slice(0, n)],
  ['mijn + words', (n) => 'mijn de klas '.repeat(n / 13 + 1).slice(0, n)],
];
for (const [label, make] of ADVERSARIAL) {
  const row = [10_000, 100_000].map((n) => {
    const text = make(n);
    const { median } = stats(time(() => evaluate({ text }, DEFAULT_SETTINGS), n > 10_000 ? 7 : 21, 20_000));
    return { median, perKb: median / (n / 1000) };
  });
  console.log(
    `${label.padEnd(33)} ${`${row[0]!.median.toFixed(2)} (${row[0]!.perKb.toFixed(3)})`.padEnd(21)} ${`${row[1]!.median.toFixed(2)} (${row[1]!.perKb.toFixed(3)})`.padEnd(21)} ${(row[1]!.median / row[0]!.median).toFixed(1)}x for 10x input`,
  );
}

// Scores on the dev corpus.
const items = loadCorpus();
const ourScore = score(items, (item) => evaluate({ text: item.text, site: item.site }, DEFAULT_SETTINGS));
const theirScore = score(items, (item) => piiFilterEvaluation(item.text));
console.log('\nDev corpus — Postwacht\n' + formatScore(ourScore));
console.log('\nDev corpus — pii-filter (personal data only; its types mapped: first/family name → name, phone, e-mail, date → birthdate, medicine → health)');
const lines = formatScore(theirScore).split('\n');
console.log(lines.slice(0, lines.indexOf('')).join('\n'));
console.log(
  `\nPersonal data overall: Postwacht P ${precision(ourScore.overall).toFixed(3)} R ${recall(ourScore.overall).toFixed(3)}; ` +
    `pii-filter P ${precision(theirScore.overall).toFixed(3)} R ${recall(theirScore.overall).toFixed(3)}`,
);
