// Synthetic ordinary sentences for the learned A8 classifier's training, written here from templates (not from
// any test set or the draft corpora): what staff, pupils and parents write to each other that addresses the
// reader ("dank je wel", "heb jij mijn oplader gezien?", "see you tomorrow"), names a person or a group, or holds
// a strong word about a thing. The team's training sets are mostly short abusive sentences and their contrasts,
// so without these the model learns that "je" and "you" are abuse.
import { rng } from './seeded-rng.ts';

const NL = [
  'dank je wel voor {THING}!', 'bedankt {N}, je bent een schat', 'heb jij {THING} van {N} gezien?', 'kun je morgen {THING} meenemen?',
  'vergeet je {THING} niet voor {DAY}', 'zie je {DAY} bij {PLACE}!', 'hoe gaat het met je {FAM}?', 'gefeliciteerd met je {EVENT}, {N}!',
  'weet jij of {PLACE} {DAY} open is?', 'jullie waren {DAY} echt geweldig bij {EVENT}', 'wat fijn dat je er {DAY} bij was', 'succes met je {EXAM}, je kunt het!',
  'ik stuur je {THING} vanavond nog door', 'als je vragen hebt over {EXAM}, mail me gerust', 'heb je al gehoord dat {N} {EVENT} heeft gewonnen?',
  'jij ook een fijne vakantie, {N}!', 'mag ik je {THING} even lenen?', 'je moet {THING} uiterlijk {DAY} inleveren', 'jullie moeten {DAY} om half negen bij {PLACE} zijn',
  'wie heeft {THING} laten liggen bij {PLACE}?', 'iedereen die mee wil naar {PLACE}, graag opgeven bij {N}', '{N} is {DAY} jarig, zing je mee?',
  'de ouders van {N} komen {DAY} praten over {EXAM}', 'ze heeft {DAY} {EXAM} gehaald, super trots op haar', 'hij is ziek, dus {EXAM} gaat niet door',
  'mijn {FAM} vond {EVENT} prachtig', 'die {THING} is echt kapot, ik word er gek van', 'wat een rotweer {DAY} zeg', '{THING} doet het weer niet, balen',
  'hou je taai en tot {DAY}', 'sterkte {N}, we denken aan je', 'jij hebt het verdiend, geniet ervan!', 'ga je {DAY} mee naar {PLACE}?',
  'jullie zijn welkom bij {EVENT}', 'ik hoop dat je {FAM} snel beter is', 'je hebt gelijk, {EXAM} was lastig', 'ken jij iemand die {THING} kan repareren?',
  'moslims, christenen en joden vierden samen {EVENT}', 'de nieuwe leerlingen uit {PLACE} zijn {DAY} begonnen', 'vrouwen en mannen doen mee aan {EVENT}',
  'wat zie je er mooi uit op {EVENT}!', 'je deed het super bij {EXAM}', 'laat je {THING} niet slingeren bij {PLACE}', 'kom je ook naar {EVENT}, {N}?',
  // The frames of abuse with praise in them (exclamations, "die X is zo'n …", "mensen zoals jij", a call on the others
  // about a named pupil): the model must weigh what is said, not the frame.
  'wat een {POS} {PN} is {N} toch', 'zag {N} net bij {PLACE}. wat een {POS} {PN} is dat', 'die {N} is zo\'n {POS} {PN}', '{N} is echt een {POS} {PN}, iedereen weet het',
  'mensen zoals jij maken {PLACE} een stuk mooier', 'iemand zoals {N} vind je niet snel, echt {POS}', 'niemand werkt zo hard als {N}, {POS} hoor',
  'iedereen wil met {N} in een groepje, logisch', 'laten we {N} allemaal feliciteren met {EXAM}!', 'jongens, {N} is {DAY} jarig, wie zet er iets in de groep?',
  'deel dit even, {N} heeft {EVENT} gewonnen!', 'als je nog één keer {THING} vergeet, kom je het bij mij ophalen 😉', '{N} kreeg een 9 voor {EXAM}, wat knap',
  'haha {N} met die nieuwe bril, staat je super 😂', 'die vader van {N} heeft {DAY} zo geholpen bij {EVENT}, top',
]
const EN = [
  'thank you so much for {THING}!', 'thanks {N}, you are a star', 'have you seen {THING} anywhere?', 'can you bring {THING} on {DAY}?',
  'see you {DAY} at {PLACE}!', 'how is your {FAM} doing?', 'congratulations on your {EVENT}, {N}!', 'good luck with your {EXAM}, you can do it!',
  'you were amazing at {EVENT} {DAY}', 'I will send you {THING} tonight', 'if you have questions about {EXAM}, just email me', 'did you hear that {N} won {EVENT}?',
  'you too, have a lovely holiday {N}!', 'you need to hand in {THING} by {DAY}', 'everyone who wants to join {EVENT}, sign up with {N}',
  'who left {THING} in {PLACE}?', "it's {N}'s birthday {DAY}, come and sing!", 'she passed {EXAM} {DAY}, so proud of her', 'he is ill, so {EXAM} is moved',
  'my {FAM} loved {EVENT}', 'this {THING} is broken again, it drives me mad', 'what awful weather {DAY}', 'hang in there and see you {DAY}',
  'thinking of you {N}, get well soon', 'you deserve it, enjoy!', 'are you coming to {PLACE} {DAY}?', 'you are all welcome at {EVENT}',
  'I hope your {FAM} feels better soon', 'you are right, {EXAM} was hard', 'do you know anyone who can fix {THING}?', 'you look great in the {EVENT} photos!',
  'muslims, christians and jews celebrated {EVENT} together', 'the new students from {PLACE} started {DAY}', 'women and men both take part in {EVENT}',
  'you did brilliantly in {EXAM}', "don't leave your {THING} lying around in {PLACE}", 'are you joining us for {EVENT}, {N}?', 'we killed it at {EVENT} {DAY}!',
  'what a {POS} {PN} {N} is', 'saw {N} at {PLACE}. what a {POS} {PN} that is', '{N} is such a {POS} {PN}', '{N} is a {POS} {PN} and everybody knows it',
  'people like you make {PLACE} a better place', 'someone like {N} is hard to find, truly {POS}', 'nobody works as hard as {N}, so {POS}',
  'everyone wants {N} in their group, no surprise', "let's all congratulate {N} on {EXAM}!", "guys, it's {N}'s birthday {DAY}, who posts in the group?",
  'share this, {N} won {EVENT}!', 'next time you forget {THING}, you can come and get it from me 😉', '{N} got an A in {EXAM}, well done',
  'haha {N} with the new glasses, they suit you 😂', "{N}'s dad helped so much at {EVENT} {DAY}, legend",
]
const SLOTS: Record<string, [string[], string[]]> = {
  THING: [['de oplader', 'het rooster', 'de sleutels', 'je gymtas', 'de toestemmingsbrief', 'de laptop', 'de printer', 'het verslag', 'de foto’s', 'de beamer', 'het boek'], ['the charger', 'the timetable', 'the keys', 'your PE kit', 'the consent form', 'the laptop', 'the printer', 'the report', 'the photos', 'the projector', 'the book']],
  DAY: [['morgen', 'vandaag', 'maandag', 'vrijdag', 'volgende week', 'zaterdag'], ['tomorrow', 'today', 'on Monday', 'on Friday', 'next week', 'on Saturday']],
  PLACE: [['de aula', 'de kantine', 'lokaal 214', 'het station', 'de sporthal', 'de bieb', 'Leeuwarden', 'Drachten'], ['the hall', 'the canteen', 'room 214', 'the station', 'the gym', 'the library', 'York', 'Leeds']],
  FAM: [['moeder', 'vader', 'oma', 'broertje', 'zus', 'dochter', 'zoon'], ['mum', 'dad', 'gran', 'little brother', 'sister', 'daughter', 'son']],
  EVENT: [['het schoolfeest', 'de musical', 'de open dag', 'het toernooi', 'de diploma-uitreiking', 'het kerstgala', 'het suikerfeest'], ['the school party', 'the musical', 'the open day', 'the tournament', 'graduation', 'the winter ball', 'Eid']],
  EXAM: [['de toets', 'het examen', 'de presentatie', 'het PWS', 'de rijles'], ['the test', 'the exam', 'the presentation', 'the project', 'the driving lesson']],
  POS: [['lieve', 'leuke', 'aardige', 'slimme', 'sterke', 'grappige', 'behulpzame', 'geweldige', 'zorgzame', 'eerlijke'], ['kind', 'lovely', 'clever', 'brave', 'funny', 'helpful', 'brilliant', 'caring', 'honest', 'talented']],
  PN: [['meid', 'jongen', 'collega', 'juf', 'leerling', 'vriend', 'buurvrouw', 'keeper', 'moeder', 'mentor'], ['girl', 'lad', 'colleague', 'teacher', 'student', 'friend', 'neighbour', 'goalkeeper', 'mum', 'mentor']],
  N: [['Sanne', 'Yusuf', 'Fenna', 'Mehmet', 'Jelle', 'Amira', 'Tjitske', 'Bram', 'Noor', 'Daan'], ['Emily', 'Omar', 'Jack', 'Priya', 'Liam', 'Chloe', 'Kwame', 'Sophie', 'Ben', 'Aisha']],
};

/** `count` sentences, Dutch and English in turn, from a seeded generator. */
export function a8Synthetic(seed: number, count: number): { lang: 'nl' | 'en'; text: string }[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const out: { lang: 'nl' | 'en'; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const nl = i % 5 < 3;
    let text = pick(nl ? NL : EN).replace(/\{([A-Z]+)\}/g, (_, s: string) => pick(SLOTS[s]![nl ? 0 : 1]));
    if (r() < 0.3) text = text[0]!.toUpperCase() + text.slice(1);
    if (r() < 0.15) text += pick([' 😊', ' 🙏', ' 🎉', ' x', '!!', ' #liudger']);
    out.push({ lang: nl ? 'nl' : 'en', text });
  }
  return out;
}
