/** English word lists of the entities stage (all lower-case). */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Capitalised words that are never a name on their own: calendar words, pronouns, greetings. */
export const NEVER_NAMES = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december i i'm i've i'll i'd mr mrs ms dr st today yesterday tomorrow ok yes no
  oh god sir madam ladies gentlemen colleagues friends thank thanks please dear hello no. nos. vol. p. pp.
  kb mb gb tb ghz mhz usd eur gbp utc gmt est edt pst pdt cet am pm a.m. p.m. tv lcd led mp3 pc ceo c.e.o. cfo coo
  christmas easter new-year ramadan eid hanukkah thanksgiving chapter article section figure table
  hundreds thousands millions dozens tens scores`);

/** Capitalised phrases that are never names (holidays, calendar phrases), lower-case, words joined by one space. */
export const NEVER_NAME_PHRASES: ReadonlySet<string> = new Set(['new year', "new year's eve", 'christmas eve', 'new year holidays']);

/** Words that start a sentence or headline without being names (checked only where capitals prove nothing). */
export const FUNCTION_WORDS = set(`
  the a an this that these those there here it its it's he she we they you his her their our my your
  in on at of for to from by with without about after before during since until under over into onto
  and or but nor so yet if when while as because although though however meanwhile moreover also
  not no all some any each every many most more much few several both either neither other another
  what which who whom whose where why how once then than thus hence still even just only already
  be is are was were been being has have had do does did will would shall should can could may might must
  according despite amid among between against toward towards through across along around beyond
  unlike like besides except including regarding concerning following within throughout upon via per`);

/**
 * Titles and roles that come before a person's name ("President", "Foreign Minister").
 * Multi-word titles are matched word by word, so each word is listed.
 */
export const TITLE_WORDS = set(`
  president vice prime minister ministers deputy foreign defence defense interior finance secretary
  secretary-general general gen. gen lt. lt lieutenant col. col colonel maj. maj major capt. capt captain adm. adm admiral marshal
  commander chief chairman chairwoman chair head leader spokesman spokeswoman spokesperson ambassador envoy
  special king queen prince princess crown emir sheikh sultan pope cardinal archbishop bishop patriarch metropolitan prosecutor procurator
  ayatollah imam rabbi chancellor premier mayor governor senator sen. rep. representative congressman
  congresswoman speaker judge justice director mr mrs ms dr mr. mrs. ms. dr. sir dame lord lady
  state affairs security national adviser advisor assistant first former acting interim
  ceo cfo chief-executive executive officer operating financial federal staff founder chairperson president-elect ex-president aide
  comrade supreme commander-in-chief frau herr madame monsieur madam`);

/** The head noun of a description that refers back to a country's leader ("the Russian leader"). */
export const LEADER_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['leader', ['president', 'prime minister', 'chancellor', 'supreme leader', 'leader', 'king', 'emir', 'pope']],
  ['president', ['president']],
  ['head of state', ['president', 'king', 'emir', 'pope']],
  ['prime minister', ['prime minister']],
  ['premier', ['premier', 'prime minister']],
  ['chancellor', ['chancellor']],
  ['foreign minister', ['foreign minister', 'secretary of state', 'foreign secretary']],
  ['top diplomat', ['foreign minister', 'secretary of state', 'foreign secretary']],
  ['defence minister', ['defence minister', 'defense secretary', 'defence secretary']],
  ['defense minister', ['defence minister', 'defense secretary', 'defence secretary']],
  ['pontiff', ['pope']],
]);

/** Organisation heads that are also surnames or common words ("Jim Press", "John Post"): a known first name wins over them. */
export const WEAK_ORG_HEADS = set(`press news times post journal network services service systems partners team club board office staff command union guard`);

/** Last words that make an unknown name an organisation. */
export const ORG_HEADS = set(`
  inc inc. corp corp. corporation company co co. ltd ltd. llc plc group holdings bank ministry
  department agency council committee commission party union association federation organisation
  organization institute university college school academy foundation fund forces army navy
  force guard guards brigade battalion regiment movement front alliance coalition parliament assembly
  court tribunal office service services authority bureau news times post journal press network
  airlines airways motors industries technologies systems partners church club league team board
  congress senate cabinet government administration embassy police command staff centre center church patriarchate diocese synod
  rada duma knesset majlis sejm bundestag treasury flotilla fleet squadron`);

/** First words that make an unknown name an organisation ("Ministry of …", "Bank of …"). */
export const ORG_STARTS = set(`ministry department bank university college institute council committee commission office court agency government`);

/** Last words that make an unknown name a place. */
export const PLACE_HEADS = set(`
  city town village district province region oblast county state republic island islands sea ocean river
  lake mountains mountain valley bay gulf strait peninsula desert coast border square street avenue territory krai okrug`);

/** Capitalised words after a city's name that name the region around it instead ("Samara Region", "Kharkiv Oblast"). */
export const REGION_HEADS = set(`region oblast province governorate district county krai okrug territory prefecture`);

/** Last words that make an unknown name of two or more words an event ("Munich Security Conference", "Second World War"). */
export const EVENT_HEADS = set(`conference summit games olympics olympiad championship championships festival expo war day parade`);

/** Last words that make an unknown name a document or law (WORK): "Minsk Agreements", "Foreign Policy Concept", "the Constitution". */
export const DOCUMENT_HEADS = set(`constitution charter treaty agreement agreements accord accords declaration convention conventions resolution memorandum protocol doctrine concept`);

/** Capitalised common words that are no name on their own: "the Year of Ukraine", "Victory", "our Fatherland", "Normandy Four", "Normandy Format". */
export const ABSTRACT_CAPITALS = set(`year day victory fatherland motherland homeland internet format one two three four five six seven eight nine ten twelve twenty`);

/** Last words that make an unknown name a facility. */
export const FACILITY_HEADS = set(`airport airfield airbase base port harbour harbor bridge plant station dam palace tower stadium hospital prison museum`);

/** Group adjectives that are not a country's demonym: NORP without a country ("European", "Soviet", "Orthodox"). */
export const GROUP_ADJECTIVES = set(`
  european soviet western eastern northern southern arab african asian latin slavic caucasian baltic balkan nordic
  europeans arabs africans asians latinos slavs muslims moslems christians jews catholics protestants sunnis shias shiites
  kurdish kurd kurds jewish muslim moslem christian orthodox catholic protestant islamic sunni shia shiite alawite druze yazidi
  crimean abkhazian ossetian tatar pashtun tamil kashmiri hutu tutsi shona ndebele baloch palestinian-israeli transatlantic euro-atlantic eurasian
  shi'ite shi'ites shi'a hindu hindus buddhist buddhists`);

/**
 * Peoples that live mostly in one country, with that country (NORP with a country: "Yoruba leaders"
 * are Nigerian, "Karen guerrillas" Burmese). Peoples split between countries (Kurds, Tamils, Hutu,
 * Pashtuns, Baloch, Shona, Ndebele) stay without one.
 */
export const PEOPLE_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ...['yoruba', 'ibo', 'igbo', 'hausa', 'ijaw', 'ogoni'].map((w) => [w, 'NGA'] as const),
  ...['karen', 'kachin', 'karenni', 'rohingya'].map((w) => [w, 'MMR'] as const),
  ...['zulu', 'xhosa', 'afrikaner', 'afrikaners'].map((w) => [w, 'ZAF'] as const),
  ...['kikuyu', 'kalenjin'].map((w) => [w, 'KEN'] as const),
  ...['amhara', 'oromo'].map((w) => [w, 'ETH'] as const),
  ...['uighur', 'uighurs', 'uyghur', 'uyghurs'].map((w) => [w, 'CHN'] as const),
  ...['sinhalese'].map((w) => [w, 'LKA'] as const),
  ...['copt', 'copts', 'coptic'].map((w) => [w, 'EGY'] as const),
  ...['maronite', 'maronites'].map((w) => [w, 'LBN'] as const),
  ...['flemish', 'walloon'].map((w) => [w, 'BEL'] as const),
  ...['catalan', 'catalans'].map((w) => [w, 'ESP'] as const),
  ...['chechen', 'chechens'].map((w) => [w, 'RUS'] as const),
  // Movements named after one country's revolution: the Sandinistas and the Contras of Nicaragua, the Zapatistas of Mexico.
  ...['sandinista', 'sandinistas', 'contra', 'contras'].map((w) => [w, 'NIC'] as const),
  ...['zapatista', 'zapatistas'].map((w) => [w, 'MEX'] as const),
  ...['tibetan', 'tibetans'].map((w) => [w, 'CHN'] as const),
  // The Sikh insurgency of the 1980s-90s was in India's Punjab; Sikhs of Pakistan are few.
  ...['sikh', 'sikhs'].map((w) => [w, 'IND'] as const),
]);

/**
 * Creeds that name an insurgent movement ("the Maoists", "Naxalite cadres"), with the states it
 * fights, in the order of their wars' coverage: Nepal's (1996-2006), India's Naxalites, Peru's
 * Shining Path. A part of PEOPLE_STATES; alone they name the movement (insurgent-words.ts).
 */
export const INSURGENT_CREEDS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...['maoist', 'maoists'].map((w) => [w, ['NPL', 'IND', 'PER']] as const),
  ...['naxalite', 'naxalites', 'naxal', 'naxals'].map((w) => [w, ['IND']] as const),
]);

/**
 * States of a people or faith split between countries, in the order wire reports mean them when
 * they name several of these states beside the people's armed group: "Kurdish rebels" are the
 * PKK of Turkey even in a report that also names Iraq, where its bases were; "Shiite militiamen"
 * beside Israel and Lebanon are Lebanese; "Hutu rebels" beside Rwanda and Zaire are Rwandan
 * (the Interahamwe), beside Burundi alone Burundian (CAMEO codes an insurgency by the state it
 * fights, so a state whose forces the article names comes first). Only the states of this list
 * are chosen, and only when the article names one.
 */
export const PEOPLE_STATES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>(([
  ...['kurdish', 'kurd', 'kurds'].map((w) => [w, ['TUR', 'IRQ', 'IRN', 'SYR']]),
  ...['tamil', 'tamils'].map((w) => [w, ['LKA', 'IND']]),
  ...['hutu', 'tutsi'].map((w) => [w, ['RWA', 'BDI']]),
  ...['pashtun', 'pashtuns'].map((w) => [w, ['AFG', 'PAK']]),
  ...['baloch', 'baluch'].map((w) => [w, ['PAK', 'IRN']]),
  ...['kashmiri', 'kashmiris'].map((w) => [w, ['IND', 'PAK']]),
  ...['shia', 'shiite', 'shiites', "shi'ite", "shi'ites", "shi'a"].map((w) => [w, ['LBN', 'IRQ', 'YEM', 'BHR', 'AFG', 'PAK']]),
  ...['sunni', 'sunnis'].map((w) => [w, ['IRQ', 'SYR', 'LBN', 'PAK']]),
  ...INSURGENT_CREEDS,
] as [string, string[]][]));

/**
 * Regions split between states, each with its states: the bare name means the part of the state the
 * article names (Punjab: India's state and Pakistan's province).
 */
export const SPLIT_REGIONS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['punjab', ['IND', 'PAK']],
  ['bengal', ['IND', 'BGD']],
  ['baluchistan', ['PAK', 'IRN']],
  ['balochistan', ['PAK', 'IRN']],
]);

/**
 * A people before a noun for settlers that names a state: Jewish settlers of the West Bank, Gaza
 * and the Golan are Israeli citizens (ICEWS and the CAMEO coders code them ISR, sector CVL as the
 * Phoenix agents code SETTLER), whatever Palestinian place the report names.
 */
export const SETTLER_STATES: ReadonlyMap<string, string> = new Map([['jewish', 'ISR'], ['jew', 'ISR'], ['jews', 'ISR']]);

/** Compass and region words that make a group adjective with a demonym after them ("North American", "West African"). */
export const COMPASS_WORDS = set(`north south east west central latin northern southern eastern western`);

/** Words joining the capitalised parts of one name ("Ministry of Defence", "Bank of America"). */
export const NAME_JOINERS = set(`of for de del der da di du la le von van al el bin ibn and`);

/** Words for one of a parliament's two houses ("the upper house", "the lower chamber"; PETRARCH agents PARLIAMENT, LEGISLATURE [~LEG]): alone, a house is no body. */
export const HOUSE_SIDES = set(`upper lower`);
/** The nouns such a word makes a house of parliament. */
export const HOUSE_HEADS = set(`house chamber`);

/** What a demonym before a noun says about the group: "Russian forces" are the military (CAMEO sector). */
export const GROUP_SECTORS: ReadonlyMap<string, string> = new Map([
  ...['official', 'officials', 'leaders', 'government', 'authorities', 'diplomat', 'diplomats', 'delegation', 'negotiators', 'leadership', 'ministry', 'embassy', 'envoy', 'side']
    .map((w) => [w, 'GOV'] as const),
  // Phoenix agents of the government sector (reference/petrarch/Phoenix.agents.txt, [~GOV]: AMBASSADOR, ENVOY, EMBASSY, CONSULATE, CONSUL,
  // DIPLOMATIC_BUILDING, GOVERNOR, MAYOR, ADMINISTRATION, CABINET, MINISTER, PRESIDENT, MINISTRY_DELEGATION), with the plurals PETRARCH forms.
  ...['ambassador', 'ambassadors', 'envoys', 'embassies', 'consulate', 'consulates', 'consul', 'consuls', 'diplomatic', 'governor', 'governors', 'mayor', 'mayors',
    'administration', 'cabinet', 'minister', 'ministers', 'president', 'presidents', 'delegations'].map((w) => [w, 'GOV'] as const),
  // A counterpart is an office holder facing another, GOV as role-descriptions.ts codes "his Egyptian counterpart".
  ...['counterpart', 'counterparts'].map((w) => [w, 'GOV'] as const),
  ...['forces', 'troops', 'soldiers', 'military', 'army', 'navy', 'units', 'servicemen', 'drones', 'missiles', 'airfields', 'bombers', 'jets', 'warplanes', 'artillery', 'commanders', 'defences', 'defenses', 'air',
    'warships', 'gunboats', 'tanks', 'helicopters', 'paratroopers', 'marines', 'officers', 'paramilitaries', 'paramilitary']
    .map((w) => [w, 'MIL'] as const),
  ...['rebels', 'separatists', 'insurgents', 'militants', 'fighters', 'militia', 'militias', 'guerrillas', 'guerillas', 'gunmen', 'rebel', 'guerrilla', 'guerilla'].map((w) => [w, 'REB'] as const),
  ...['civilians', 'children', 'citizens', 'people', 'residents', 'families', 'women', 'nationals', 'prisoners', 'population', 'villagers', 'settlers',
    'demonstrators', 'protesters', 'protestors', 'farmers', 'landowners', 'inhabitants', 'immigrants', 'youths', 'crowds', 'tourists', 'hostages'].map((w) => [w, 'CVL'] as const),
  ...['refugees', 'asylum-seekers', 'displaced'].map((w) => [w, 'REF'] as const),
  ...['police', 'policemen'].map((w) => [w, 'COP'] as const),
  // Phoenix agents TEACHER, PROFESSOR, ACADEMIC [~EDU]; DOCTOR, PHYSICIAN, NURSE [~HLH]; REPORTER [~MED]: people named by their occupation.
  ...['students', 'teachers', 'professors', 'academics'].map((w) => [w, 'EDU'] as const),
  ...['doctors', 'physicians', 'nurses'].map((w) => [w, 'HLH'] as const),
  ...['intelligence', 'spies'].map((w) => [w, 'SPY'] as const),
  ...['court', 'courts', 'judges', 'judiciary'].map((w) => [w, 'JUD'] as const),
  ...['workers', 'unions'].map((w) => [w, 'LAB'] as const),
  ...['media', 'journalists', 'journalist', 'reporters', 'press', 'television', 'state media'].map((w) => [w, 'MED'] as const),
  ...['opposition'].map((w) => [w, 'OPP'] as const),
  ...['lawmakers', 'parliament', 'legislators', 'senators', 'mps'].map((w) => [w, 'LEG'] as const),
  ...['companies', 'firms', 'businesses', 'banks', 'company', 'business'].map((w) => [w, 'BUS'] as const),
  // PETRARCH agents: CARTEL, DRUG_TRAFFICKER, SMUGGLER [~CRM]; CLERIC, PRIEST, MONK [~REL].
  ...['cartel', 'cartels', 'gangs', 'traffickers', 'smugglers'].map((w) => [w, 'CRM'] as const),
  ...['clerics', 'priests', 'monks', 'bishops'].map((w) => [w, 'REL'] as const),
]);

/** Pronouns resolved to people, with the gender they fit. */
export const PERSON_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'],
  ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
]);

/** First-person plural pronouns: the speaker's side ("we", "our"). */
export const FIRST_PLURAL = set(`we our us ours`);

/** Third-person plural pronouns: a group named before ("they", "their"). */
export const THIRD_PLURAL = set(`they them their theirs`);

/** Plural nouns for people that do not end in -s ("people", "police"). */
export const PEOPLE_NOUNS = set(`people police men women children staff personnel crew leaders`);

/** The possessive mark as the tokeniser splits it off a name ("Russia's" is "Russia" + "'s"), either apostrophe. */
export const POSSESSIVE = /^['’]s$/;
