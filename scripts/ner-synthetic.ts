// Synthetic training drafts for the person-name tagger: short school social-media posts in Dutch and English,
// written here from templates (not from the dev corpus or any test set), with names of many origins in every
// form a teacher types them: first name alone, with surname, particles ("van der Vlist"), double surnames,
// initials, titles ("mevrouw Öztürk"), nicknames, lower case. Invented names built from syllables make the
// tagger lean on context rather than on any list. Capitalised things that are not people (places, brands,
// papers, series, subjects, holidays) are in the templates as negatives.
import { lexicon } from '../src/protocol/detectors/lexicon.ts';
import type { Sentence } from './ner-data.ts';

const split = (s: string) => s.split(/\s*,\s*/).filter(Boolean);

// First names and surnames by origin (training only; the unit test uses other origins on purpose).
const FIRST: Record<string, string[]> = {
  dutch: split('Sanne, Daan, Lotte, Bram, Femke, Joris, Noor, Thijs, Eva, Ruben, Anouk, Stijn, Lieke, Jesse, Fenna, Sem, Isa, Luuk, Mark, Bas, Iris, Floor, Merel, Jan, Pieter, Marieke, Gerrit, Hanneke, Wouter'),
  frisian: split('Jildou, Sjoerd, Hylke, Baukje, Tjitske, Doutzen, Jelmer, Sietske, Auke, Wopke, Gerlof, Hiske, Tsjalling, Froukje, Ate, Minke'),
  turkish: split('Ayşe, Elif, Emre, Zeynep, Burak, Selin, Kerem, Esra, Hakan, Büşra, Oğuz, Melek, Serkan, Derya'),
  moroccan: split('Mohamed, Fatima, Soufiane, Khadija, Yassine, Imane, Hamza, Nadia, Ilias, Salma, Anass, Malika, Bilal, Samira, Zakaria'),
  syrian: split('Rami, Lina, Omar, Rania, Khaled, Dima, Ahmad, Hiba, Tareq, Yara, Majd, Nour, Bashar, Reem'),
  eritrean: split('Yonas, Senait, Filmon, Helen, Tesfay, Saba, Dawit, Rahwa, Mussie, Luwam, Semhar, Yohannes'),
  somali: split('Ayaan, Hodan, Abdirahman, Faduma, Mahad, Ifrah, Liban, Sagal'),
  polish: split('Kasia, Piotr, Agnieszka, Tomasz, Magda, Krzysztof, Zofia, Wojciech, Ola, Bartek, Małgorzata, Łukasz'),
  ukrainian: split('Taras, Olena, Dmytro, Iryna, Bohdan, Yulia, Andriy, Sofiia, Mykola, Nataliya, Vitaliy'),
  vietnamese: split('Linh, Minh, Thao, Duc, Huong, Tuan, Mai, Quang, Anh, Phuong, Hieu'),
  english: split('Emily, Jake, Olivia, Harry, Chloe, Liam, Grace, Oliver, Megan, Ethan, Sophie, Noah, Ellie, George, Will, Amber'),
  hindustani: split('Ravi, Anjali, Sunil, Kavita, Rajesh, Shanti, Vikash, Reshma, Dinesh'),
  chinese: split('Wei, Xiu, Jun, Mei, Li Na, Hao, Yan, Zhen, Ming'),
  afghan: split('Farid, Zahra, Wahid, Mariam, Jawad, Shabnam, Hamid, Parwana'),
};
const SURNAMES: Record<string, string[]> = {
  dutch: split('de Jong, Jansen, de Vries, van den Berg, Bakker, Visser, Smit, Meijer, de Boer, Mulder, Vos, Peters, Hendriks, van Dijk, ter Horst, van Leeuwen, Kuipers, Verhoeven, Brouwer, de Graaf, Veenstra, Dekker'),
  frisian: split('Hoekstra, Bosma, Zijlstra, Postma, Dijkstra, Wiersma, Terpstra, Sikkema, Hiemstra, de Haan, Sijtsma, Kingma, Nauta, Wijbenga, Feenstra, Talsma'),
  turkish: split('Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Arslan, Doğan, Kılıç, Yıldız, Koç'),
  moroccan: split('El Amrani, Bouzid, Benali, El Idrissi, Aarab, Boukhari, Tahiri, Ouali, El Khattabi, Azzouzi'),
  syrian: split('Al-Hassan, Haddad, Khoury, Al-Ahmad, Saleh, Nassar, Darwish, Haj Ali'),
  eritrean: split('Tesfaye, Ghebremedhin, Haile, Kidane, Berhane, Woldemichael, Tekle, Asfaha'),
  somali: split('Warsame, Abdullahi, Farah, Jama, Hassan Ali, Mohamud'),
  polish: split('Kowalski, Nowak, Wiśniewska, Wójcik, Kamiński, Lewandowska, Zieliński, Szymańska'),
  ukrainian: split('Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchuk, Melnyk, Oliynyk, Petrenko'),
  vietnamese: split('Tran, Le, Pham, Hoang, Vu, Dang, Bui, Do'),
  english: split('Smith, Johnson, Brown, Taylor, Wilson, Evans, Thomas, Roberts, Walker, Wright, Green, Baker'),
  hindustani: split('Ramdin, Jhinkoe, Mahabier, Ramsaran, Baldewsingh, Sewnath'),
  chinese: split('Chen, Wang, Zhang, Liu, Huang, Zhou'),
  afghan: split('Ahmadi, Karimi, Rahimi, Sultani, Noori'),
};
const NICK: Record<string, string> = { Sanne: 'San', Daan: 'Daantje', Femke: 'Fem', Thijs: 'Thijsje', Mohamed: 'Mo', Fatima: 'Fati', Agnieszka: 'Aga', Kasia: 'Kaś', Oliver: 'Ollie', Yonas: 'Yoni' };

const PLACES = split('Drachten, Leeuwarden, Groningen, Heerenveen, Sneek, Amsterdam, Rotterdam, Utrecht, New York, Londen, London, Parijs, Paris, Berlijn, Istanbul, Ankara, Casablanca, Rabat, Damascus, Aleppo, Asmara, Warschau, Kraków, Kyiv, Lviv, Hanoi, Texel, Ameland, Schiermonnikoog, Friesland, Duitsland, Turkije, Marokko, Oekraïne, Spanje, Gent, Brussel, Zwolle, Harlingen, Dokkum, Burgum, Surhuisterveen, Appelscha, Oranjewoud, Efteling, Walibi');
const THINGS = split('Mercedes, Albert Heijn, Jumbo, Philips, Ajax, Feyenoord, SC Heerenveen, NOS, Omrop Fryslân, De Financiële Morgen, De Telegraaf, de Volkskrant, Leeuwarder Courant, Star Trek, Star Wars, Harry Potter, Netflix, Spotify, Coca-Cola, Roman history, Gouden Eeuw, Tweede Wereldoorlog, World War II, Magister, Teams, Google Classroom, Kahoot, Duolingo, Champions League, Eurovisie, Koningsdag, Sinterklaas, Kerst, Ramadan, Suikerfeest, Pasen, Elfstedentocht, Formule 1, Max Verstappen Fan Zone, Rijksmuseum, Fries Museum, Anne Frank Huis, Microsoft, Apple, iPad, Chromebook, Volkswagen, Toyota, Tesla, PlayStation, Minecraft, Fortnite, TikTok, Instagram, Kunstmaand, Open Dag, Dance4Life, KiKa, Unicef, Rode Kruis, Voedselbank, New Year, Black Friday');
const SUBJECTS = split('wiskunde, Nederlands, Engels, Frans, Duits, biologie, geschiedenis, aardrijkskunde, economie, scheikunde, natuurkunde, LO, CKV, maatschappijleer, Fries');

// Templates: {P} a person in any form, {F} a first name, {S} title + surname, {L} a place, {T} a thing that is
// not a person, {V} a subject, {N} a number, {C} a class ("3 havo", "H4b").
const NL = [
  '{P} heeft vandaag de debatwedstrijd gewonnen! Trots 🏆',
  'Trots op {P} uit {C} die de voorleeswedstrijd won.',
  'Gisteren met {F} en {F} naar {L} geweest voor de excursie.',
  'Mijn leerling {P} mag door naar de landelijke finale.',
  'Mijn mentorleerling {F} is jarig vandaag 🎉',
  'Dank aan {S} voor het regelen van de bus naar {L}.',
  'De moeder van {F} belde over de toets van {V}.',
  'De vader van {P} komt morgen om {N} uur langs.',
  '{F} was weer te laat, derde keer deze week.',
  'Vraag het even aan {S}, die weet het rooster.',
  'Welkom aan onze nieuwe collega {P}!',
  'Beterschap {F}, we missen je in de les.',
  'Gefeliciteerd {F} met je diploma 🎓',
  'Hoi {F}, kun je morgen de sleutel van lokaal {N} meenemen?',
  'Met {F} en {F} uit mijn mentorklas naar {L} geweest.',
  'Heeft iemand het nummer van {P}? Haar ouders zoeken haar.',
  '{S} is ziek, de les {V} vervalt.',
  'Vandaag les gehad over de {T} met {C}.',
  'Wat een mooie dag in {L} met de hele klas!',
  'Morgen toetsweek, dus vanavond nog {V} nakijken.',
  'Onze school stond in de {T} vandaag.',
  'Na de les {V} nog even naar de {T} gekeken.',
  'De nieuwe {T} staat op het plein, wie is de eigenaar?',
  'Ik ben docent {V} en schrijf dit op persoonlijke titel.',
  'Ouderavond tot {N} uur, veertien gesprekken en koffie.',
  'Volgende week gaan we met {C} naar {L}.',
  'Het rooster is weer omgegooid, zeven tussenuren deze week.',
  '{F} en {F} hebben samen het project over de {T} gemaakt.',
  'Shoutout naar {P} voor de hulp bij de open dag!',
  'Bedankt {S} en {S} voor de mooie kerstviering.',
  'Ik zag {P} gisteren bij de {T}, wat een toeval.',
  'Juf {F} gaat met zwangerschapsverlof, succes!',
  'Meester {F} heeft de schaakclub overgenomen.',
  'Dit is {F}, onze nieuwe stagiair bij {V}.',
  'Weet iemand waar {P} woont? Ze heeft haar tas laten liggen.',
  'Nieuws van {T}: de school is vrijdag dicht.',
  'In {L} was het vandaag prachtig weer voor de sportdag.',
  'Groeten,\n{P}',
  'Met vriendelijke groet, {P} | docent {V}',
  '— {F}',
  'Volgens {P} klopt het rooster niet.',
  '{P} en {P} zijn geschorst na het gevecht op het plein.',
  'Leerling {P} ({C}) heeft een dyslexieverklaring.',
  'Collega {P} en ik geven samen de workshop over {T}.',
  'Wie heeft {F} gezien? Hij moest nog een toets inhalen.',
  'Mijn zoon {F} zit ook bij {P} in de klas.',
  'Onze dochter {F} heeft een 9 voor {V} 😍',
  'Toen {F} binnenkwam, was de hele klas stil.',
  'Namens {P} wil ik iedereen bedanken.',
  'Volg ons ook op {T} voor meer nieuws.',
  'We hebben een nieuwe {T} gekocht voor de sectie {V}.',
  'De excursie naar het {T} was een succes.',
  'Kijk die {T} serie niet tijdens de les 😅',
  'Rijdt er iemand met een {T} naar de sportdag?',
];
const EN = [
  'So proud of {P} for winning the regional debate!',
  'Thanks to {S} for organising the trip to {L}.',
  'Big thanks to {P} and {P} for helping at the open day.',
  'My student {F} got into the national final!',
  'Happy birthday {F}! 🎂',
  '{F} was late again today, third time this week.',
  'Shoutout to {F} and {F} for the amazing project on {T}.',
  'Congrats {F} on your diploma!',
  'Met {P} at the conference in {L} today.',
  'Our new colleague {P} starts on Monday.',
  'Ask {S}, she knows the timetable.',
  '{P} and I are running the workshop on {T}.',
  'Went to {L} with my class, great day!',
  'Watching {T} with the kids tonight.',
  'We studied {T} today in year 9.',
  'Does anyone have the number of {P}? Her parents are looking for her.',
  'Her mother {F} called about the maths test.',
  'Cheers,\n{F}',
  'Best regards, {P} | teacher of {V}',
  'Get well soon {F}, we miss you in class!',
  'According to {P}, the schedule is wrong.',
  'I saw {P} at the {T} store yesterday.',
  'Thank you {S} for the lovely evening.',
  'Driving a {T} to the sports day? Let me know.',
  '{T} announced a new season today.',
  'My daughter {F} loves {T}.',
  'lol {F} you were hilarious today',
  'with {F} and {F} at {L} 😎',
  'The {T} was great, thanks everyone!',
  'Reading about the {T} in class today.',
];
// News-style sentences: persons are often a surname alone ({R}), opening a sentence or after a role.
const NEWS = [
  '{R} zei dat de school de regels zal aanpassen.',
  '{R} benadrukte gisteren dat de plannen doorgaan.',
  '"Dat is geen goede oplossing", zegt {R}.',
  '"We gaan door", aldus {R}.',
  'Volgens {R} is het probleem nog niet opgelost.',
  'Minister {R} geeft toe dat er problemen zijn.',
  'Wethouder {P} opende het nieuwe gebouw in {L}.',
  '{P} (45) werd vorig jaar directeur van {T}.',
  '{R}: "Samen met {L} lopen we voorop."',
  'Ook {R} was niet tevreden over de uitslag.',
  '{P}, voorzitter van de ouderraad, reageerde verbaasd.',
  'De rector, {P}, wil de zaak uitzoeken.',
  'Dat meldt {R} aan de {T}.',
  'Premier {R} heeft de motie overleefd.',
  '{R} wint de finale in {L}.',
  'Trainer {R} was na afloop kritisch.',
  '{P} en {P} presenteren het nieuwe plan.',
  'Het boek van {P} verschijnt in oktober.',
  'Gisteren gebeld met {R} over het rapport.',
  'Vraag het even aan {R}, die weet het.',
  'Ik heb {R} gemaild over het cijfer van {V}.',
  'Morgen heb ik een gesprek met {R} en de mentor.',
  'Heb je {R} al gesproken?',
  '{R} heeft de sleutel van het lokaal.',
  '{F} vergat zijn gymtas weer.',
  '{F} trakteerde de klas op cake 🎂',
  '{F} stond als eerste bij de bus.',
  '{F} en {F} wonnen de schaakwedstrijd.',
  'Called {R} about the report.',
  '{F} forgot her lunch again.',
  '{R} said the school would change the rules.',
  '"We will keep going," {R} said.',
  'According to {R}, nothing has been decided yet.',
  'Coach {R} praised the team after the match.',
  '{P}, head of the parents council, was surprised.',
  '{T} meldt dat de staking doorgaat.',
  '{T} en {T} gaan samenwerken.',
  'De fusie tussen {T} en {T} is rond.',
  'Volgens {T} stijgen de prijzen.',
  'In {L} werd gisteren een nieuw record gevestigd.',
];
// Sentences with capitalised words that look like names but are not people.
const NEG = [
  'Roman history is my favourite subject this year.',
  'New York was amazing, the kids loved it.',
  'De Financiële Morgen schreef over de nieuwe cao.',
  'Star Trek marathon this weekend!',
  'Mercedes heeft een nieuwe elektrische auto gepresenteerd.',
  'Roos en tulpen in de tuin, de lente is begonnen.',
  'Mark your calendars: parents evening on 12 March.',
  'Will you join us? Grace period ends Friday.',
  'Hope you all have a great holiday!',
  'Grace and peace to everyone this Christmas.',
  'Iris scan werkt niet bij de nieuwe iPad.',
  'Joy all around at the sports day.',
  'Sterling Silver jewellery sale at the market.',
  'Summer School starts in July.',
  'Bas en gitaar staan klaar voor de musical.',
  'Floor is nat, pas op in de gang!',
  'May the force be with you.',
  'Rose garden visit with the biology class.',
  'Victoria Station was packed this morning.',
  'Amber alert ingetrokken, het kind is gevonden.',
  'Melody and rhythm were the topics today.',
  'Dean of students meeting at 10.',
  'Jade Garden has the best dim sum in town.',
  'Madison Square Garden was loud.',
  'Florence Nightingale Day at the hospital.',
  'Lincoln Memorial is on our trip list.',
  'Van Gogh Museum was een aanrader.',
  'Johan Cruijff ArenA stond vol.',
  'Anne Frank Huis bezocht met klas 3.',
];

function pick<T>(r: () => number, a: T[]): T {
  return a[Math.floor(r() * a.length)]!;
}

const SYLL = split('ka, lo, mi, ta, ne, ri, su, ba, do, fe, gi, ha, jo, ku, le, ma, no, pa, ro, se, ti, va, ye, za, an, el, or, us, in, ay');
function invented(r: () => number): string {
  let s = '';
  const n = 2 + Math.floor(r() * 2);
  for (let i = 0; i < n; i++) s += pick(r, SYLL);
  if (r() < 0.3) s += pick(r, split('a, o, e, i, n, s, k, r, t, h'));
  return s[0]!.toUpperCase() + s.slice(1);
}

export interface Namer {
  first(): string;
  surname(): string;
  /** A name as one or more words, shaped like `like` (one word, or first name and surname). */
  person(like: string): string;
}

/** Draws names of many origins; `bigSurnames` (e.g. the Meertens list) adds the morphology of rarer ones. */
export function namer(r: () => number, bigSurnames: string[] = []): Namer {
  const lex = lexicon();
  const lexFirst = [...lex.strong];
  const lexWord = [...lex.word].filter((w) => !['kim', 'roos'].includes(w)); // the issue's own examples stay unseen
  const lexSur = [...lex.surnames].filter((s) => !s.includes(' ')).map((s) => s[0]!.toUpperCase() + s.slice(1));
  const origins = Object.keys(FIRST);
  const firstName = (origin: string): string => {
    const x = r();
    if (x < 0.2) return invented(r);
    if (x < 0.27) {
      // First names that are also words (Roos, Kim, Mark): the context must tell.
      const f = pick(r, lexWord);
      return f[0]!.toUpperCase() + f.slice(1);
    }
    if (x < 0.4) {
      const f = pick(r, lexFirst);
      return f.split('-').map((p) => p[0]!.toUpperCase() + p.slice(1)).join('-');
    }
    const f = pick(r, FIRST[origin]!);
    return NICK[f] && r() < 0.15 ? NICK[f]! : f;
  };
  const surname = (origin: string): string => {
    const x = r();
    if (x < 0.15) return invented(r) + pick(r, split(', , a, ma, stra, ov, ski, enko, oğlu, i, an, son'));
    if (x < 0.25) return pick(r, lexSur);
    if (x < 0.5 && bigSurnames.length) return pick(r, bigSurnames);
    const s = pick(r, SURNAMES[origin]!);
    return r() < 0.06 ? s + '-' + pick(r, SURNAMES[pick(r, origins)]!).replace(/^(?:van der|van den|van|de|ter|el) /i, '') : s;
  };
  return {
    first: () => firstName(pick(r, origins)),
    surname: () => surname(pick(r, origins)),
    person(like: string) {
      const o = pick(r, origins);
      const words = like.trim().split(/\s+/).length;
      let out = words === 1 ? (r() < 0.5 ? firstName(o) : surname(o).replace(/^(van|de|ter|el)\b/, (p) => p[0]!.toUpperCase() + p.slice(1))) : firstName(o) + ' ' + surname(o);
      if (like === like.toLowerCase()) out = out.toLowerCase();
      return out;
    },
  };
}

export function synthetic(r: () => number, count: number, bigSurnames: string[] = []): Sentence[] {
  const origins = Object.keys(FIRST);
  const nm = namer(r, bigSurnames);
  const firstName = (_o: string) => nm.first();
  const surname = (_o: string) => nm.surname();
  const titles = ['mevrouw', 'meneer', 'juf', 'meester', 'Mw.', 'Dhr.', 'Mevr.', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'fam.', 'docent', 'collega'];

  const out: Sentence[] = [];
  for (let k = 0; k < count; k++) {
    const neg = r() < 0.08;
    const en = r() < 0.35;
    const tpl = neg ? pick(r, NEG) : r() < 0.2 ? pick(r, NEWS) : pick(r, en ? EN : NL);
    const lower = r() < 0.15;
    let text = '';
    const persons: [number, number][] = [];
    let last = 0;
    const re = /\{([PFSRLTVNC])\}/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(tpl))) {
      text += tpl.slice(last, m.index);
      last = m.index + m[0].length;
      const origin = pick(r, origins);
      let piece = '';
      let personFrom = -1;
      switch (m[1]) {
        case 'P': {
          const x = r();
          const f = firstName(origin);
          if (x < 0.35) piece = f;
          else if (x < 0.8) piece = f + ' ' + surname(origin);
          else if (x < 0.88) piece = f[0] + '. ' + surname(origin);
          else if (x < 0.94) piece = surname(origin).replace(/^(van|de|ter|el)\b/, (p) => p[0]!.toUpperCase() + p.slice(1));
          else piece = f + ' ' + f[0] + '. ' + surname(origin).split(' ').pop();
          personFrom = 0;
          break;
        }
        case 'R':
          piece = surname(origin).replace(/^(van|de|ter|el)\b/, (p) => p[0]!.toUpperCase() + p.slice(1));
          if (r() < 0.3) piece = firstName(origin) + ' ' + surname(origin);
          personFrom = 0;
          break;
        case 'F':
          piece = firstName(origin);
          personFrom = 0;
          break;
        case 'S': {
          const t = pick(r, titles);
          const s = r() < 0.3 ? firstName(origin) : surname(origin);
          piece = t + ' ' + s;
          personFrom = t.length + 1;
          break;
        }
        case 'L':
          piece = pick(r, PLACES);
          break;
        case 'T':
          piece = pick(r, THINGS);
          break;
        case 'V':
          piece = pick(r, SUBJECTS);
          break;
        case 'N':
          piece = String(1 + Math.floor(r() * 23));
          break;
        case 'C':
          piece = pick(r, split('3 havo, H4b, 2 vwo, 1B, klas 2c, V5, year 9, 4 mavo'));
          break;
      }
      if (lower && !tpl.includes('"') && m[1] !== 'T' && m[1] !== 'L') piece = piece.toLowerCase();
      const start = text.length;
      text += piece;
      if (personFrom >= 0) persons.push([start + personFrom, text.length]);
    }
    text += tpl.slice(last);
    if (lower) text = text.toLowerCase();
    out.push({ text, persons });
  }
  return out;
}
