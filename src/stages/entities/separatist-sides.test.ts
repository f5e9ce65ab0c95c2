import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()], 'raise');

/** "span=ACTOR" for every mention of `text` that carries an actor code. */
function coded(text: string, published = '2017-03-01'): string[] {
  const all: readonly EntityMention[] = pipeline.run(makeDoc({ text }), { published }).layers.entities ?? [];
  return all.filter((m) => m.actor !== undefined).map((m) => `${m.text}=${m.actor}`);
}

describe('entities: a separatist side named by the places its entity claims (UKRREB)', () => {
  it('a claimed place before a side noun is the side, the noun taken in', () => {
    assert.deepEqual(coded('The Donbass side walked out of the meeting of the contact group.'), ['Donbass side=UKRREB']);
    assert.deepEqual(coded('Moscow welcomed the decision of the Donbass leadership to free the hostages.'), ['Moscow=RUSGOV', 'Donbass leadership=UKRREB']);
  });
  it('claimed places after "representatives of" or "the republics of" are the side', () => {
    assert.deepEqual(coded('He called for a dialogue with representatives of Donetsk and Lugansk.'), ['Donetsk=UKRREB', 'Lugansk=UKRREB']);
    assert.deepEqual(coded('Kiev refuses to talk to the republics of Donetsk and Lugansk.').filter((c) => !c.startsWith('Kiev')), ['Donetsk=UKRREB', 'Lugansk=UKRREB']);
    assert.deepEqual(coded('Kiev met representatives of Donetsk and Lugansk republics in Minsk.').filter((c) => !/^(Kiev|Minsk)/.test(c)), ['Donetsk=UKRREB', 'Lugansk republics=UKRREB']);
  });
  it('"the self-proclaimed republics" and a bare "the militia" are the side whose places the article names', () => {
    assert.deepEqual(coded('Shelling resumed near Donetsk. Observers blamed the self-proclaimed republics.').filter((c) => !c.startsWith('Donetsk')), ['the self-proclaimed republics=UKRREB']);
    assert.deepEqual(coded('Shelling resumed near Donetsk. Observers blamed the militia.').filter((c) => !c.startsWith('Donetsk')), ['the militia=UKRREB']);
  });
  it('not a claimed place alone, nor its region, nor a militia or republic where no claimed place is named', () => {
    assert.deepEqual(coded('Shells hit a school in Donbass on Sunday.'), []);
    assert.deepEqual(coded('Observers blamed the militia for the looting.'), []);
    assert.deepEqual(coded('Moscow rejected the claims of the self-proclaimed republic.'), ['Moscow=RUSGOV']);
  });
  it('none before the republics declared themselves (Donetsk 2014-04-07, Lugansk 2014-04-27): the militia was then the police', () => {
    const text = 'Protesters gathered in Donetsk on Sunday. The militia detained 20 people near the regional administration.';
    assert.deepEqual(coded(text, '2010-05-01').filter((c) => c.startsWith('The militia')), []);
    assert.deepEqual(coded(text).filter((c) => c.startsWith('The militia')), ['The militia=UKRREB']);
    assert.deepEqual(coded('Kiev refuses to talk to the republics of Donetsk and Lugansk.', '2014-04-20').filter((c) => !c.startsWith('Kiev')), ['Donetsk=UKRREB']);
    assert.deepEqual(coded('The Donbass side walked out of the talks.', '2014-04-20'), ['Donbass side=UKRREB']);
  });
  it('"the militia" and "the self-proclaimed republics" only next to a claimed place (this sentence or the one before), the militia not in a sentence naming another country', () => {
    assert.deepEqual(coded('Shelling resumed near Donetsk. In Libya, the militia seized the airport in Tripoli.').filter((c) => c.includes('UKRREB')), []);
    assert.deepEqual(coded('Shelling resumed near Donetsk. Prices rose in Kiev. Observers blamed the militia.').filter((c) => c.includes('UKRREB')), []);
    assert.deepEqual(coded('Russia recognised Abkhazia in 2008 but not Donbas. Prices rose in Moscow. Georgia condemned the self-proclaimed republics.').filter((c) => c.includes('UKRREB')), []);
    assert.deepEqual(coded('Shelling resumed near Donetsk on Sunday. The militia blamed the army.').filter((c) => c.includes('UKRREB')), ['The militia=UKRREB']);
  });
  it('not places before a noun ("Donetsk and Lugansk regions"), nor a side noun before "of" ("the Donetsk side of the border")', () => {
    assert.deepEqual(coded('Representatives of Donetsk and Lugansk regions met Prime Minister Azarov in Kiev.', '2010-05-01').filter((c) => c.includes('UKRREB')), []);
    assert.deepEqual(coded('Representatives of Donetsk and Lugansk regions met the governor in Kiev.').filter((c) => c.includes('UKRREB')), []);
    assert.deepEqual(coded('Shells landed on the Donetsk side of the border with Russia.').filter((c) => c.includes('UKRREB')), []);
    assert.deepEqual(coded('The Donetsk side walked out of the talks.'), ['Donetsk side=UKRREB']);
  });
  it('a claimed town before "leadership" is the side from the claim on, and its town government before it; an unclaimed town\'s stays a government', () => {
    assert.deepEqual(coded('The Donetsk leadership declared a ceasefire.'), ['Donetsk leadership=UKRREB']);
    assert.deepEqual(coded('The Donetsk leadership declared a ceasefire.', '2010-05-01'), ['Donetsk leadership=UKRGOV']);
    assert.deepEqual(coded('The Donetsk leadership declared a ceasefire.', '2014-04-20'), ['Donetsk leadership=UKRREB']);
    assert.deepEqual(coded('The Lugansk leadership declared a ceasefire.', '2014-04-20'), ['Lugansk leadership=UKRGOV']);
    assert.deepEqual(coded('The Lugansk leadership declared a ceasefire.', '2014-05-01'), ['Lugansk leadership=UKRREB']);
    assert.deepEqual(coded('The Kharkiv leadership declared a ceasefire.'), ['Kharkiv leadership=UKRGOV']);
    assert.deepEqual(coded('Kiev met envoys of Donetsk and Lugansk leadership in Minsk.').filter((c) => !/^(Kiev|Minsk)/.test(c)), ['Donetsk=UKRREB', 'Lugansk leadership=UKRREB']);
  });
  it('"proclaimed" alone is no self-declared republic; "self-proclaimed" is', () => {
    assert.deepEqual(coded('Juba celebrated as the newly proclaimed republic of South Sudan joined the United Nations.', '2016-05-01').filter((c) => c.includes('REB')), []);
    assert.deepEqual(coded('Juba condemned the self-proclaimed republic of South Sudan.', '2016-05-01').filter((c) => c.includes('REB')), ['the self-proclaimed republic=SSDREB']);
  });
});

describe('entities: the other self-proclaimed states (Abkhazia, South Ossetia, Transnistria, Nagorno-Karabakh, Northern Cyprus)', () => {
  it('"the self-proclaimed republics" are no side when the sentence before names places of two states\' sides, and one state\'s side when it names only that state\'s', () => {
    assert.deepEqual(coded('Russia recognised Abkhazia in 2008 but not Donbas. Georgia condemned the self-proclaimed republics.').filter((c) => c.includes('REB')), []);
    assert.deepEqual(coded('Russia recognised Abkhazia and South Ossetia in 2008. Georgia condemned the self-proclaimed republics.', '2009-03-01').filter((c) => c.includes('REB')), ['the self-proclaimed republics=GEOREB']);
    assert.deepEqual(coded('Shelling resumed near Tskhinvali. The militia blamed the army.', '2009-03-01').filter((c) => c.includes('REB')), ['The militia=GEOREB']);
  });
  it('their places are places, and their side after "representatives of" or before a side noun', () => {
    assert.deepEqual(coded('Tourists returned to Abkhazia\'s coast. Fighting broke out in South Ossetia.', '2009-03-01').filter((c) => c.includes('REB')), []);
    assert.deepEqual(coded('Talks resumed with representatives of Abkhazia and South Ossetia.', '2009-03-01'), ['Abkhazia=GEOREB', 'South Ossetia=GEOREB']);
    assert.deepEqual(coded('The Tiraspol leadership rejected the plan. The Transnistria side walked out.', '2009-03-01'), ['Tiraspol leadership=MDAREB', 'Transnistria side=MDAREB']);
  });
  it('their capitals under the spellings of GeoNames and the OSCE too (Sokhumi, Ts\'khinvali, Xankandi)', () => {
    assert.deepEqual(coded('The Sokhumi leadership rejected the plan.', '2009-03-01'), ['Sokhumi leadership=GEOREB']);
    assert.deepEqual(coded('The Xankandi leadership rejected the plan.', '2009-03-01'), ['Xankandi leadership=AZEREB']);
    assert.ok(coded('Georgia met representatives of Sokhumi and Ts\'khinvali in Geneva.', '2009-03-01').includes('Ts\'khinvali=GEOREB'));
  });
  it('the entities by their own names', () => {
    const text = 'Moscow hosted the president of the Republic of Abkhazia and the leader of the Turkish Republic of Northern Cyprus.';
    assert.deepEqual(coded(text, '2009-03-01').filter((c) => c.includes('REB')), ['Republic of Abkhazia=GEOREB', 'Turkish Republic of Northern Cyprus=CYPREB']);
    assert.deepEqual(coded('The Pridnestrovian Moldavian Republic and the Nagorno-Karabakh Republic held elections.', '2009-03-01'), ['Pridnestrovian Moldavian Republic=MDAREB', 'Nagorno-Karabakh Republic=AZEREB']);
  });
  it('Nagorno-Karabakh\'s side only between the republic\'s declaration (1991-09-02) and its dissolution (2024-01-01)', () => {
    assert.deepEqual(coded('The Nagorno-Karabakh side walked out of the talks.', '2020-03-01'), ['Nagorno-Karabakh side=AZEREB']);
    assert.deepEqual(coded('The Nagorno-Karabakh side walked out of the talks.', '1990-06-01'), []);
    assert.deepEqual(coded('The Nagorno-Karabakh side walked out of the talks.', '2024-06-01'), []);
  });
});

describe('entities: a separatist side named by a regional adjective of its territory (`territoryAdjectives`)', () => {
  it('the adjective before a side, armed or authority noun is the side on the days of the claim', () => {
    assert.deepEqual(coded('Abkhaz forces attacked the village.', '2009-03-01'), ['Abkhaz forces=GEOREB']);
    assert.deepEqual(coded('The South Ossetian side rejected the plan.', '2009-03-01'), ['South Ossetian side=GEOREB']);
    assert.deepEqual(coded('Transnistrian authorities detained two journalists.', '2009-03-01'), ['Transnistrian authorities=MDAREB']);
    assert.deepEqual(coded('The Karabakh Armenian forces shelled the town.', '2009-03-01'), ['Karabakh Armenian forces=AZEREB']);
    assert.deepEqual(coded('The Turkish Cypriot side rejected the plan.', '2009-03-01'), ['Turkish Cypriot side=CYPREB']);
  });
  it('not before the claim or after it ended, nor before other nouns, a title\'s name or "of"; "Turkish Cypriot" is no Turkish side', () => {
    assert.deepEqual(coded('Transnistrian authorities detained two journalists.', '1989-03-01').filter((c) => c.includes('REB')), []);
    assert.deepEqual(coded('The Karabakh Armenian forces shelled the town.', '2024-06-01').filter((c) => c.includes('REB')), []);
    assert.deepEqual(coded('The Turkish Cypriot side rejected the plan.', '1980-03-01').filter((c) => c.includes('REB')), []);
    assert.deepEqual(coded('Russia imported Abkhaz wine. Abkhaz refugees returned.', '2009-03-01').filter((c) => c.includes('REB')), []);
    assert.deepEqual(coded('Shells landed on the Abkhaz side of the river.', '2009-03-01').filter((c) => c.includes('REB')), []);
    assert.deepEqual(coded('Turkish Cypriot officials met the envoy.', '2009-03-01').filter((c) => c.startsWith('Turkish')), ['Turkish Cypriot officials=CYPREB']);
  });
});
