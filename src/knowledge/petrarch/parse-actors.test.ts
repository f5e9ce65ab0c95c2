import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseActorCode, parseActorDictionary, petrarchDate } from './parse-actors.js';
import { parseAgentDictionary } from './parse-agents.js';
import { phoenixToEntries } from './to-entries.js';

const SAMPLE = `# comment
<!-- a block
comment -->
JAMES_BYRNES_  ; CountryInfo.txt
\t[USAELI 18970101-450703]
\t[USAGOV 450703-470121]
VLADIMIR_PUTIN_  # CountryInfo.txt
+PUTIN_
+RUSSIAN_PRESIDENT_VLADIMIR_PUTIN
\t[RUSGOV >080508]
\t[RUSELI]
NATO_ [IGOWSTNAT]
+NORTH_ATLANTIC_TREATY_ORGANIZATION_
ARAGORN  [RNG]
BOROMIR  [---]
`;

describe('PETRARCH actor dictionaries', () => {
  it('reads dates in both widths', () => {
    assert.equal(petrarchDate('450703'), '1945-07-03');
    assert.equal(petrarchDate('080508'), '2008-05-08');
    assert.equal(petrarchDate('18970101'), '1897-01-01');
    assert.equal(petrarchDate('9008223'), undefined);
  });
  it('reads code restrictions, with or without blanks', () => {
    assert.deepEqual(parseActorCode('RUSGOV >080508'), { code: 'RUSGOV', from: '2008-05-08' });
    assert.deepEqual(parseActorCode('HOB < 950601'), { code: 'HOB', to: '1995-06-01' });
    assert.deepEqual(parseActorCode('HOBGOV 19950601 - 19990815'), { code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15' });
    assert.equal(parseActorCode('ARMUNR 9008223-911221'), undefined);
  });
  it('parses entries, synonyms, dated codes and skips comments', () => {
    const { entries, problems } = parseActorDictionary(SAMPLE);
    assert.deepEqual(problems, []);
    assert.deepEqual(entries.map((e) => e.phrase.join(' ')), ['JAMES BYRNES', 'VLADIMIR PUTIN', 'NATO', 'ARAGORN', 'BOROMIR']);
    const putin = entries[1]!;
    assert.deepEqual(putin.synonyms, [['PUTIN'], ['RUSSIAN', 'PRESIDENT', 'VLADIMIR', 'PUTIN']]);
    assert.deepEqual(putin.codes, [{ code: 'RUSGOV', from: '2008-05-08' }, { code: 'RUSELI' }]);
    assert.equal(putin.line, 7);
  });
  it('gives a run of primary phrases the code block after them', () => {
    const { entries } = parseActorDictionary('BORIS_YELTSIN_  # CountryInfo.txt\nYELTSIN\nPRESIDENT_YELTSIN\n\t[RUSGOV 910710-991231]\nALEKSANDR_RUTSKOY_\n\t[RUSGOV 930922-931004]\n');
    assert.deepEqual(entries.map((e) => e.phrase.join(' ')), ['BORIS YELTSIN', 'ALEKSANDR RUTSKOY']);
    assert.deepEqual(entries[0]!.synonyms, [['YELTSIN'], ['PRESIDENT', 'YELTSIN']]);
    assert.deepEqual(entries[0]!.codes, [{ code: 'RUSGOV', from: '1991-07-10', to: '1999-12-31' }]);
  });
  it('gives members of a government their short names, but not a surname that is a first name', () => {
    const text = 'CARLOS_SAUL_MENEM_  # CountryInfo.txt\n\t[ARGGOV 890708-991210]\nGEORGE_WALTER_  # CountryInfo.txt\n\t[ATGGOV 710214-760201]\nWALTER_GEORGE_ # CountryInfo.txt\n\t[AIAGOV 710214-760201]\n';
    const entries = phoenixToEntries(parseActorDictionary(text).entries, { countryCodes: new Set(['ARG', 'ATG', 'AIA']) });
    assert.deepEqual(entries[0]!.aliases, ['Menem', 'Carlos Menem']);
    assert.equal(entries[1]!.aliases, undefined);
    assert.equal(entries[2]!.aliases, undefined);
  });
  it('makes a state of the past a place, keeping its country words, but not a town coded with a present country', () => {
    const text = 'CZECHOSLOVAKIA\n+CZECH_SOCIALIST_REPUBLIC\n\t[CSK 19181001-19930101]\n\nLEIPZIG\n+DRESDEN\n\t[DDR 19491007-19901003]\n\t[DEU >19901003]\n';
    const entries = phoenixToEntries(parseActorDictionary(text).entries, { countryCodes: new Set(['DEU', 'CZE']), countryWords: new Set(['CZECH']) });
    assert.deepEqual(entries.map((e) => [e.id, e.type, e.aliases]), [['place:czechoslovakia', 'GPE', ['Czech Socialist Republic']], ['person:leipzig', 'PERSON', ['Dresden']]]);
  });
  it('gives a person the other spellings of their first name', () => {
    const text = 'SERGEY_NARYSHKIN_  # CountryInfo.txt\n\t[RUSGOV 041001-080531]\n';
    const entries = phoenixToEntries(parseActorDictionary(text).entries, { countryCodes: new Set(['RUS']), firstNameVariants: new Map([['SERGEY', ['SERGEI']]]) });
    assert.ok(entries[0]!.aliases?.includes('Sergei Naryshkin'));
  });
  it('gives a group coded by region the one country its names name, keeping that word in its name', () => {
    const text = 'UNITA_ [ANGREB]\n+NATIONAL_UNION_FOR_THE_TOTAL_INDEPENDENCE_OF_ANGOLA\n\nJAPANESE_RED_ARMY_ [INTREB]\n\nLATIN_AMERICAN_PATRIOTIC_ARMY_ [SAMREB]\n\nREFUGEE_AID_ [NGO]\n+ANGOLA_AID\n';
    const placeCountries = new Map([['ANGOLA', 'AGO'], ['JAPANESE', 'JPN'], ['AMERICAN', 'USA']]);
    const entries = phoenixToEntries(parseActorDictionary(text).entries, { countryCodes: new Set(['AGO', 'JPN', 'USA']), countryWords: new Set(['JAPANESE', 'AMERICAN']), placeCountries });
    assert.deepEqual(entries.map((e) => [e.name, e.country, e.actor]), [['UNITA', 'AGO', 'ANGREB'], ['Japanese Red Army', 'JPN', 'INTREB'], ['Latin American Patriotic Army', undefined, 'SAMREB'], ['Refugee Aid', undefined, 'NGO']]);
  });
  it('reports a malformed code with its line instead of throwing', () => {
    const { problems } = parseActorDictionary('X_\n\t[ABC 99-1]\n');
    assert.deepEqual(problems, [{ line: 2, detail: 'bad code "[ABC 99-1]"' }]);
  });
  it('converts to KB entries: people get roles, titles leave aliases, null codes drop the entry', () => {
    const entries = phoenixToEntries(parseActorDictionary(SAMPLE).entries, { countryCodes: new Set(['USA', 'RUS']), countryWords: new Set(['RUSSIAN']), keepCountries: true });
    const putin = entries.find((e) => e.name === 'Vladimir Putin')!;
    assert.equal(putin.type, 'PERSON');
    assert.equal(putin.country, 'RUS');
    assert.deepEqual(putin.aliases, ['Putin']);
    assert.deepEqual(putin.roles, [{ actor: 'RUSGOV', from: '2008-05-08' }]);
    const nato = entries.find((e) => e.name === 'NATO')!;
    assert.equal(nato.country, 'NATO');
    assert.equal(entries.some((e) => e.name === 'Boromir'), false);
  });
});

describe('PETRARCH agent dictionaries', () => {
  it('expands substitution sets and reads plurals and code direction', () => {
    const { entries } = parseAgentDictionary('!MINST! = MINISTER, MINISTRY\nFOREIGN_!MINST! [~GOVFRM]\nPOLICE {} [~COP]\nNGO_WORKER [NGO~]\n');
    assert.deepEqual(entries.map((e) => e.phrase.join(' ')), ['FOREIGN MINISTER', 'FOREIGN MINISTRY', 'POLICE', 'NGO WORKER']);
    assert.deepEqual(entries[2]!.plurals, []);
    assert.equal(entries[3]!.suffix, false);
    assert.equal(entries[0]!.code, 'GOVFRM');
  });
});
