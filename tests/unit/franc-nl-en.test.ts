// The nld/eng-only franc gives franc-min's own answer: on every draft of the labelled corpora (whole, and cut
// short where franc's trigram counts and ties differ most), and on text in other scripts, mixed and too short.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { francNlEn } from '../../src/protocol/franc-nl-en.ts';

const drafts: string[] = [];
for (const dir of ['tests/corpus', 'tests/functional']) {
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) if (line.trim()) drafts.push((JSON.parse(line) as { text: string }).text);
  }
}

const OTHER = [
  'Привет, как дела? Сегодня в школе был хороший день.',
  'Привет class 3B, today we had a great lesson together!',
  'مرحبا بكم في المدرسة اليوم كان يوما جميلا',
  'नमस्ते, आज स्कूल में बहुत अच्छा दिन था।',
  'Καλημέρα σε όλους, σήμερα ήταν μια ωραία μέρα στο σχολείο.',
  '今日は学校でとても良い一日でした。みんなありがとう。',
  'שלום לכולם, היום היה יום נהדר בבית הספר',
  '1234567890 12345 678 90 1234 5678 ---- !!!',
  'the the the the the the the',
  'de de de de de de de de de',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  'x'.repeat(5000),
  'Lekker bezig jongens! Great job everyone, super trots op jullie allemaal.'.repeat(40),
  '',
  'kort',
];

const same = (text: string, minLength: number) => expect(francNlEn(text, minLength), text.slice(0, 80)).toBe(franc(text, { only: ['nld', 'eng'], minLength }));

describe('francNlEn', () => {
  it('answers as franc-min on the labelled drafts, whole and cut short', () => {
    expect(drafts.length).toBeGreaterThan(500);
    for (const d of drafts) {
      same(d, 20);
      same(d.slice(0, 40), 20);
      same(d.toLowerCase().replace(/[^\p{L}\s]/gu, ''), 20);
    }
  });

  it('answers as franc-min on other scripts, mixed, repetitive and too short text', () => {
    for (const t of OTHER) {
      same(t, 20);
      same(t, 10);
    }
  });

  it('tells the two languages apart', () => {
    expect(francNlEn('vandaag hebben we met de hele klas een mooie wandeling gemaakt door het bos', 20)).toBe('nld');
    expect(francNlEn('today we went for a lovely walk through the woods with the whole class', 20)).toBe('eng');
  });
});
