// Scores an evaluator on the labelled corpus exactly as tests/corpus/README.md describes.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Evaluation, PersonalCategory } from '../../src/protocol/types.ts';

export interface CorpusItem {
  id: string;
  lang: 'nl' | 'en';
  site: 'facebook' | 'x' | 'linkedin' | 'instagram';
  text: string;
  expect: {
    related: 'explicit' | 'work' | 'none';
    disclosure: boolean;
    opinion: boolean;
    abusive: boolean;
    personal: { category: PersonalCategory; text: string }[];
    neutral?: string[];
  };
}

export const DEV_CORPUS = new URL('./dev.jsonl', import.meta.url);

/** Every labelled batch in this folder: dev.jsonl first, then batch-N.jsonl by number, then any other. */
export function corpusFiles(): string[] {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const order = (f: string) => (f === 'dev.jsonl' ? -1 : Number(/^batch-(\d+)\.jsonl$/.exec(f)?.[1] ?? 1e9));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((f) => dir + f);
}

export function loadCorpus(path: string | URL = DEV_CORPUS): CorpusItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusItem);
}

export interface Counts {
  tp: number;
  fp: number;
  found: number;
  total: number;
}

export interface Mistake {
  id: string;
  kind: string;
  detail: string;
}

export interface Score {
  perCategory: Map<string, Counts>;
  overall: Counts;
  decisions: Record<'C3' | 'C4' | 'A8' | 'related' | 'lang', { right: number; total: number }>;
  mistakes: Mistake[];
}

function occurrences(text: string, sub: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!sub) return spans;
  for (let i = text.indexOf(sub); i >= 0; i = text.indexOf(sub, i + 1)) spans.push([i, i + sub.length]);
  return spans;
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}
export function recall(c: Counts): number {
  return c.total === 0 ? 1 : c.found / c.total;
}

/** Scores `run` (an evaluator returning our Evaluation shape) on `items`. */
export function score(items: CorpusItem[], run: (item: CorpusItem) => Evaluation): Score {
  const perCategory = new Map<string, Counts>();
  const cat = (c: string) => {
    let v = perCategory.get(c);
    if (!v) perCategory.set(c, (v = { tp: 0, fp: 0, found: 0, total: 0 }));
    return v;
  };
  const overall: Counts = { tp: 0, fp: 0, found: 0, total: 0 };
  const decisions: Score['decisions'] = {
    C3: { right: 0, total: 0 },
    C4: { right: 0, total: 0 },
    A8: { right: 0, total: 0 },
    related: { right: 0, total: 0 },
    lang: { right: 0, total: 0 },
  };
  const mistakes: Mistake[] = [];
  for (const item of items) {
    const e = item.expect;
    const result = run(item);
    const has = (code: string) => result.findings.some((f) => f.code === code);
    const related = e.related !== 'none';
    const decide = (key: 'C3' | 'C4' | 'A8' | 'related' | 'lang', expected: unknown, got: unknown) => {
      decisions[key].total++;
      if (expected === got) decisions[key].right++;
      else mistakes.push({ id: item.id, kind: key, detail: `expected ${String(expected)}, got ${String(got)}` });
    };
    decide('C3', related && !e.disclosure, has('disclosure-missing'));
    decide('C4', related && !e.opinion, has('opinion-missing'));
    decide('A8', e.abusive, has('abusive'));
    decide('related', e.related, result.related);
    decide('lang', item.lang, result.lang);

    const labelled = e.personal.map((p) => ({ ...p, spans: occurrences(item.text, p.text) }));
    const neutral = (e.neutral ?? []).flatMap((n) => occurrences(item.text, n));
    const pd = result.findings.filter((f) => f.code === 'personal-data' && f.start !== undefined);
    for (const f of pd) {
      const span: [number, number] = [f.start!, f.end!];
      const right = labelled.some((l) => l.category === f.category && l.spans.some((s) => overlaps(s, span)));
      if (!right && neutral.some((s) => overlaps(s, span))) continue;
      const c = cat(f.category ?? 'unknown');
      if (right) {
        c.tp++;
        overall.tp++;
      } else {
        c.fp++;
        overall.fp++;
        mistakes.push({ id: item.id, kind: `fp:${f.category}`, detail: item.text.slice(span[0], span[1]) });
      }
    }
    for (const l of labelled) {
      const c = cat(l.category);
      c.total++;
      overall.total++;
      const found = pd.some((f) => f.category === l.category && l.spans.some((s) => overlaps(s, [f.start!, f.end!])));
      if (found) {
        c.found++;
        overall.found++;
      } else mistakes.push({ id: item.id, kind: `fn:${l.category}`, detail: l.text });
    }
  }
  return { perCategory, overall, decisions, mistakes };
}

export function formatScore(s: Score): string {
  const lines: string[] = [];
  const pct = (x: number) => x.toFixed(3);
  lines.push('category        precision  recall   tp  fp  found/total');
  const row = (name: string, c: Counts) =>
    `${name.padEnd(15)} ${pct(precision(c)).padStart(9)} ${pct(recall(c)).padStart(7)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(3)}  ${c.found}/${c.total}`;
  for (const [name, c] of [...s.perCategory].sort()) lines.push(row(name, c));
  lines.push(row('ALL personal', s.overall));
  lines.push('');
  for (const [k, d] of Object.entries(s.decisions)) lines.push(`${k.padEnd(8)} accuracy ${pct(d.right / d.total)} (${d.right}/${d.total})`);
  return lines.join('\n');
}
