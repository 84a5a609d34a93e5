import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';
import { has } from './helpers.ts';

const abusive = (t: string) => has(t, 'abusive');

describe('A8 abusive', () => {
  it.each([
    'Wat een sukkel is die buurman',
    'Je bent echt een domkop',
    'Die leraar is een vuile klootzak',
    'Dat is de stomste leerling van de school',
    'Wat een luie zak is het',
    'Die jongen is een hopeloos geval',
    'You are such a moron',
    "He's the dumbest kid in class",
    'What a loser lol, share this everywhere',
    'Je gaat hier spijt van krijgen',
    'Ik weet waar je woont',
    'I know where you live.',
    "You'll regret this, believe me",
    'Als hij nog één keer komt, sla ik hem in elkaar',
    "I'll kill him if he does that again",
    'Die moeten ze gewoon ophangen',
    'Als die jongen nog een keer aan mijn fiets zit 🔪',
  ])('%s', (t) => expect(abusive(t)).toBe(true));

  it.each([
    'Kutdag vandaag, alles ging mis',
    'Send help, 90 essays to mark',
    'Wat een dag zeg!',
    'Hij is geen idioot, hij is gewoon moe',
    'Een ouder noemde me een idioot, dat doet pijn',
    "I'm such an idiot, forgot my keys again",
    'Ik voel me zo dom vandaag',
    'Snijd de ui fijn met een scherp mes 🔪 en bak hem goudbruin',
    'Stom stom stom, mijn eigen fout',
    'We kijken vanavond een film over een clown',
    'Deze zak chips is op',
  ])('not: %s', (t) => expect(abusive(t)).toBe(false));

  it('points at the offending words in the original text', () => {
    const text = 'Hé 👋 wat een sukkel!';
    const f = evaluate({ text }, DEFAULT_SETTINGS).findings.find((x) => x.code === 'abusive')!;
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.text).toBe('wat een sukkel');
    expect(f.article).toBe('A8');
  });
});
