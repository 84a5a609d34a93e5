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
    'Wat een zeikerd is die nieuwe collega',
    'Die vader is echt een engerd',
    'The parent who keeps emailing me is an absolute psycho.',
    // Misspellings that are no word of their own still count; so does "gek" said of someone.
    'jij bent echt een sukkkel',
    'Jij bent gek, blijf uit mijn buurt',
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
    'Psycho van Hitchcock is nog steeds eng',
    'Wat een kwal zag ik op het strand vandaag',
    // Common words one letter from an insult are what they say (farmers, to feed, a watch), and "gek op" is fond of.
    'zit nu al 2 uur cijfers in te voeren…',
    'De boeren protesteren weer met hun trekkers op de A7',
    'Mijn zoon van 12 is gek op voetbal',
    'Zij is echt dol op paarden',
    'My daughter is crazy about Lego',
    'He checked his watch twice during the meeting',
  ])('not: %s', (t) => expect(abusive(t)).toBe(false));

  it('points at the offending words in the original text', () => {
    const text = 'Hé 👋 wat een sukkel!';
    const f = evaluate({ text }, DEFAULT_SETTINGS).findings.find((x) => x.code === 'abusive')!;
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.text).toBe('wat een sukkel');
    expect(f.article).toBe('A8');
  });
});

// Written for these tests: diminutives and rarer Dutch insults, curse compounds, "<insult> dat je bent",
// veiled threats in Dutch and English — and the look-alikes that must pass: acorns, glands, cancer research,
// criticism of an institution, banter, fondness, the writer's own name for themselves, reported speech.
describe('A8: insults and threats in other words', () => {
  it.each([
    'Dat etterbakje uit de buurt heeft weer mijn bloemen vertrapt',
    'wat een klier is die jongen zeg',
    'Rotjoch, blijf van mijn auto af',
    'Die buurman is echt een stuk ongeluk',
    'Wat een mongool ben jij',
    'kankerlijer, laat me met rust',
    'die vent is een lul',
    'Wat een eikel van een scheidsrechter 😡',
    'tyfusjoch dat je bent',
    'Die vader is een hufter',
    'He\'s a little thief and a liar, everyone should know',
    'I\'ll teach him a lesson he won\'t forget',
    'Don\'t worry, he\'ll get what\'s coming to him',
    'I\'ll make his life hell, just watch',
    'watch ur back 👀',
    'ik pak je nog wel, let maar op',
    'We weten je wel te vinden hoor',
    'die krijgen we nog wel, reken maar',
    'Ik maak hem af als ik hem zie',
    'ik zal hem een lesje leren',
    'Die gast gaat hiervoor boeten',
    'You\'re going to pay for this',
    'wat een klootzakje ben jij',
    'idioot dat je bent',
    'Die moeder is een vuile leugenaar',
    'Ze is echt een achterlijke trut',
    'You little rat, everyone hates you',
    'krijg de tering, sukkel',
    'dat kutwijf van de overkant',
    'what a pathetic little creep',
  ])('%s', (t) => expect(abusive(t)).toBe(true));

  it.each([
    'Kutdag, de trein had weer vertraging',
    'Wat een prutsers bij de gemeente, al 3 weken geen vuilnis opgehaald',
    'Collecte voor de kankerbestrijding, geef gul!',
    'Eikels rapen in het bos met de kids 🍂',
    'Dikke klier in mijn nek, naar de huisarts',
    'Haha jij bent echt een topper 😂',
    'Wat een held ben jij!',
    'Ik ben zo\'n sukkel, weer mijn sleutels vergeten',
    'Hij noemde me een eikel, dat vond ik niet leuk',
    'Hij is geen hufter, gewoon een beetje onhandig',
    'Today I\'ll teach them a lesson about fractions',
    'We gaan hem vinden! Onze kat is sinds gisteren zoek 😿',
    'Wat een boefje is onze kleine 😍',
    'Ik krijg je boek morgen terug',
    'He got what he deserved: a gold medal',
    'Look at this lovely little thief, he stole my sandwich 🐶',
    'De leerlingen leerden een lesje in geduld vandaag',
    'Ik pak je jas wel even uit de auto',
    'shit, vergeten te tanken',
    'This government is a joke',
    'Wat een rotweer vandaag',
    'In het boek noemt de hoofdpersoon zijn broer een lul',
    'Oh what a fool I am, forgot the cake',
    'Kankeronderzoek gaat snel vooruit',
    'haha jij gekke aap 😂 love you',
    'Lekker bezig sukkel 😂 tot morgen',
    'Die film was echt rotzooi',
    'What an absolute legend you are',
    'Niemand heeft mijn fiets gezien?',
    'He said he\'d teach them a lesson on fractions tomorrow',
    'De politie heeft de dief gepakt, fijn',
    'Ik pak hem morgen wel op van school',
    'We gaan je missen, juf! ❤️',
    '"Jij bent een sukkel" riep hij, en toen moest iedereen lachen in het toneelstuk',
  ])('not: %s', (t) => expect(abusive(t)).toBe(false));
});
