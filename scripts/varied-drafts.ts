// Realistic varied drafts for timing (npm run bench, scripts/ner-profile.ts): sentences of many kinds with
// names of many origins drawn per draft, so the name tagger meets new words every time.
import { rng } from './seeded-rng.ts';

// Realistic varied drafts: sentences of many kinds with names of many origins drawn per draft, so the
// name tagger meets new words every time (not one sentence repeated).
const VARIED = [
  'Trots op {N} uit {C}, winnaar van de voorleeswedstrijd!',
  'Gisteren met {N} en {N} naar het museum in Leeuwarden.',
  'De moeder van {N} belde over het rooster van volgende week.',
  'Mijn leerling {N} {S} mag door naar de landelijke finale.',
  'Thanks to {N} for organising the trip to Berlin!',
  'Volgens {S} gaat de excursie gewoon door, ondanks het weer.',
  'Vandaag een les over de Gouden Eeuw en de VOC met {C}.',
  'Wie heeft de oplader van de iPad in lokaal 2.14 laten liggen?',
  'Mevrouw {S} is ziek, de les wiskunde vervalt morgen.',
  'happy birthday {n}!! 🎉 have a great day',
  'Ouderavond tot 22.00 uur; veertien gesprekken en vijf koppen koffie.',
  'Star Trek marathon this weekend with my nephews.',
  'Heeft iemand het nummer van {N} {S}? Haar ouders zoeken haar.',
  'Roman history was the topic today, the class loved it.',
  'Met {n} en {n} uit mijn mentorklas de open dag voorbereid.',
];
const VFIRST = 'Sanne Yusuf Oksana Wytske Hidde Mehmet Priya Abdi Linh Kasia Tjitske Rania Filmon Emily Bram Zeynep Dawit Olena'.split(' ');
const VSUR = 'de Jong Öztürk Bosma Nguyen Kowalski van der Vlist Shevchenko El Amrani Haile Dijkstra Smith Goossens'.split(' ');
export function variedText(length: number, seed: number): string {
  const next = rng(seed);
  const pickOf = (a: string[]) => a[Math.floor(next() * a.length)]!;
  let out = '';
  while (out.length < length) {
    const s = pickOf(VARIED)
      .replace(/\{N\}/g, () => pickOf(VFIRST))
      .replace(/\{n\}/g, () => pickOf(VFIRST).toLowerCase())
      .replace(/\{S\}/g, () => pickOf(VSUR))
      .replace(/\{C\}/g, () => pickOf(['3 havo', 'H4b', '2 vwo']));
    out += s + (next() < 0.2 ? '\n' : ' ');
  }
  return out.slice(0, length);
}
