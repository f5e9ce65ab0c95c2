/**
 * Acts as older wire leads phrase them (the PLOVER gold's style): exercises of two states named
 * together, aid and loans suspended, newspapers shut down, suspects handed over, strikes told as
 * workers staying away from work, trade resumed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../src/app/analyze.js';

/** The events of a one-sentence text as "CATEGORY SOURCE->TARGET" with the sides' country codes. */
function events(text: string): string[] {
  const record = analyze({ text, published: '1998-05-01' });
  const code = (s: { entities: readonly string[] } | undefined): string =>
    (s?.entities ?? []).map((e) => record.entities.find((m) => m.entity === e)?.country ?? '?').filter((c, i, all) => all.indexOf(c) === i).join('+');
  return record.events.map((e) => `${e.plover} ${code(e.source)}->${code(e.target)}`);
}

describe('events in older wire style', () => {
  it('reads exercises of two states named together as joint cooperation, one state\'s as a show of force', () => {
    assert.deepEqual(events('French and Egyptian warships on Monday launched 10 days of war games in the Mediterranean Sea.'), ['COOPERATE FRA->EGY']);
    assert.deepEqual(events('China held military exercises near Taiwan.'), ['MOBILIZE CHN->TWN']);
  });

  it('codes loans suspended as a cut in aid and trade resumed as economic cooperation', () => {
    assert.deepEqual(events('The World Bank suspended loans to Kenya on Friday.'), ['SANCTION UN->KEN']);
    assert.deepEqual(events('Ecuador and Peru resumed direct trade across their disputed border.'), ['COOPERATE ECU->PER']);
  });

  it('codes newspapers shut down as censorship and a suspect handed over as judicial cooperation', () => {
    assert.ok(events('The Nigerian military government closed down three independent newspapers on Tuesday.').includes('COERCE NGA->'));
    assert.deepEqual(events('Thailand handed over to Cambodia three former officers wanted for the killing of foreign tourists.'), ['COOPERATE THA->KHM']);
  });

  it('codes workers staying away from work as a strike', () => {
    assert.deepEqual(events('Bolivian tin miners stayed away from work for a third day on Wednesday.'), ['PROTEST BOL->']);
  });

  it('keeps a declared withdrawal a concession and an announced resignation a retreat, a stated willingness an agreement', () => {
    assert.deepEqual(events('Azerbaijan announced that it would withdraw its troops from positions inside Armenia.'), ['CONCEDE AZE->ARM']);
    assert.ok(events('The prime minister of Montenegro said on Sunday that he will resign.').includes('RETREAT MNE->'));
    assert.deepEqual(events('Hamas said it is willing to release the hostages.'), ['AGREE PSE->']);
  });

  it('codes tear gas fired on people as crowd-control force and a trip for talks as a meeting', () => {
    assert.deepEqual(events('Turkish police fired tear gas at protesters in Istanbul.'), ['ASSAULT TUR->']);
    assert.deepEqual(events('U.S. and Russian negotiators returned to Geneva this week for talks on limiting missiles.'), ['CONSULT USA->RUS']);
  });

  it('codes an area sealed off, a protest lodged with a government and inspectors barred', () => {
    assert.deepEqual(events('Israel sealed off the West Bank and Gaza Strip after a suicide bombing.'), ['COERCE ISR->PSE']);
    assert.deepEqual(events('Pakistan lodged a strong protest with India over the shelling of border villages.'), ['ACCUSE PAK->IND']);
    assert.deepEqual(events('Baghdad barred U.N. inspectors from entering a presidential site.'), ['REJECT IRQ->UN']);
  });

  it('reads a participle between a number word and its noun as an adjective, not the subject\'s act', () => {
    assert.deepEqual(events('Colombian soldiers freed three kidnapped oil workers.'), []);
  });

  it('codes a conviction as SANCTION mode convict, as the PLOVER manual files it, and a party unbanned as a concession', () => {
    const record = analyze({ text: 'A Russian court convicted an American teacher of drug smuggling.', published: '1998-05-01' });
    assert.deepEqual(record.events.map((e) => `${e.plover} ${e.mode}`), ['SANCTION convict']);
    assert.deepEqual(events('South Africa unbanned the African National Congress.'), ['CONCEDE ZAF->ZAF']);
    assert.deepEqual(events('Syria snubbed an Egyptian invitation to attend the Arab summit.'), ['REJECT SYR->EGY']);
  });

  it('reads the agent of a charge after its "with" phrase, and sanctions a country is hit with as sanctions, not an attack', () => {
    assert.deepEqual(events('The Russian journalist was charged with espionage by Belarusian prosecutors.'), ['ACCUSE BLR->RUS']);
    assert.deepEqual(events('Iran was hit with sanctions by the United States.'), ['SANCTION USA->IRN']);
  });

  it('codes a warning with a penalty as a threat and leaves the act one is told to do uncoded', () => {
    assert.deepEqual(events('Burundi warned Rwanda to withdraw its troops or face attack.'), ['THREATEN BDI->RWA']);
    assert.deepEqual(events('Burundi told Rwanda to withdraw its troops.'), []);
    assert.deepEqual(events('Iran fired two missiles into the sea on Friday.'), ['MOBILIZE IRN->']);
  });

  it('codes violence vowed as a threat, cooperation promised as an agreement, and credit extended as aid', () => {
    assert.deepEqual(events('Ethiopia vowed to attack Eritrea.'), ['THREATEN ETH->ERI']);
    assert.deepEqual(events('Russia promised to fight terrorism together with Uzbekistan.'), ['AGREE RUS->UZB']);
    assert.deepEqual(events('Japan extended a $500 million credit line to Indonesia.'), ['AID JPN->IDN']);
  });

  it('codes cooperation resumed, ambassadors exchanged and a curfew ended', () => {
    assert.deepEqual(events('Egypt and Israel resumed cooperation in agriculture.'), ['COOPERATE EGY->ISR']);
    assert.deepEqual(events('Uganda and Sudan exchanged ambassadors for the first time in six years.'), ['SUPPORT UGA->SDN']);
    assert.deepEqual(events('The Bosnian government ended a curfew in Sarajevo.'), ['CONCEDE BIH->BIH']);
  });

  it('codes a state protesting to another state as a diplomatic complaint, a crowd protesting as a protest', () => {
    assert.deepEqual(events('Greece protested to Turkey over the violation of its airspace.'), ['ACCUSE GRC->TUR']);
    assert.ok(events('Thousands of Palestinians protested against the Israeli occupation.').includes('PROTEST PSE->ISR'));
  });

  it('reads a headline\'s present-tense verb the tagger takes for a plural noun', () => {
    assert.deepEqual(events('Turkey pledges aid to quake-hit Iran.'), ['AGREE TUR->IRN']);
    assert.deepEqual(events('Israel strikes Gaza.'), ['ASSAULT ISR->PSE']);
  });
});
