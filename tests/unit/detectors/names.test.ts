import { describe, expect, it } from 'vitest';
import { all, found } from './helpers.ts';

describe('names', () => {
  it.each([
    ['Gisteren met daan en sanne naar de bios geweest', ['daan', 'sanne']],
    ['Thanks Eve, see you at the party!', ['Eve']],
    ['thijs heeft zijn fiets weer laten staan', ['thijs']],
    ['ff bellen met roel en anouk over de excursie', ['roel', 'anouk']],
    ['Dank aan Pieter-Jan en Anne-Marie voor de borrel.', ['Pieter-Jan', 'Anne-Marie']],
    ['Mijn collega Wieteke de Vries heeft een nieuwe baan.', ['Wieteke de Vries']],
    ['Wie kent Jelle van den Berg uit 4 havo?', ['Jelle van den Berg']],
    ['Felicitaties voor Mw. Hoogeveen met haar pensioen!', ['Mw. Hoogeveen']],
    ['Meneer Bosma is ziek, de les vervalt.', ['Meneer Bosma']],
    ['IBAN NL91ABNA0417164300 t.n.v. J.P. van Dijk', ['J.P. van Dijk']],
    ['Our student Emily Johnson won the maths contest.', ['Emily Johnson']],
    ['Shoutout to Jake and Olivia for helping!', ['Jake', 'Olivia']],
    ['My niece Ava turned 9 today!', ['Ava']],
    ['Thanks to Mr. Smith and Ms. O\'Brien for the evening.', ['Mr. Smith', "Ms. O'Brien"]],
    ['Bedankt juf Mirjam en meester Kees!', ['Mirjam', 'Kees']],
    ['Big thanks to Ms. de Vries and Mr. Jansen', ['Ms. de Vries', 'Mr. Jansen']],
    ['Vraag het mevrouw van der Meer', ['mevrouw van der Meer']],
    ['Buurman Mark helpt met opruimen.', ['Mark']],
    ['kzag sjoerd de boer op tv', ['sjoerd de boer']],
    ['Ellen\'s farewell gift is ready', ['Ellen']],
    ['Trots op Jildou 🎉🎉 wat een prestatie', ['Jildou']],
    // A possessive before a listed first name, also opening a sentence after another one.
    ['Wat een dag. Onze Thijmen viel van de trap.', ['Thijmen']],
    ['Onze Mila (7) is gek op paarden', ['Mila']],
    ['So proud of my Oliver today', ['Oliver']],
    // A sentence opener no list knows, with a quotation attributed to it: a verb of saying or a colon and a quote.
    ['Kapteijns zei dat de excursie niet doorgaat.', ['Kapteijns']],
    ['Ketelaar: "We gaan er alles aan doen."', ['Ketelaar']],
    // The speaker after a quotation, introduced by an inverted verb of saying.
    ['"Great game", said Oosterwijk after the match.', ['Oosterwijk']],
    // A listed first name in capitals that the tagger tags too.
    ['GEFELICITEERD DAAN MET JE DIPLOMA', ['DAAN']],
    ['IS THAT OLIVER?!', ['OLIVER']],
  ])('finds the names in %j', (text, names) => {
    expect(found(text, 'name')).toEqual(names);
  });

  it.each([
    'Vandaag in Leeuwarden geweest met de klas, mooie dag in het Fries Museum.',
    'Roos en tulpen in de tuin, de lente is begonnen.',
    'Nieuwe bas gekocht en een gitaar voor mijn verjaardag.',
    'Mark your calendars: parents\' evening on 12 March.',
    'Will you join us? Grace period ends Friday.',
    'LET OP: HAVO 4 HEEFT MORGEN VRIJ',
    'Zwemles: "neem een handdoek mee"',
    'Proud to present at the Summer School on Teaching and Learning.',
    'We visited the Royal Academy of Art this weekend.',
    'The Hope Foundation donated books.',
    'Sail Den Helder was prachtig.',
    'Lieve collega\'s, morgen trakteer ik op taart.',
    'Toets Engels en Frans op maandag, Duits in april.',
    'Nieuwe iPad en de KiKa-loop.',
    'Rooster bij Liudger Drachten is weer omgegooid.',
    "Please keep the fireworks down this New Year's Eve.",
    'Christmas Eve with the family, and Mother\'s Day next week.',
  ])('leaves %j alone', (text) => {
    expect(found(text, 'name')).toEqual([]);
  });

  it('does not report the writer\'s own name in a signature or disclosure', () => {
    expect(found('Goede les vandaag.\n\n— Anna Visser | docent biologie bij CSG Liudger', 'name')).toEqual([]);
    expect(found('Succes allemaal! [Pieter, docent wiskunde @ CSG Liudger]', 'name')).toEqual([]);
    expect(found('Wie neemt er taart mee?\nGroetjes,\nEmma', 'name')).toEqual([]);
    expect(found('See you all on Friday. Thanks,\nEmma', 'name')).toEqual([]);
    expect(found('Great lesson. — Tom Brouwer, teacher of German, CSG Liudger', 'name')).toEqual([]);
  });

  it('lets a more specific category win over a name inside it', () => {
    expect(all('mail jildou.tichelaar@gmail.com')).toEqual(['email:jildou.tichelaar@gmail.com']);
  });

  it('finds a word of a full name again when it comes back alone later in the draft', () => {
    expect(found('Gisteren sprak ik Oksana Kowalczyk na de les. Kowalczyk vertelde dat het goed ging.', 'name')).toEqual([
      'Oksana Kowalczyk',
      'Kowalczyk',
    ]);
    // Not the writer's own name in a signature, and not a word that was never part of a full name.
    expect(found('Trots op Wytske Hoekstra!\n— Hoekstra | docent biologie', 'name')).toEqual(['Wytske Hoekstra']);
  });
});
