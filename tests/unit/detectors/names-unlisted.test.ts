// The dev corpus with every labelled person's name replaced by names of origins the name lexicons do not
// cover (and the tagger's synthetic training set does not use): what the detector finds then comes from
// context and word form, not from a list.
//
// The target is recall and precision ≥ 0.95 here. Measured: the list-only detector 0.333 / 0.963;
// the first tagger 0.69 / 0.90; the retrained one 0.692 / 0.915 (0.692 / 0.964 with later rules); trained on
// the team's modern Dutch text with the spelling model 0.782 / 0.953; with the precision-aimed news text
// (ner-nl-3) 0.769 / 0.938 (src/protocol/data/NER.md). The floors
// below hold what is reached so it cannot slip back; raise them to 0.95 when the model gets there.
const RECALL_FLOOR = 0.75;
const PRECISION_FLOOR = 0.9;
import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../src/protocol/detectors/lexicon.ts';
import { PARTICLES, TITLES } from '../../../src/protocol/detectors/words.ts';
import { evaluate } from '../../../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';
import { loadCorpus, precision, recall, score, type CorpusItem } from '../../corpus/scoring.ts';

// Ghanaian, Nigerian (Igbo, Yoruba), Filipino, Georgian, Hungarian, Finnish, Icelandic, Korean, Quechua,
// Tamil, Mongolian, Malagasy, Samoan and Inuit given names and family names.
const FIRST = (
  'Nanayaa Akosua Kwesi Efua Chidiebere Ngozi Oluwaseun Adaeze Bayani Maricel Tamari Levani Zsófia Bence ' +
  'Aatu Vilhelmiina Þórdís Eyvindur Seojun Haeun Yupanqui Killari Kavitha Senthil Altantsetseg Batbayar ' +
  'Rivo Hanitra Sefo Leota Tuukkaq Aputsiaq'
).split(' ');
const SURNAMES = (
  'Owusu-Ansah Boateng Okonkwo Adeyemi Dimaculangan Magsaysay Beridze Tsiklauri Szabolcsi Fekete-Varga ' +
  'Virtanen Järvinen Sigurðardóttir Hjaltested Jang-Kwon Quispe Mamani Ramanathan Sundaralingam ' +
  'Ganbaatar Rakotomalala Andrianarivo Tuilagi Fa\u02bbalogo Kristiansen-Qaqortoq'
).split(' ');

function replaceNames(items: CorpusItem[]): CorpusItem[] {
  let f = 0;
  let s = 0;
  return items.map((item) => {
    const map = new Map<string, string>();
    for (const p of item.expect.personal) {
      if (p.category !== 'name') continue;
      const words = p.text.split(/\s+/);
      let firstSeen = false;
      for (const w of words) {
        const core = w.replace(/'s$/, '');
        const lower = core.toLowerCase();
        if (map.has(core) || PARTICLES.has(lower) || TITLES.has(lower.replace(/\.$/, '')) || /^\p{L}\.$|\./u.test(core) || core.length < 2) continue;
        let repl = !firstSeen ? FIRST[f++ % FIRST.length]! : SURNAMES[s++ % SURNAMES.length]!;
        if (core === lower) repl = repl.toLowerCase();
        map.set(core, repl);
        firstSeen = true;
      }
    }
    if (!map.size) return item;
    const sub = (text: string) =>
      [...map].reduce((t, [from, to]) => t.replace(new RegExp(`(?<![\\p{L}\\p{N}])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'), to), text);
    return {
      ...item,
      text: sub(item.text),
      expect: { ...item.expect, personal: item.expect.personal.map((p) => ({ ...p, text: sub(p.text) })), neutral: item.expect.neutral?.map(sub) },
    };
  });
}

describe('names no list knows', () => {
  it('uses names that are in none of the lexicons', () => {
    const lex = lexicon();
    for (const n of [...FIRST, ...SURNAMES]) {
      const l = n.toLowerCase();
      expect(lex.strong.has(l) || lex.word.has(l) || lex.surnames.has(l), n).toBe(false);
    }
  });

  it('finds unlisted names in the dev corpus well above what the lists alone found', () => {
    const items = replaceNames(loadCorpus());
    const changed = items.filter((x, i) => x.text !== loadCorpus()[i]!.text).length;
    expect(changed).toBeGreaterThan(40);
    const result = score(items, (item) => evaluate({ text: item.text, site: item.site }, DEFAULT_SETTINGS));
    const names = result.perCategory.get('name')!;
    const misses = result.mistakes.filter((m) => m.kind.endsWith(':name')).map((m) => `${m.id} ${m.kind} ${m.detail}`);
    console.log(`unlisted names: recall ${recall(names).toFixed(3)}, precision ${precision(names).toFixed(3)} (${names.found}/${names.total}, ${names.fp} false)`);
    expect(names.total).toBeGreaterThan(60);
    expect(recall(names), misses.join('\n')).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(precision(names), misses.join('\n')).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  }, 120_000); // 200 drafts on a busy machine: no speed is asserted
});
