// `npm run score:ner -- FILE... [--errors N]`: scores the personal-data rule's name findings against the
// person spans of CoNLL-format files (token per line, entity tag in the last column; CoNLL-2002, WNUT-17,
// Europeana all fit). Each sentence is rebuilt as running text and evaluated on its own.
//  - overlap: a gold person counts as found when a name finding overlaps it; a finding is right when it
//    overlaps a gold person;
//  - exact: start and end must match (a possessive 's the detector drops is forgiven);
//  - "+handles": recall when an @handle finding over a person also counts (WNUT-17 marks many handles as persons).
// Nothing of these sets is committed: pass the paths of the copies you have.
import { evaluate } from '../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../src/settings/schema.ts';
import { readConll } from './ner-data.ts';

const args = process.argv.slice(2);
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--errors');
const errIdx = args.indexOf('--errors');
const showErrors = errIdx >= 0 ? Number(args[errIdx + 1] ?? 20) : 0;
if (!files.length) {
  console.error('usage: npm run score:ner -- FILE... [--errors N]');
  process.exit(2);
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const fmt = (x: number) => x.toFixed(3);

for (const file of files) {
  const sentences = readConll(file);
  let gold = 0;
  let pred = 0;
  let predRight = 0;
  let goldFound = 0;
  let goldFoundWithHandles = 0;
  let exact = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const t0 = performance.now();
  for (const s of sentences) {
    const findings = evaluate({ text: s.text }, DEFAULT_SETTINGS).findings.filter((f) => f.category === 'name' || f.category === 'handle');
    const names = findings.filter((f) => f.category === 'name').map((f) => [f.start, f.end] as [number, number]);
    const handles = findings.filter((f) => f.category === 'handle').map((f) => [f.start, f.end] as [number, number]);
    gold += s.persons.length;
    pred += names.length;
    for (const n of names) {
      if (s.persons.some((g) => overlaps(g, n))) predRight++;
      else if (falseAlarms.length < showErrors) falseAlarms.push(`${s.text.slice(n[0], n[1])}  ‹${s.text.slice(0, 160)}›`);
    }
    for (const g of s.persons) {
      const hit = names.some((n) => overlaps(g, n));
      if (hit) goldFound++;
      if (hit || handles.some((h) => overlaps(g, h))) goldFoundWithHandles++;
      else if (misses.length < showErrors) misses.push(`${s.text.slice(g[0], g[1])}  ‹${s.text.slice(0, 160)}›`);
      const goldText = s.text.slice(g[0], g[1]);
      const end = goldText.endsWith("'s") ? g[1] - 2 : g[1];
      if (names.some((n) => n[0] === g[0] && (n[1] === g[1] || n[1] === end))) exact++;
    }
  }
  const ms = performance.now() - t0;
  const p = pred ? predRight / pred : 1;
  const r = gold ? goldFound / gold : 1;
  const rh = gold ? goldFoundWithHandles / gold : 1;
  const pe = pred ? exact / pred : 1;
  const re = gold ? exact / gold : 1;
  console.log(`${file}: ${sentences.length} sentences, ${gold} persons, ${pred} name findings (${(ms / sentences.length).toFixed(2)} ms/sentence)`);
  console.log(`  overlap  P ${fmt(p)}  R ${fmt(r)}  F ${fmt(f1(p, r))}   R+handles ${fmt(rh)}`);
  console.log(`  exact    P ${fmt(pe)}  R ${fmt(re)}  F ${fmt(f1(pe, re))}`);
  if (showErrors) {
    console.log('  missed:\n' + misses.map((m) => '    ' + m).join('\n'));
    console.log('  false alarms:\n' + falseAlarms.map((m) => '    ' + m).join('\n'));
  }
}
