// A8: insults, threats, bullying and harassment, Dutch and English. Hand-written lexicons and patterns:
// the toxicity models on npm are large neural networks (far over the size budget, and English only), and the
// word-list packages flag every swear word, while here mild swearing about things ("kutdag") must pass and
// an insult must be aimed at a person. Negation ("geen idioot") and reported speech ("noemde me een idioot")
// are let through, as is the writer calling themselves names.
import { report, type Rule } from '../rule.ts';
import type { Finding, RuleMeta } from '../types.ts';

export const meta: RuleMeta = {
  code: 'abusive',
  article: 'A8',
  severity: 'error',
  messageKeys: ['rule_abusive_title', 'rule_abusive_detail'],
  setting: 'abusive',
};

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Diminutive endings: "klootzakje", "huftertje", "lulletje". */
const DIM = '(?:je|tje|pje|etje|jes|tjes|ie)?';

/** People-nouns that a curse or "rot-/kut-" prefix turns into an insult: "rotjoch", "kankerlijer", "kutwijf". */
const PERSON_STEM =
  'lijer|lijers|lijder|lijders|hoer|hoeren|wijf|wijven|joch|jochie|jong|jongen|kind|kinderen|mongool|mongolen|vent|venten|kop|zak|lul|flikker|homo|gast|gasten|mof|aap|apen|trut|slet|leraar|docent|juf|buurman|buurvrouw|moeder|vader|ouders|mens|sukkel|idioot|debiel|figuur|klootzak|hond|honden|beest|varken|manneke';

/** Words that insult whoever they are aimed at; no target needed. */
export const SLURS = new RegExp(
  `${B}(?:(?:klootzak|klootviool|trut|kutwijf|kuttekop|hoer|slet|sloerie|mongool|hufter|zakkenwasser|klojo|etterbak|schoft|rotzak|vuilak|smeerlap|randdebiel)(?:en|s)?${DIM}|(?:kanker|tering|tyfus|pleuris|klere|kolere|kut|rot)-?(?:${PERSON_STEM})${DIM}|mongolen|debiel|debielen|debiele|lullo|bitch|bitches|bastard|bastards|asshole|assholes|arsehole|dickhead|retard|retards|retarded|cunt|whore|slut|motherfucker|scumbag|wanker|twat|son\\s+of\\s+a\\s+bitch|piece\\s+of\\s+(?:shit|garbage|trash|crap|work)|(?:stuk|stukje)\\s+(?:ongeluk|vreten|stront|shit|chagrijn|onbenul|tuig|vuil|schorem)|krijg\\s+(?:toch\\s+)?(?:de|het)\\s+(?:kanker|tering|tyfus|pleuris|klere|kolere|pest|typhus)|(?:kanker|tering|tyfus|pleuris)\\s+(?:toch\\s+)?op|everyone\\s+hates\\s+you|nobody\\s+(?:likes|wants)\\s+you|iedereen\\s+haat\\s+(?:je|jou)|niemand\\s+(?:mag|wil)\\s+(?:je|jou)|kill\\s+yourself|kys|ga\\s+(?:toch\\s+)?dood|drop\\s+dead|maak\\s+jezelf\\s+(?:van\\s+kant|af))${E}`,
  'gu',
);

/** Insulting nouns that need a cue that they are aimed at someone ("wat een sukkel", "you're a loser"). */
const MILD_NOUNS =
  'eikel|eikels|eikeltje|lul|lulletje|klier|kliertje|dief|dieven|dievegge|thief|thieves|brat|brats|rat|rats|scum|vermin|leech|parasite|parasiet|parasieten|tuig|schorem|etterbakje|idiootje|sukkeltje|idioot|idioten|sukkel|sukkels|loser|losers|lozer|sufferd|oen|mafkees|kneus|domkop|stomkop|dombo|mislukkeling|nietsnut|leugenaar|leugenaars|aansteller|zielenpoot|idiot|idiots|moron|morons|clown|clowns|bully|creep|jerk|liar|cheat|freak|weirdo|imbecile|fool|malloot|uilskuiken|watje|zeikerd|zeikerds|zeurpiet|zeurkous|snotaap|snotneus|hork|lomperik|engerd|viezerik|griezel|psycho|psychopath|lunatic|maniac|nutcase|nutjob';
const CUE =
  "wat\\s+een|what\\s+an?|such\\s+an?|zo'?n|echt\\s+een|gewoon\\s+een|is\\s+een|ben\\s+je\\s+een|bent\\s+een|bent\\s+echt\\s+een|je\\s+bent|jij|you're\\s+an?|you\\s+are\\s+an?|you\\s+(?:little|stupid|fat|ugly|dumb|pathetic)|he's\\s+an?|she's\\s+an?|is\\s+an?|is\\s+the\\s+biggest|die|that|deze|vuile|vieze|dirty|stupid|stomme|domme|dikke|vette|luie|lazy|fat|ugly|lelijke|incompetente|incompetent|pathetic|useless|hopeless|hopeloos|hopeloze|total|complete|totale|agressieve|aggressive|miserable|zielige|sad|lying|cheating|you\\s+little|you\\s+dirty|you\\s+filthy|little|kleine|gemene|sneaky|stinking|filthy";
export const AIMED_INSULT = new RegExp(`${B}(?:${CUE})\\s+(?:[\\p{L}'-]+\\s+){0,2}?(?:${MILD_NOUNS})${E}`, 'gu');

/** "idioot dat je bent", "tyfusjoch die je bent", "liar that you are": an insult put to the reader. */
export const INSULT_YOU_ARE = new RegExp(
  `${B}(?:${MILD_NOUNS}|(?:kanker|tering|tyfus|pleuris|klere|kut|rot)-?(?:${PERSON_STEM})|klootzak|hufter|trut|mongool|debiel|etterbak)${DIM}\\s+(?:dat|die|that)\\s+(?:je|jij|u|you)\\s+(?:bent|is|are)${E}`,
  'gu',
);

/** Nouns that insult only with an insulting adjective right before them: "incompetente zak", "hopeloos geval". */
export const INSULT_ADJ_NOUN = new RegExp(
  `${B}(?:incompetente|incompetent|vuile|vieze|luie|vette|hopeloos|hopeloze|hopeless|zielig|zielige|totale|blinde|stomme|domme|pathetic|useless|lazy|dirty|stupid|walgelijke|waardeloze|worthless|complete|total|sad|miserable|ellendige)\\s+(?:zak|zakken|geval|gevallen|case|figuur|figuren|nul|aap|pig|varken|mol|nobody|waste\\s+of\\s+space|excuse\\s+for\\s+a\\s+\\p{L}+)${E}`,
  'gu',
);

/** An insulting adjective on a person: "het domste kind", "the most useless kid", "incompetente zak". */
export const INSULT_ON_PERSON = new RegExp(
  `${B}(?:dom|domme|domste|stom|stomme|stomste|achterlijk|achterlijke|achterlijkste|debiele|lelijk|lelijke|lelijkste|dikke|vette|luie|waardeloze|waardeloos|incompetente|hopeloze|zielige|walgelijke|useless|stupid|stupidest|dumbest|dumb|ugly|ugliest|fat|worthless|pathetic|incompetent|hopeless|disgusting|lazy|laziest)\\s+(?:[\\p{L}-]+\\s+)?(?:kind|kinderen|jongen|meisje|meid|gast|gasten|gozer|vent|wijf|moeder|vader|ouder|ouders|leerling|leerlingen|docent|leraar|lerares|juf|man|vrouw|kid|kids|boy|girl|student|students|teacher|parent|parents|mother|father|woman|person|mens|persoon|koe|bitch)${E}`,
  'gu',
);

/** "je bent dom", "you're pathetic", "hij is zo achterlijk": an insulting predicate on a person. */
export const INSULT_PREDICATE = new RegExp(
  `${B}(?:je\\s+bent|jij\\s+bent|ben\\s+je|u\\s+bent|hij\\s+is|zij\\s+is|ze\\s+is|you're|you\\s+are|he's|she's|he\\s+is|she\\s+is)\\s+(?:echt\\s+|zo\\s+|so\\s+|really\\s+|such\\s+|totally\\s+|gewoon\\s+|ontzettend\\s+|extreem\\s+)?(?:dom|stom|achterlijk|debiel|lelijk|dik|waardeloos|incompetent|zielig|walgelijk|pathetic|stupid|dumb|useless|worthless|ugly|fat|disgusting|a\\s+disgrace|een\\s+schande)${E}`,
  'gu',
);

/** Threat constructions, Dutch and English. */
export const THREATS: readonly RegExp[] = [
  new RegExp(`${B}(?:(?:ik\\s+)?weet\\s+(?:ik\\s+)?(?:hem|haar|je|jou|jullie|ze|die)\\s+(?:wel\\s+)?te\\s+vinden|(?:ik\\s+)?weet\\s+(?:ik\\s+)?(?:precies\\s+)?waar\\s+(?:je|jij|hij|zij|ze|jullie)\\s+(?:woon\\p{L}*|zit|slaapt|werkt)|i\\s+know\\s+where\\s+(?:you|he|she|they)\\s+lives?|i\\s+know\\s+who\\s+you\\s+are|you(?:'ll|\\s+will|\\s+are\\s+going\\s+to|\\s+gonna)\\s+(?:\\p{L}+\\s+)?regret|je\\s+(?:gaat|zal|zult)\\s+(?:hier\\s+|er\\s+)?(?:nog\\s+)?spijt|(?:krijg|krijgt)\\s+(?:je|jij|hij)\\s+(?:hier\\s+)?spijt|watch\\s+your\\s+back|kijk\\s+maar\\s+uit|pas\\s+(?:maar\\s+)?op\\s+(?:jij|jullie|je)|wacht\\s+maar\\s+af|just\\s+you\\s+wait|you(?:'re|\\s+are)\\s+dead|je\\s+bent\\s+(?:er\\s+)?geweest|je\\s+bent\\s+dood)${E}`, 'gu'),
  // Violence aimed at someone: "ik sla hem in elkaar", "steek ik zijn banden lek", "I'll kill him".
  new RegExp(`${B}(?:(?:ik|i'?ll|i\\s+will|i'm\\s+going\\s+to|i'm\\s+gonna|i\\s+am\\s+going\\s+to|we)\\s+(?:\\p{L}+\\s+)?(?:kill|murder|stab|shoot|beat|hurt|punch|smash|slash|end)\\s+(?:you|him|her|them|that|this|your|his)|(?:sla|trap|schop|steek|maak|mep|ram|knal|schiet|pak|breek)\\s+(?:ik\\s+)?(?:je|jou|hem|haar|ze|jullie|zijn|haar|die)\\s+(?:\\p{L}+\\s+){0,2}?(?:in\\s+elkaar|kapot|dood|af|neer|lek|verrot|de\\s+hersens\\s+in|een\\s+kopje\\s+kleiner|overhoop|aan\\s+gort)|(?:vermoord|vermoorden|afmaken|kapotmaken|neersteken|neerschieten|doodslaan|doodschieten|in\\s+elkaar\\s+(?:slaan|trappen|rammen))\\s+(?:\\p{L}+\\s+)?(?:hem|haar|je|jou|jullie|ze)|(?:hem|haar|je|jou|jullie|ze|die)\\s+(?:\\p{L}+\\s+){0,3}?(?:vermoorden|afmaken|kapotmaken|neersteken|neerschieten|doodslaan|in\\s+elkaar\\s+(?:slaan|trappen|rammen)|lek\\s+steken))${E}`, 'gu'),
  // "moet je (gewoon) van de tribune af flikkeren", "die moeten ze ophangen".
  new RegExp(`${B}(?:moet(?:en)?\\s+(?:je|jullie|ze|we|men)\\s+(?:gewoon\\s+|echt\\s+)?(?:\\p{L}+\\s+){0,4}?(?:af\\s+)?(?:flikkeren|pleuren|gooien|smijten|slaan|schoppen|ophangen|afmaken|neerknallen|neerschieten|kapotslaan|doodslaan)|should\\s+be\\s+(?:shot|hanged|killed|beaten|strung\\s+up)|(?:deserves?|verdient)\\s+(?:to\\s+die|een\\s+pak\\s+slaag|a\\s+beating|klappen|een\\s+klap))${E}`, 'gu'),
  // Veiled threats: "teach him a lesson he won't forget", "he'll get what's coming", "make his life hell".
  new RegExp(`${B}(?:teach\\s+(?:him|her|you|them|that\\s+\\p{L}+)\\s+a\\s+lesson\\s+(?:he|she|you|they|he'll|she'll|you'll|they'll)\\s+(?:won't|will\\s+not|will\\s+never|never|wont)\\s+forget|(?:hem|haar|je|jou|jullie|ze|die)\\s+(?:\\p{L}+\\s+)?(?:een\\s+)?lesje\\s+leren|leer\\s+(?:ik|we)\\s+(?:hem|haar|je|jou|jullie)\\s+(?:wel\\s+)?(?:even\\s+)?een\\s+lesje|gets?\\s+what'?s\\s+coming(?:\\s+to\\s+(?:him|her|you|them))?|(?:krijgt|krijg|krijgen)\\s+(?:\\p{L}+\\s+){0,2}?(?:zijn|z'n|haar|je|jouw|hun)\\s+verdiende\\s+loon|make\\s+(?:his|her|your|their|ur)\\s+life\\s+(?:a\\s+)?(?:living\\s+)?(?:hell|miserable)|(?:maak|maken|ga|gaan|zal|zullen)\\s+(?:\\p{L}+\\s+){0,2}?(?:zijn|z'n|haar|je|jouw|hun)\\s+leven\\s+(?:tot\\s+een\\s+hel|zuur|kapot|onmogelijk)|watch\\s+(?:your|ur|yo|je)\\s+back|(?:you're|you\\s+are|you'll|you\\s+will|he'll|she'll|they'll|he\\s+will|she\\s+will|he's|she's)\\s+(?:going\\s+to\\s+|gonna\\s+)?pay\\s+for\\s+(?:this|that|it)|(?:gaat|gaan|zal|zult|zullen|moet|moeten)\\s+(?:(?:hier|er|daar)voor\\s+)?(?:nog\\s+)?boeten)${E}`, 'gu'),
  // "ik pak je nog wel", "die krijgen we nog wel", "we gaan je vinden", "ik maak je af": someone to be got.
  new RegExp(`${B}(?:(?:ik|we|wij)\\s+(?:\\p{L}+\\s+)?(?:pak|pakken|krijg|krijgen|grijp|grijpen)\\s+(?:je|jou|hem|haar|jullie|die)\\s+(?:nog\\s+wel|nog|wel|heus|ooit|echt)|(?:pak|krijg|grijp)\\s+(?:ik|we)\\s+(?:je|jou|hem|haar|jullie|die)\\s+(?:nog\\s+wel|nog|wel|heus|ooit)|(?:je|jou|hem|haar|jullie|die)\\s+(?:pak|pakken|krijg|krijgen)\\s+(?:ik|we|wij)\\s+(?:nog\\s+wel|nog|wel|heus|ooit)|(?:ik|we|wij)\\s+(?:ga|gaan|zal|zullen|kom|komen)\\s+(?:je|jou|jullie)\\s+(?:\\p{L}+\\s+)?(?:vinden|pakken|krijgen|afmaken)|(?:we|wij|ik)\\s+(?:weten|weet)\\s+(?:je|jou|jullie|hem|haar)\\s+(?:\\p{L}+\\s+)?te\\s+vinden|(?:ik|we|wij)\\s+(?:maak|maken)\\s+(?:je|jou|hem|haar|jullie|die)\\s+(?:\\p{L}+\\s+)?af)${E}`, 'gu'),
];

/** A weapon emoji only counts next to a threat cue aimed at someone. */
export const WEAPON = /[\u{1F52A}\u{1F52B}\u{1F4A3}\u{1FA93}\u{1F5E1}\u2620\u26B0]/u;
export const WEAPON_CONTEXT =
  /(?<![\p{L}])(?:ik\s+(?:\p{L}+\s+)?(?:je|jou|hem|haar|jullie)|i'?ll\s+(?:\p{L}+\s+)?(?:you|him|her)|als\s+(?:die|jij|je|hij|zij|ze)\b[^.!?\n]{0,80}?\bnog\s+(?:één|een|1)\s*(?:keer|x)|if\s+(?:you|he|she|they)\b[^.!?\n]{0,80}?\bagain|wacht\s+maar|just\s+wait|watch\s+out|pas\s+op)/u;

/**
 * Context that takes the sting out: negation, reported speech, self-directed. Anchored at a word start and
 * tried from each word of a short slice before the match (see {@link defusedBefore}), so it cannot backtrack.
 */
export const DEFUSED_BEFORE =
  /^(?:geen|niet|not|no|never|nooit|isn't|aren't|noemde|noemden|noemt|noemen|uitgescholden|scheldt|schold|schelden|called|calling|calls|call\s+me|named|ik\s+ben|ik\s+voel\s+me|ben\s+ik|i'm|i\s+am|i\s+feel\s+like|me\s+voor|me\s+uit\s+voor|me\s+een|me\s+an?|myself|mezelf|mijzelf)\s+(?:(?:\p{L}+)\s+){0,4}$/u;
// The writer's own name for themselves: "what a fool I am", "sukkel die ik ben".
export const DEFUSED_AFTER = /^\s*(?:,\s*)?(?:i\s+am|am\s+i|i'm|ik\s+ben|ben\s+ik|(?:dat|die|that)\s+(?:ik|i)\s+(?:ben|am))(?![\p{L}])/u;
// "klier" and "eikel" are also a gland and an acorn: "dikke klier in mijn nek".
export const BODY_AFTER = /^\s+(?:in|aan|op|onder|achter|bij)\s+(?:mijn|m'n|mn|zijn|z'n|haar|je|de|het|his|her|my|the)\s+(?:nek|hals|oksel|lies|keel|kaak|oor|borst|arm|been|buik|neck|throat|armpit|groin|jaw)(?![\p{L}])/u;
// Fondness takes the sting out of small words: "lovely little thief", "schattig klein boefje".
export const FOND_BEFORE = /(?<![\p{L}])(?:lovely|cute|sweet|adorable|cheeky|schattige?|lieve|lief|kleine\s+lieve)\s+(?:\p{L}+\s+)?$/u;

// Quoted speech: insults between quotes are someone else's words.
export const QUOTE_OPEN = /["'][^"'\n]{0,41}$/u;

const MAX_FINDINGS = 10;

/** Does one of the last words before a match start a defusing phrase ("noemde me een", "ik ben zo'n")? */
function defusedBefore(before: string): boolean {
  for (let i = 0; i < before.length; i++) {
    if ((i === 0 || !isLetter(before[i - 1]!)) && isLetter(before[i]!) && DEFUSED_BEFORE.test(before.slice(i))) return true;
  }
  return false;
}

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

export const abusiveRule: Rule = {
  meta,
  check({ norm }) {
    const lower = norm.lower;
    const spans: [number, number][] = [];
    const add = (s: number, e: number) => {
      if (spans.length < MAX_FINDINGS && !spans.some(([a, b]) => s < b && a < e)) spans.push([s, e]);
    };
    const insult = (re: RegExp, defusable: boolean) => {
      for (const m of lower.matchAll(re)) {
        if (spans.length >= MAX_FINDINGS) return;
        const before = lower.slice(Math.max(0, m.index - 40), m.index);
        const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 20);
        if (defusable && (DEFUSED_AFTER.test(after) || FOND_BEFORE.test(before) || BODY_AFTER.test(after))) continue;
        if (defusable && (defusedBefore(before) || QUOTE_OPEN.test(lower.slice(Math.max(0, m.index - 40), m.index)) && /["']/.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 3)))) continue;
        add(m.index, m.index + m[0].length);
      }
    };
    insult(SLURS, true);
    insult(AIMED_INSULT, true);
    insult(INSULT_ADJ_NOUN, true);
    insult(INSULT_ON_PERSON, true);
    insult(INSULT_PREDICATE, true);
    insult(INSULT_YOU_ARE, true);
    for (const re of THREATS) insult(re, false);
    const weapon = WEAPON.exec(norm.text);
    if (weapon && WEAPON_CONTEXT.test(lower)) add(weapon.index, weapon.index + weapon[0].length);
    spans.sort((a, b) => a[0] - b[0]);
    return spans.map(([s, e]): Finding => {
      const [start, end] = norm.toOriginal(s, e);
      return report(meta, { detailKey: 'rule_abusive_detail', start, end, text: norm.original.slice(start, end) });
    });
  },
};
