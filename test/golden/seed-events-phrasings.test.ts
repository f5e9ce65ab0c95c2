/**
 * Common present-day wire phrasings of PLOVER categories, through the whole pipeline: the
 * constructions and patterns the development set (eval/events/dev-plover.json) showed missing.
 * Sentences here are written for the test, not taken from any scored set.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../src/app/analyze.js';

const analyzer = createAnalyzer();

/** The events of a sentence as "PLOVER SRC->TGT" lines (actor codes cut to the country). */
function events(text: string): string[] {
  return analyzer.analyze({ text, published: '2024-05-01' }).events
    .map((e) => `${e.plover} ${e.source?.actor?.slice(0, 3) ?? '-'}->${e.target?.actor?.slice(0, 3) ?? '-'}`);
}

/** What each case checks, its sentence and the events expected. */
const CASES: readonly [string, string, string[]][] = [
  ['a pattern\'s object in the subject of a passive with its agent', 'A Greek oil tanker was seized by Iran.', ['COERCE IRN->GRC']],
  ['joint exercises as military cooperation of both sides', 'Russia and China held joint naval exercises.', ['COOPERATE RUS->CHN']],
  ['aid received from someone as their act', 'Ukraine received military aid from Germany.', ['AID DEU->UKR']],
  ['a pardon as a concession', 'Belarus pardoned a German citizen.', ['CONCEDE BLR->DEU']],
  ['an arrest with no agent as the act of the state where it happens', 'Two Canadian citizens were arrested in China.', ['COERCE CHN->CAN']],
  ['an extradition with the state the suspect is handed to', 'Spain extradited a Russian businessman to Germany.', ['COOPERATE ESP->DEU']],
  ['"out of" a place as what a withdrawal leaves', 'Russia pulled its troops out of Kherson.', ['RETREAT RUS->UKR']],
  ['a place pulled out of', 'Israel pulled out of Gaza.', ['RETREAT ISR->PSE']],
  ['a lender approving a loan as aid', 'The World Bank approved a loan to Pakistan.', ['AID IGO->PAK']],
  ['a strike begun as a protest', 'French rail workers went on strike.', ['PROTEST FRA->-']],
  ['a past tense the tagger reads as a noun', 'Russian soldiers abducted two Ukrainian journalists.', ['ASSAULT RUS->UKR']],
  ['talks had with someone (main verb "have")', 'Germany had talks with China.', ['CONSULT DEU->CHN']],
  ['meetings one will have as planned', 'Putin will also have meetings with Macron.', ['AGREE RUS->FRA']],
  ['congratulations to someone as praise', 'Macron congratulated Scholz on his election.', ['SUPPORT FRA->DEU']],
  ['a meeting with one\'s counterpart as a meeting with the counterpart', 'Lavrov met his Chinese counterpart in Beijing.', ['CONSULT RUS->CHN']],
  ['a trip to a country\'s capital as a visit', 'Orban travelled to Moscow for talks.', ['CONSULT HUN->RUS']],
  ['a show of force near another country as aimed at it', 'China deployed warships near Japan.', ['MOBILIZE CHN->JPN']],
  ['aid to a place named by a hyphenated adjective', 'Turkey sent tents to earthquake-hit Morocco.', ['AID TUR->MAR']],
  ['an irregular past tense the tagger reads as a noun', 'Ukrainian forces shot down a Russian fighter jet.', ['ASSAULT UKR->RUS']],
  ['a visiting minister received as the guest\'s visit to the host (PLOVER manual: the visitor is the actor)', 'Vietnam\'s president received the visiting Cuban foreign minister.', ['CONSULT CUB->VNM']],
  ['troops sent to a border as a military move', 'Poland sent troops to its border with Belarus.', ['MOBILIZE POL->BLR']],
  ['a bill dropped as a concession', 'Georgia\'s government dropped the foreign agents bill.', ['CONCEDE GEO->-']],
  ['a participle after an object as its passive (a reduced relative)', 'Russia released a French researcher jailed for spying.', ['RETREAT RUS->FRA', 'COERCE -->FRA']],
  ['a border crossing closed as a restriction of movement', 'Israel closed the Kerem Shalom crossing into Gaza.', ['COERCE ISR->PSE']],
  ['a march in support of someone as a demonstration', 'Thousands of Moroccans marched in Rabat in support of Gaza.', ['PROTEST MAR->PSE']],
  ['people from two countries as the two sides', 'Negotiators from Armenia and Azerbaijan met in Geneva.', ['CONSULT ARM->AZE']],
  ['fire exchanged as fighting', 'Armenian and Azerbaijani forces exchanged fire.', ['ASSAULT ARM->AZE']],
  ['a show of force near a people\'s frontier as aimed at their country', 'Azerbaijan massed troops near the Armenian border.', ['MOBILIZE AZE->ARM']],
  ['information shared by two sides together', 'Estonian and Finnish police shared information.', ['COOPERATE EST->FIN']],
  ['an arms export halt as a sanction', 'The Netherlands halted arms exports to Israel.', ['SANCTION NLD->ISR']],
  ['an indictment as an accusation', 'Ukraine charged a Russian commander with war crimes.', ['ACCUSE UKR->RUS']],
  ['an attack on a thing at a place as aimed at the place\'s country', 'Houthi rebels bombed a port in Saudi Arabia.', ['ASSAULT YEM->SAU']],
  ['coming under fire as the target of an unnamed attacker', 'A Polish convoy came under attack.', ['ASSAULT -->POL']],
  ['an execution of people as a targeted killing', 'Belarus executed a Lithuanian citizen.', ['ASSAULT BLR->LTU']],
  ['a passive agent named by where it acts', 'Two French tourists were detained by police in Iran.', ['COERCE IRN->FRA']],
  ['raised combat readiness as an alert', 'Greece raised the combat readiness of its navy.', ['MOBILIZE GRC->-']],
  ['a threat of military action', 'China warned Japan of military action.', ['THREATEN CHN->JPN']],
  ['an invasion as an assault, not coercion', 'Iraq launched an invasion of Kuwait.', ['ASSAULT IRQ->KWT']],
  ['being put under investigation in a country as that state\'s inquiry', 'A German banker was put under investigation in France.', ['ACCUSE FRA->DEU']],
  ['a complaint made by summoning an envoy as the summoner\'s', 'Lithuania summoned the Belarusian ambassador to protest.', ['ACCUSE LTU->BLR']],
  ['inspectors sent to a country as an inquiry there', 'The OPCW sent inspectors to Syria.', ['ACCUSE IGO->SYR']],
];

describe('events: common wire phrasings', () => {
  for (const [what, text, expected] of CASES) it(`codes ${what}`, () => assert.deepEqual(events(text), expected));

  it('takes no act from courtesies to no one', () => {
    assert.deepEqual(events('Thank you, Mr President.'), []);
    assert.deepEqual(events('Putin congratulated those present on the launch.'), []);
  });

  it('takes no act from the second half of a hyphenated adjective', () => {
    assert.ok(!events('Aid reached flood-hit Pakistan.').some((e) => e.startsWith('ASSAULT')));
    assert.deepEqual(events('Pilots who fought on the Soviet-German front.'), []);
  });
});
