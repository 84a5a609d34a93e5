// fast-test.ts must answer exactly as RegExp.prototype.test / exec: checked on every cue pattern of the
// relatedness judgement, over the corpora's drafts and over strings made to trip the split (a letter before
// the place the body matches, surrogate pairs, a later place that passes).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as CUES from '../../src/protocol/context/cues.ts';
import { WHOLE_BELOW, allMatches, blankMatches, firstMatch, matches } from '../../src/protocol/fast-test.ts';

const PAD = '. '.repeat(WHOLE_BELOW / 2);
import { APPLYING_CLAUSE, REPORTED_CLAUSE } from '../../src/protocol/rules/disclosure.ts';
import { GLOBAL as OPINION_GLOBAL } from '../../src/protocol/rules/opinion.ts';
import * as RELATED from '../../src/protocol/related.ts';

const patterns: [string, RegExp][] = [];
for (const [name, v] of Object.entries({ ...CUES, ...CUES.CUE, ...RELATED, ...RELATED.WORK_CUES })) {
  if (v instanceof RegExp && !v.global && !v.sticky) patterns.push([name, v]);
  else if (Array.isArray(v)) v.forEach((re, i) => re instanceof RegExp && !re.global && patterns.push([`${name}[${i}]`, re]));
}

const drafts: string[] = [];
for (const dir of ['tests/corpus', 'tests/functional']) {
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) if (line.trim()) drafts.push((JSON.parse(line) as { text: string }).text);
  }
}

describe('matches / firstMatch', () => {
  it('answers as re.test and re.exec on every cue pattern over the corpora, lower-cased and as written', () => {
    expect(patterns.length).toBeGreaterThan(30);
    let hits = 0;
    const wrong: string[] = [];
    for (const [name, re] of patterns) {
      for (const d of drafts) {
        for (const text of [d, d.toLowerCase()]) {
          const want = re.exec(text);
          const got = firstMatch(re, text);
          if (matches(re, text) !== (want !== null) || got?.index !== want?.index || got?.[0] !== want?.[0]) wrong.push(`${name} on ${JSON.stringify(text)}`);
          if (want) hits++;
        }
        // `matches` splits only long text (WHOLE_BELOW); padded, a draft takes that path too (the drafts that
        // match, and a sample of the rest: each check scans the padding).
        const long = `${PAD}${d}`;
        if (re.test(d) || d.length % 8 === 0) {
          const want = re.exec(long);
          const got = firstMatch(re, long);
          if (matches(re, long) !== (want !== null) || got?.index !== want?.index || got?.[0] !== want?.[0]) wrong.push(`${name} on the padded ${JSON.stringify(d)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(hits).toBeGreaterThan(100); // the patterns really matched, not only missed
  });

  it('lists the same matches as matchAll for global patterns: the opinion phrases and the cues made global', () => {
    const globals = [...OPINION_GLOBAL, ...patterns.map(([, re]) => new RegExp(re.source, re.flags + 'g'))];
    const list = (it: Iterable<RegExpExecArray>) => [...it].map((m) => `${m.index}:${m[0]}`).join('|');
    const wrong: string[] = [];
    let hits = 0;
    for (const re of globals) {
      for (const d of drafts) {
        // Half the drafts padded past WHOLE_BELOW, where the split runs; the rest run the pattern whole.
        const text = (d.length % 2 ? PAD : '') + d.toLowerCase();
        const want = list(text.matchAll(re));
        if (list(allMatches(re, text)) !== want) wrong.push(`${re.source.slice(0, 40)} on ${JSON.stringify(text)}`);
        if (want) hits++;
      }
    }
    expect(wrong).toEqual([]);
    expect(hits).toBeGreaterThan(100);
    // Blanking, as the disclosure rule does with reported and applying clauses.
    for (const d of drafts) {
      const text = (d.length % 2 ? PAD : '') + d.toLowerCase();
      for (const re of [REPORTED_CLAUSE, APPLYING_CLAUSE]) expect(blankMatches(re, text)).toBe(text.replace(re, (m) => ' '.repeat(m.length)));
    }
    expect(blankMatches(REPORTED_CLAUSE, 'en hij zei dat het goed was. klaar')).toBe('en ' + ' '.repeat('hij zei dat het goed was'.length) + '. klaar');
    // Empty matches move on by a whole code point, as matchAll does.
    const empty = /(?<![a-z])(?=x)/gu;
    for (const text of ['x😀x ax', '😀x', '', PAD + 'x😀x ax', PAD + '😀x']) expect(list(allMatches(empty, text)), text).toBe(list(text.matchAll(empty)));
  });

  it('tries every later place when the lookbehind fails at the first, also across surrogate pairs', () => {
    const re = /(?<![\p{L}\p{N}])(?:klas|school)(?![\p{L}\p{N}])/u;
    for (const text of ['mijnklas en de klas', 'xklas', 'klas', '😀klas', 'a😀klas', '𝐀klas klas', 'schoolklas', 'ab\u{1D400}school', '']) {
      expect(matches(re, text), text).toBe(re.test(text));
      expect(matches(re, PAD + text), text).toBe(re.test(PAD + text));
      expect(firstMatch(re, text)?.index, text).toBe(re.exec(text)?.index);
      expect(firstMatch(re, PAD + text)?.index, text).toBe(re.exec(PAD + text)?.index);
    }
    // Two leading lookbehinds, and a case-insensitive one.
    const two = /(?<![\p{L}])(?<!(?:ex|oud)[\s-])(?:collega|colleague)(?![\p{L}])/iu;
    for (const text of ['oud-collega en collega', 'ex collega', 'excollega', 'Mijn COLLEGA', 'oud-collega']) {
      expect(matches(two, text), text).toBe(two.test(text));
      expect(matches(two, PAD + text), text).toBe(two.test(PAD + text));
    }
  });

  it('leaves patterns whole where a split would change them: a top-level alternative, no lookbehind', () => {
    const alt = /(?<![a-z])foo|bar/;
    for (const text of ['xfoo', 'xbar', 'foo', 'zzz']) expect(matches(alt, text), text).toBe(alt.test(text));
    const plain = /\bles\b/;
    expect(matches(plain, 'de les')).toBe(true);
    expect(matches(plain, 'lessen')).toBe(false);
  });
});
