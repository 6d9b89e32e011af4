import { manStem } from './entities';
import type { Token } from './tokens';

/** "the Cornishman", "the Yorkshirewoman": a place's name and "man" or "woman" (not "the Spokesman"). */
export function demonymMan(w: Token): boolean {
  return manStem(w.lower) >= 4 && !w.info.title && !w.info.speakerNoun && !w.info.personNoun;
}

/** What sport and wire copy call a player or official it has just named: "the Dane", "the Brazilian". */
export const NATIONALITIES = new Set(
  (
    'dane swede finn norwegian icelander scot briton german austrian swiss dutchman belgian spaniard portuguese italian greek turk pole czech slovak hungarian ' +
    'romanian bulgarian croat serb slovenian ukrainian russian georgian estonian latvian lithuanian american canadian mexican brazilian argentine argentinian ' +
    'chilean colombian uruguayan peruvian jamaican australian kiwi japanese chinese korean indian pakistani kenyan ethiopian nigerian ghanaian senegalese ' +
    'cameroonian ivorian moroccan algerian tunisian egyptian'
  ).split(' '),
);

/** "Dane", "Norwegian", "Irishman": a capitalised noun for someone of a nationality. */
export function nationalityNoun(t: Token): boolean {
  return t.capitalized && (NATIONALITIES.has(t.lower) || demonymMan(t));
}

/** The origin a capitalised noun for someone names, as the registry keeps it: "norwegian", "irish" (of "Irishman"), "danish" (of "Dane"). */
export function originOf(t: Token): string {
  const noun = t.lower.slice(0, demonymMan(t) ? manStem(t.lower) : undefined);
  return NATIONALITY_ADJECTIVES.get(noun) ?? noun;
}

/** Nationality nouns whose adjective is another word: "the Dane" is who "Danish" was written before. */
const NATIONALITY_ADJECTIVES = new Map([
  ['dane', 'danish'],
  ['swede', 'swedish'],
  ['finn', 'finnish'],
  ['pole', 'polish'],
  ['scot', 'scottish'],
  ['turk', 'turkish'],
  ['spaniard', 'spanish'],
  ['briton', 'british'],
  ['croat', 'croatian'],
  ['serb', 'serbian'],
]);

/** "the Tervanian", "the Bolivian": a nationality not listed, by its ending (not "the Guardian"). */
export const DEMONYM = /\p{L}{3}[^d]ian$/u;
