import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { detectLanguage, stopwordScores } from '../../src/protocol/language.ts';
import { normalize } from '../../src/protocol/normalize.ts';
import { loadCorpus } from '../corpus/scoring.ts';

const lang = (t: string) => detectLanguage(normalize(t));

// Short drafts, where trigram models are weakest; written for this test, not taken from the corpus.
const SHORT: [string, 'nl' | 'en'][] = [
  ['Trots op mijn klas!', 'nl'], ['Proud of my class!', 'en'], ['Wat een dag', 'nl'], ['What a day', 'en'],
  ['Toetsweek. Nakijken.', 'nl'], ['Goedemorgen allemaal', 'nl'], ['Good morning all', 'en'],
  ['Lekker weer vandaag', 'nl'], ['Thanks everyone!', 'en'], ['Dank jullie wel', 'nl'],
  ['Views are my own', 'en'], ['Op persoonlijke titel', 'nl'], ['Nieuwe lokalen klaar', 'nl'], ['New classrooms ready', 'en'],
  ['Ik ben moe', 'nl'], ['I am tired', 'en'], ['Zo trots!', 'nl'], ['So proud!', 'en'], ['Marking essays', 'en'], ['Send help.', 'en'],
];

describe('detectLanguage', () => {
  it('gets the language of nearly every corpus draft', () => {
    const items = loadCorpus();
    const right = items.filter((i) => lang(i.text) === i.lang).length;
    expect(right / items.length).toBeGreaterThanOrEqual(0.98);
  });

  it('does at least as well as franc-min (nld/eng) on the corpus and on short drafts', () => {
    const francLang = (t: string) => (franc(t, { only: ['nld', 'eng'], minLength: 1 }) === 'eng' ? 'en' : 'nl');
    const sets: [string, 'nl' | 'en'][][] = [loadCorpus().map((i) => [i.text, i.lang]), SHORT];
    for (const set of sets) {
      const ours = set.filter(([t, l]) => lang(t) === l).length;
      const theirs = set.filter(([t, l]) => francLang(t) === l).length;
      expect(ours).toBeGreaterThanOrEqual(theirs);
    }
    expect(SHORT.filter(([t, l]) => lang(t) === l).length).toBeGreaterThanOrEqual(17);
  });

  it('counts function words of each language, not words both share', () => {
    expect(stopwordScores('ik ben in de klas')).toEqual({ nl: 4, en: 0 });
    expect(stopwordScores('we are in the class')).toEqual({ nl: 0, en: 3 });
  });

  it('defaults to Dutch when nothing tells them apart', () => {
    expect(lang('')).toBe('nl');
    expect(lang('🎉🎉 #liudger 2024')).toBe('nl');
    expect(lang('The students of 4 vwo presented their research today')).toBe('en');
  });
});
