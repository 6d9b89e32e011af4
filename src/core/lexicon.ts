/**
 * Word lists the attribution rules rely on. General English newswire vocabulary only: no list
 * names a person, outlet or place of any particular article.
 */

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Reporting verbs in the forms news copy uses them (said, says, told, adding, ...). */
const REPORTING_STEMS =
  'say said says saying tell told tells telling add added adds adding continue continued continues continuing ' +
  'insist insisted insists insisting warn warned warns warning write wrote writes writing state stated states ' +
  'note noted notes noting argue argued argues arguing explain explained explains explaining claim claimed claims ' +
  'assert asserted asserts declare declared declares announce announced announces stress stressed stresses ' +
  'emphasize emphasized emphasizes emphasise emphasised emphasises remark remarked remarks reply replied replies ' +
  'respond responded responds answer answered asked asks recall recalled recalls acknowledge acknowledged ' +
  'acknowledges admit admitted admits concede conceded concedes observe observed observes comment commented ' +
  'comments suggest suggested suggests urge urged urges tweet tweeted tweets post posted testify testified ' +
  'report reported reports quip quipped complain complained complains predict predicted predicts promise promised ' +
  'promises vow vowed vows pledge pledged pledges caution cautioned cautions conclude concluded concludes confirm ' +
  'confirmed confirms deny denied denies maintain maintained maintains agree agreed agrees echo echoed echoes ' +
  'appeal appealed appeals reiterate reiterated reiterates underline underlined underlines highlight highlighted ' +
  'indicate indicated indicates announce announcing mused muse joked joke shouted shout whispered yelled cried ' +
  'shouting yelling screamed screaming muttered muttering whispering calling exclaimed boasted bragged laughed sighed demanded demand demands countered counter counters objected objects ' +
  'alleged allege alleges charged contended contends lamented laments hailed hails praised praises criticised ' +
  'criticized blasted slammed accused accuses described describes describing told explained elaborated elaborates insisting ' +
  'telling adds recounted recounts conceded ruled rules advised advises informed informs revealed reveals ' +
  'declaring stating claiming asserting stressing urging announcing reiterating emphasizing emphasising affirmed affirms reaffirmed reaffirms disclosed discloses estimated estimates proclaimed pointed points blamed blames cited cites';
export const REPORTING_VERBS = set(REPORTING_STEMS);

/**
 * Verbs of manner that sport and tabloid copy put right after a quote ("“Unbelievable,” Okoro
 * grinned", "fumed the manager"): they attribute only there, never as plain actions.
 */
export const MANNER_VERBS = set(
  'grinned grins fumed fumes beamed beams smiled smiles raged rages enthused enthuses gushed gushes chuckled chuckles ' +
    'snapped snaps groaned groans moaned moans bemoaned stormed joked jokes quipped quips laughed laughs sighed sighs ' +
    'shrugged shrugs',
);

/** Verbs that only report when followed by a clause or quote, not as plain actions. */
export const WEAK_REPORTING = set('called call calls calling described describes describing accused accuses hailed praised criticised criticized slammed blasted charged dismissed dismisses branded brands labelled labeled labels dubbed termed');

/** The words that end a noun phrase on its left: "the ministry", "a spokesman". */
export const DETERMINERS = set('the a an');

/** Small words that may stand inside a name or a noun phrase ("Ministry of Foreign Affairs", "Jan van der Berg"). */
export const INNER_CONNECTORS = set('of and the for to at in de van von der al bin la le da di du del &');

/** The subject pronouns a reporting verb may take. */
export const PRONOUN_WORDS = set('he she they it we i');

/** Words between a subject and its verb that do not break "X said": "X also said", "X has said". */
export const VERB_ADVERBS = set(
  'also later earlier previously last then further separately again once has had have was is were are had has ' +
  'reportedly allegedly repeatedly recently publicly privately bluntly flatly simply quickly firmly openly ' +
  'subsequently initially finally additionally moreover however meanwhile but and only even still yet just ' +
  'would will could may might',
);

/** Titles, honorifics and offices: they are roles, not parts of a name. */
export const TITLE_WORDS = set(
  'president vice prime minister ministers secretary general attorney ambassador ambassadors envoy spokesperson ' +
  'spokesman spokeswoman spokespeople councilor councillor counsellor counselor senator sen rep representative ' +
  'governor gov mayor chancellor premier king queen prince princess pope bishop archbishop cardinal rev reverend canon archdeacon prebendary ' +
  'judge justice chief deputy director directors commissioner superintendent inspector detective sergeant sgt ' +
  'constable officer lieutenant lt colonel col major maj captain capt general gen admiral commander cmdr ' +
  'professor prof dr doctor mr mrs ms miss mx sir dame lord lady baroness countess viscount viscountess marquess marchioness coach manager chairman chairwoman chair ' +
  'chairperson ceo cfo coo cto founder head leader executive chief-executive analyst economist minister-president ' +
  'state foreign defense defence interior finance health justice trade economy education home affairs ' +
  'olympian paralympian substitute headliner veteran rookie debutant newcomer youngster teenager striker midfielder defender goalkeeper forward winger captain skipper boss referee umpire player champion challenger favourite favorite ' +
  'flanker hooker prop fly-half scrum-half full-back fullback wing-back centre-back batsman batter bowler wicketkeeper wicket-keeper all-rounder jockey ' +
  'dean provost rector vicar curate chaplain principal editor correspondent reporter columnist commentator researcher scientist ' +
  // event and venue staff capitalised the same way ("Steward Ann Vik, who was on the gate, said")
  'steward stewardess groundsman groundswoman greenkeeper lifeguard dancer ballerina choreographer ' +
  // posts in museums and libraries, capitalised in their releases ("Senior Curator of Social History", "Keeper of Maps")
  'curator archivist librarian conservator keeper ' +
  // hospital posts, capitalised in NHS and health-board releases ("Consultant Radiologist Dr Ann Vik")
  // crafts and trades capitalised before a name at a sentence's start ("Stonemason Ann Vik, who carved it, said");
  // only words that are not also common surnames (not "mason", "carpenter", "glazier")
  'stonemason blacksmith locksmith bricklayer shoemaker clockmaker plasterer electrician plumber ' +
  'consultant surgeon physician radiologist radiographer sonographer anaesthetist anesthetist paediatrician pediatrician midwife matron physiotherapist pharmacist ' +
  'cllr dci di ds pc fm pm mp mep mla treasurer auditor clerk sheriff marshal warden magistrate prosecutor lawyer attorney-general ' +
  'secretary-general under-secretary assistant associate acting interim former then-president first lady ' +
  'vice-president vice-chairman co-founder board member members official officials',
);

/** Title words that stack on another title ("deputy Mayor", "acting Chief Constable") rather than head a role. */
export const TITLE_MODIFIERS = set(
  'deputy acting assistant associate interim former vice chief senior junior state foreign defense defence interior ' +
    'finance health justice trade economy education home affairs first under-secretary co-founder',
);

/**
 * Title words that head no role alone, lowercase: the fields of an office ("home affairs
 * minister") and the words that rank or date one ("first", "former"): "at home to Tarnley" is no
 * role before a name.
 */
export const TITLE_QUALIFIERS = set('first former senior junior acting interim home foreign interior defence defense finance health trade economy education affairs');

export const HONORIFICS = set('mr mrs ms miss mx dr prof sir dame rev fr mme mlle herr frau');

/** A Map, not an object: article words such as "constructor" must not find inherited properties. */
export const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  fm: 'Foreign Minister',
  pm: 'Prime Minister',
  mp: 'Member of Parliament',
  ceo: 'Chief Executive',
  gov: 'Governor',
  sen: 'Senator',
  rep: 'Representative',
  det: 'Detective',
  supt: 'Superintendent',
  insp: 'Inspector',
  cllr: 'Councillor',
  // (ranks: "Sgt Ann Vik" is the one "the sergeant" means later)
  sgt: 'Sergeant',
  lt: 'Lieutenant',
  col: 'Colonel',
  maj: 'Major',
  capt: 'Captain',
  cmdr: 'Commander',
}));

/** Words that make a capitalised phrase an organisation rather than a person. */
export const ORG_WORDS = set(
  'desk festival ministry department council agency police constabulary service services office commission committee association union ' +
  'party company corp corporation inc ltd llc plc group bank court government university institute institution ' +
  'center centre foundation federation league club fc united city county board authority administration ' +
  'parliament congress senate assembly embassy consulate army navy force forces command organization ' +
  'organisation consortium society network news times post journal herald tribune guardian gazette telegraph daily weekly ' +
  'press agency radio television tv broadcasting channel magazine review bureau secretariat cabinet kremlin ' +
  'white house treasury fund trust alliance coalition movement front team squad hospital infirmary school college ' +
  'academy laboratory lab firm partners holdings industries airlines railway railways station statement forum securities championships championship ' +
  'partnership unit software energy motorsport marathon rally chapel cathedral abbey mosque synagogue studio studios associates architects ' +
  'shipping logistics guild chamber cafe museum gallery library mining brewery bakery pharmacy pharmacies chemist chemists ' +
  // companies named for their trade in the plural ("Tarn Estates", "Vik Motors")
  'estates properties motors developments farms foods stores bakers brewers lettings management toys ' +
  'networks systems solutions technologies communications telecom media ventures resources pharmaceuticals labs ' +
  'airways lines buses coaches rail trains ferries water power gas builders travel ' +
  // and for the oil trade ("Tarn Petroleum") and the chip trade ("Vik Semiconductor", "Tarn Electronics")
  'petroleum semiconductor semiconductors electronics',
);

/** Words that end a company's name ("Tarn Networks", "Vik Coaches") but, lowercase, are as often a verb ("Ann Vik coaches the side"). */
export const NAME_ONLY_ORG_WORDS = set('networks lines coaches ventures travel buses builders rail trains ferries water power gas');

/**
 * The words that end a business's name ("Tarn Mining", "Vik Motors", "Orrin Bakers"): the bodies "the
 * company" or "the firm" may mean.
 */
export const BUSINESS_NAME_WORDS: readonly string[] = (
  'company corp corporation inc ltd llc plc group firm holdings industries airlines partners securities energy software shipping logistics ' +
  'mining brewery bakery pharmacy pharmacies chemist chemists estates properties motors developments farms foods stores bakers brewers lettings management toys ' +
  'networks systems solutions technologies communications telecom media ventures resources pharmaceuticals labs airways lines buses coaches rail railway railways trains ferries water power gas builders travel petroleum semiconductor semiconductors electronics'
).split(' ');

/** The same words, to look one up (a list of keys is what `recentOrganisation` takes). */
export const BUSINESS_NAME_WORD_SET: ReadonlySet<string> = new Set(BUSINESS_NAME_WORDS);

/** "the force", "the club": the words an organisation of that kind has in its name. */
export const ORGANISATION_KINDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['force', ['police', 'constabulary']],
  ['police', ['police', 'constabulary']],
  ['constabulary', ['constabulary']],
  ['association', ['association']],
  ['federation', ['federation']],
  // (a trade union may be named a federation: "the Nurses' Federation", then "the union")
  ['union', ['union', 'federation']],
  ['council', ['council']],
  ['ministry', ['ministry']],
  ['agency', ['agency']],
  ['trust', ['trust']],
  // ("the Tarn Heritage Fund", then "a spokesperson for the fund")
  ['fund', ['fund']],
  ['charity', ['trust', 'foundation', 'charity']],
  ['university', ['university']],
  ['board', ['board']],
  ['forum', ['forum']],
  ['club', ['club', 'fc', 'united', 'rovers', 'athletic', 'city', 'town']],
  // institutions a place is named for: "Tarn General Hospital", then "the hospital said"
  ['hospital', ['hospital', 'infirmary']],
  // ("a vet at Tarn Veterinary Centre", then "the practice": a doctor's, dentist's or vet's)
  ['practice', ['practice', 'surgery', 'clinic', 'veterinary', 'vets', 'medical', 'dental']],
  ['school', ['school', 'academy', 'college']],
  ['college', ['college']],
  ['museum', ['museum']],
  ['library', ['library']],
  ['society', ['society']],
  ['institute', ['institute']],
  ['bank', ['bank']],
]);

/** Every word that names a body of one of those kinds ("council", "police", "fc"). */
export const BODY_KIND_NAME_WORDS: ReadonlySet<string> = new Set([...ORGANISATION_KINDS.values()].flat());

/** Nouns for one who speaks for a body ("a spokesman for Tarn Homes"). */
export const SPOKESPERSON_NOUNS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Common nouns that can be the subject of a reporting verb: "the ministry said". */
export const SPEAKER_NOUNS = set(
  'ministry spokesman spokeswoman spokesperson spokespeople statement report article letter document memo email e-mail ' +
  'declaration communique communiqué release announcement study survey poll police officials official ' +
  'ambassadors ambassador minister ministers government department agency company club team force service ' +
  'authorities authority council committee commission court judge prosecutors prosecutor lawyers lawyer ' +
  'analysts analyst experts expert residents resident witnesses witness sources source observers observer critics critic ' +
  'supporters organisers organizers organiser organizer sides side presidents president leaders leader ' +
  'officers officer investigators investigator detectives detective researchers researcher scientists ' +
  'scientist doctors doctor manager coach players player captain champion challenger promoter trainer chairman chairwoman chief executive board ' +
  'embassy office newspaper agency paper outlet campaigners campaigner activists activist group groups ' +
  'parties party union unions firm employer employers staff ministries governments countries agent agents broker brokers dealer dealers trader traders banker bankers investor investors ' +
  'nations diplomats diplomat envoy envoys insiders aides aide adviser advisers advisor advisors regulator ' +
  'regulators watchdog watchdogs inquiry panel jury fans fan hospital school university institute website blog ' +
  'filing complaint lawsuit indictment affidavit ruling verdict judgment judgement family families relatives brothers sisters twins ' +
  // members of a legislature, as wire copy calls them ("opposition lawmaker Ann Vik")
  'lawmaker lawmakers legislator legislators',
);

/** Common nouns for people ("the owner of the bar", "a neighbouring shopkeeper"): he or she may refer to them. */
export const PERSON_NOUNS = set(
  'owner owners landlord landlady tenant neighbour neighbor shopkeeper postmaster witness victim driver passenger ' +
    'pedestrian cyclist motorist mother father son daughter wife husband brother sister man woman boy girl teenager ' +
    'pensioner resident worker farmer teacher nurse parent grandmother grandfather widow widower survivor customer ' +
    'patient student pupil fan shopper diner guest visitor homeowner householder friend officer firefighter paramedic rescuer lifeguard person ' +
    // people by the work they do about a place ("the hall's caretaker said")
    'caretaker janitor cleaner gardener porter receptionist volunteer doorman bartender barman barmaid waiter waitress chef ' +
    'builder plumber electrician mechanic fisherman walker hiker climber swimmer carer dentist vet ' +
    // people by where they happened to be ("one onlooker said", "a passer-by said", "one regular said")
    'onlooker bystander passer-by regular ' +
    // people in a market ("one trader said"; in the insurance market "one underwriter said")
    'trader broker banker investor underwriter ' +
    // people by a job that serves the public ("a booking agent said", "one pilot said")
    'agent pilot',
);

/** Document-like speakers: a statement speaks for whoever issued it. */
export const DOCUMENT_NOUNS = set(
  'statement report article letter document memo email e-mail declaration communique communiqué release announcement ' +
  'study survey poll filing complaint lawsuit indictment affidavit ruling verdict judgment judgement website blog op-ed editorial',
);

export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'neuter' | 'first'> = new Map(Object.entries({
  he: 'male',
  she: 'female',
  they: 'plural',
  it: 'neuter',
  we: 'first',
  i: 'first',
} as const));

export const FEMALE_CUES = set('she her hers herself widow grandma spokeswoman chairwoman mrs ms miss madam madame dame lady baroness countess viscountess marchioness queen princess businesswoman congresswoman councilwoman policewoman mother daughter wife sister grandmother granddaughter niece aunt actress');
export const MALE_CUES = set('he him his himself widower grandad spokesman mr sir lord viscount marquess king prince businessman congressman councilman policeman father son husband brother grandfather grandson nephew uncle actor');

/** The gender a noun for someone unnamed gives ("widow", "woman", "boy"), if any. */
export function genderOfNoun(lower: string): 'male' | 'female' | undefined {
  if (FEMALE_CUES.has(lower) || lower === 'woman' || lower === 'girl') return 'female';
  if (MALE_CUES.has(lower) || lower === 'man' || lower === 'boy') return 'male';
  return undefined;
}

/** Capitalised words that start sentences or name times, never people. */
export const NOT_NAME_WORDS = set(
  'the a an in on at of for to from by with and or but if as after before during while when where since ' +
  'although though because however meanwhile also yet still then there here this that these those it its ' +
  'he she they we i you his her their our my your him them us me who what which whom whose why how ' +
  'monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat today yesterday tomorrow ' +
  'january february march april may june july august september october november december feb mar apr jun ' +
  'jul aug sep sept oct nov dec published updated photo image video share read more load related advertisement ' +
  'according said says news but so not no yes all some many most several one two three earlier later ' +
  'last next first second new old other another each every both either neither such own same just only ' +
  'ahead amid despite instead asked under over inside outside into than like unlike about above below around between ' +
  // (prepositions of place that open a sentence: "Behind Vik, Tom Hale took third")
  'behind beyond beneath alongside ' +
  'across along through without within against toward towards upon via is was are were be been being ' +
  'do does did has have had will would can could should may might must shall',
);

/** Cue words right before a quoted title: an article "entitled …", a report called "…". */
export const TITLE_CUES = set('entitled titled headlined called named dubbed billed branded nicknamed christened renamed');

/** "the company", "the operator": a business of any name. */
export const BUSINESS_NOUNS = set('company firm operator business carrier airline developer retailer insurer lender');

/**
 * "the miner said", "the brewer said": a business called by its trade, a word that may as well
 * be a person's job, so standing for a body only when a body spoke just before.
 */
export const TRADE_NOUNS = set(
  'miner brewer distiller maker carmaker manufacturer producer supplier distributor exporter importer wholesaler haulier forwarder publisher broadcaster housebuilder refiner shipper grocer supermarket',
);

/** Words for works and events whose names are quoted (and for goods sold under a name: "the “Harvest Gold” range"; and "name" and "title" themselves: "sold under the name “Harvest Gold”", "published under the title “Fields First”"). */
export const WORK_NOUNS = set(
  'cover single track hit anthem hymn carol psalm aria symphony ballad version rendition book novel memoir autobiography biography film movie song album show series programme program documentary drama sitcom soap musical play opera pantomime panto production article essay report ' +
  'paper column op-ed editorial speech lecture campaign operation initiative exhibition festival conference ' +
  'summit tour game podcast episode poem painting slogan motto banner hashtag bill act law policy plan scheme programme ' +
    'project strategy award prize range brand collection product app tool name title course appeal fund',
);

/** Verbs by which someone issues a document: "X published a report". */
export const ISSUE_VERBS = set('published issued released wrote posted signed adopted put penned authored sent');

export const FIRST_PERSON = set('i we me us my our');

/** Words of grammar that follow "her" as an object ("worked with her since", "told her that"), never a noun she owns. */
export const AFTER_OBJECT_HER = set('since when after before as while because that to at in on with from by about and or but if for until');

/** Past forms not ending in -ed that take an object: "She met the minister and said …", "rang police and said". */
// (irregular pasts only: the rest end in "-ed"; none that is also a noun or a present, as "cut" or "set")
export const PAST_VERBS = new Set(['met', 'saw', 'beat', 'led', 'took', 'sent', 'gave', 'left', 'held', 'found', 'rang', 'won', 'caught', 'brought', 'bought', 'sold', 'struck', 'drove', 'built', 'made', 'wrote', 'paid', 'kept', 'ran', 'drew', 'grew', 'threw', 'chose', 'broke', 'spent', 'taught', 'fought', 'stole', 'dug', 'hid', 'wore', 'lent', 'fed', 'sank', 'shook', 'froze', 'rode', 'flew']);

/** The forms of "be" (before a participle: "was quoted", "is seen as"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/** The auxiliaries of the perfect: "had told her", "has called it". */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['have', 'has', 'had']);
