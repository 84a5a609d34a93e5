// `npx tsx scripts/build-abuse-lexicon.ts [HURTLEX_DIR]`: builds src/protocol/data/abuse-lexicon.generated.ts from
// HurtLex 1.2 (Bassignana, Basile, Patti 2018; https://github.com/valeriobasile/hurtlex, CC BY-SA 4.0).
//
// HURTLEX_DIR is a checkout of that repository (or a bare git directory, read with `git show`); nothing of it is
// committed except the generated word lists, which carry the licence notice. HurtLex is translated automatically
// from Italian, so it is curated here: only the "conservative" level, only categories that name a person by a
// flaw (derogatory words, cognitive disabilities, ethnic slurs, moral defects, homosexuality, prostitution,
// physical disability), single words only, no abstract nouns, and a deny list of neutral words the translation
// let in (professions, identities, food, "people"). The rule uses these words only in a frame that aims them at
// a person ("je bent een …", "what a …", "… dat je bent"); the words that insult without a frame are curated by
// hand in src/protocol/abuse/lexicon.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '/work/.mirror/valeriobasile+hurtlex/repo';
const VERSION = '1.2';
const CATEGORIES = new Set(['cds', 'ddp', 'ps', 'dmc', 'om', 'pr', 'ddf']);

function read(lang: string): string {
  const path = `lexica/${lang}/${VERSION}/hurtlex_${lang}.tsv`;
  if (existsSync(join(dir, path))) return readFileSync(join(dir, path), 'utf8');
  return execFileSync('git', ['--git-dir', dir, 'show', `HEAD:${path}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
}

// Abstract nouns ("domheid", "arrogance") never stand in "you are a …"; they only add noise.
const ABSTRACT = /(?:heid|isme|ij|erij|arij|ie|ing|tie|ity|ness|ism|ery|tion|cy|ance|ence|ship|ry)$/;

// Neutral words in the conservative lists: mistranslations, professions, identities, groups, food and things.
const DENY: Record<string, string[]> = {
  NL: `aanbrenger aangever aanschaf aftrekken agent agente amateur balling bende bendes bendelid boekenwurm boer
    brandhout broekje bout callgirl capo champetter comare computeroperator conformist dakloze damp deern deerne del
    demagoog diender dier dissident dom dupe dwerg dwerg- eend eendenkuiken eendvogel ei eitje element flic flik gang
    gat gay gedrevene gedupeerde gehaktbal gehandicapte geldschieter geldschieters gerechtsdienaar gondel groene
    groentje hals hip hobo holebi homo homo's homo- homobeweging homofiel homofiele homofielen homoseksueel
    homoseksuele hun individu informant jan-van-gent jerry jeugdbende jeugdbendes john jojo kalf kerkverlater kinkel
    kippenvlees kladschrijver kleurling knuppel kudde kwaad maitresse massa massa's maîtresse meeuw menigte mensen
    mesties mestiezen mestizaje mestizo mevrouw mini- minnares motoragent nanus nerd nerdy nieuweling nieuwkomer
    nieuwsjager nieuwtjesjager officier oliebol onderwijzeres operator appelflap augurk plattelander politie
    politie-agent politieagent politieagente politieagenten politieambtenaar politiebeambte politieman politievrouw
    probleem probleemstelling problematiek prostituee prostituees prostituée provinciaal pseudo queer reactionair
    reactionaire rentenier rookie ruimen schacht schooljuffrouw schoolmeester schoolma'am schoonschrijver schrijver
    scribent seksverzorgende slachtoffer slak softie straatmadelief strafrechtelijk teem tipgever toeschouwer trots
    twink utrechtenaar verslaafde verteller vertragen vervolger verboden verwerpen vogelvrij vogelvrije volk
    voorstander vossen vreemd vrijgeest weg-agent wilde wout zaag zoetje zondaar zwarte zwerver zwervers mug nicht
    poot gek kwal uil druif koe hond zak knol kuiken pens reet sul hannes juut kalle tuut ezel rund varken zwijn
    slimmerd slimmerik modder stank troep rommel afval vuil shit zooi zootje brol prul puinhoop herrie onzin larie
    nonsens flauwekul kletskoek bullshit guff codswallop folderol lariekoek warboel wanorde janboel keet
    jammer kundig nagemaakt namaak nep onecht onvoldoende slecht simpel vals valse woedend razend veeleisend argeloos
    naïef tegenvallend teleurstellend bedroevend rampspoedig rampzalig catastrofaal desastreus ontoereikend
    onbevredigend berucht gewiekst uitgekookt leep geraffineerd stinkt goedgelovig lichtgelovig ongehoord
    betreurenswaardig jammerlijk onwijs bot suf achtergebleven onverstandig onverstandige ondoordacht`.split(/\s+/),
  EN: `academic adolescent bad base black bull butcher chicken cop cop(police) copper cow cub dog dope dwarf fairy fox
    gay gays goose gossip green grind gull hack herd homo homophile homosexual homosexual innocent junk lump mac mark
    mass masses mob monkey muscle nerd nerdy officer onlooker operator pack patrolman peasant penman people police-man
    police-woman police-women policeman policemen policeofficer policewoman problem pup puppy puzzle puzzler queen
    queer queer-identified queers refuse ring rip rook rookie rot rout ruck scholastic schoolma'am schoolmarm
    schoolmistress scrap scrapped scrapping scribe shrimp simple story storyteller tale trick trouble victim waste
    yellow dim dense dull fast slow low narrow fell green juvenile demanding fearful fatal fateful funky buttery soapy
    oily slick chesty insular myopic parochial donnish exigent libertine imitative counterfeit fake false falsified
    untrue wrongly innocent livid dissatisfactory disappointing unsatisfying calamitous disastrous riotous craft
    cheek mess muss craziness madness stink reek stench blood crust crumb grind mug sap nut boob booby spade hoe
    tart john jerry hun boche kraut bum tramp hobo vagrant addict junkie junky migrant stupid silly garbage rubbish
    trash shit tripe bunk hokum scum rat pig hog skunk dog slug`.split(/\s+/),
};

function build(lang: 'NL' | 'EN') {
  const deny = new Set(DENY[lang]);
  const nouns = new Set<string>();
  const adjs = new Set<string>();
  let rows = 0;
  for (const line of read(lang).split('\n').slice(1)) {
    const [, pos, cat, , lemma, level] = line.split('\t');
    if (!lemma || level?.trim() !== 'conservative' || !CATEGORIES.has(cat!)) continue;
    rows++;
    const w = lemma.trim().toLowerCase();
    if (!/^[\p{L}][\p{L}'-]*[\p{L}]$/u.test(w) || w.length < 3 || deny.has(w)) continue;
    if (pos === 'n' && !ABSTRACT.test(w)) nouns.add(w);
    else if (pos === 'a') adjs.add(w);
  }
  return { rows, nouns: [...nouns].sort(), adjs: [...adjs].sort() };
}

const nl = build('NL');
const en = build('EN');
const out = `// Generated by scripts/build-abuse-lexicon.ts from HurtLex ${VERSION} (https://github.com/valeriobasile/hurtlex),
// by Elisa Bassignana, Valerio Basile and Viviana Patti, licensed CC BY-SA 4.0
// (https://creativecommons.org/licenses/by-sa/4.0/). Curated subset: see the script; this file is a derived
// work under the same licence. Do not edit by hand.

/** Dutch nouns that name a person by a flaw (${nl.nouns.length} of ${nl.rows} conservative rows in the kept categories). */
export const HURTLEX_NL_NOUNS = ${JSON.stringify(nl.nouns.join(' '))};
/** Dutch adjectives of the same categories. */
export const HURTLEX_NL_ADJECTIVES = ${JSON.stringify(nl.adjs.join(' '))};
/** English nouns that name a person by a flaw (${en.nouns.length} of ${en.rows} conservative rows in the kept categories). */
export const HURTLEX_EN_NOUNS = ${JSON.stringify(en.nouns.join(' '))};
/** English adjectives of the same categories. */
export const HURTLEX_EN_ADJECTIVES = ${JSON.stringify(en.adjs.join(' '))};
`;
writeFileSync(new URL('../src/protocol/data/abuse-lexicon.generated.ts', import.meta.url), out);
console.log(`nl: ${nl.nouns.length} nouns, ${nl.adjs.length} adjectives; en: ${en.nouns.length} nouns, ${en.adjs.length} adjectives`);
