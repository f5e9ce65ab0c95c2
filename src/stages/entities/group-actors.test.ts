import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()]);

function mention(text: string, span: string): EntityMention | undefined {
  return (pipeline.run(makeDoc({ text }), { published: '2000-01-01' }).layers.entities ?? []).find((m) => m.text === span);
}

describe('entities: actor codes of bodies the KB does not name', () => {
  it('a lower-case rights or aid group with no country is an NGO of its field', () => {
    assert.equal(mention('Police beat protesters, a human rights group said on Friday.', 'human rights group')?.actor, 'NGOHRI');
    assert.equal(mention('A refugee aid agency accused Thai authorities of abuses.', 'aid agency')?.actor, 'NGODEV');
  });
  it('not where a nationality, a name or a possessive owns the body', () => {
    assert.equal(mention('A Brazilian environmental group accused loggers.', 'environmental group'), undefined);
    assert.equal(mention('The ministry said its aid agency would stay.', 'aid agency'), undefined);
  });
  it('peacekeepers with no country are an international force only as the subject of their verb', () => {
    assert.equal(mention('Peacekeeping troops fired on militiamen in northern Mali.', 'Peacekeeping troops')?.actor, 'IGO');
    assert.equal(mention('Pakistan has refused to deploy peacekeepers in Iraq.', 'peacekeepers'), undefined);
    assert.equal(mention('Nigeria will withdraw its peacekeeping force from Chad.', 'peacekeeping force'), undefined);
  });
  it("a place's governor or mayor is its country's government", () => {
    assert.equal(mention('The governor of Herat province said 12 policemen were killed.', 'The governor of Herat province')?.actor, 'AFGGOV');
    assert.equal(mention('The mayor of Sarajevo appealed for fuel and food.', 'The mayor of Sarajevo')?.actor, 'BIHGOV');
    assert.equal(mention('The governor of the central bank resigned on Friday.', 'The governor of the central bank'), undefined);
  });
  it('an unknown commission or committee that watches a truce is an international body', () => {
    assert.equal(mention('The Ceasefire Violations Committee said rebels had shelled the town.', 'Ceasefire Violations Committee')?.actor, 'IGO');
    assert.equal(mention('The Joint Monitoring Commission accused both armies of breaking the accord.', 'Joint Monitoring Commission')?.actor, 'IGO');
    assert.equal(mention('The Joint Economic Committee of Congress held hearings.', 'Joint Economic Committee')?.actor, undefined);
  });
  it('an unknown association or foundation is an NGO, not after a nationality', () => {
    assert.equal(mention('The Association of Arab Lawyers met jailed activists.', 'Association of Arab Lawyers')?.actor, 'NGO');
    assert.notEqual(mention('Here the Russian Geographical Society has something to offer.', 'Geographical Society')?.actor, 'NGO');
  });
  it('an unknown forum that urges, calls on or accuses is an NGO; a forum that meets or discusses stays uncoded', () => {
    assert.equal(mention('The Asian Peoples Forum on Tuesday urged Japan to compensate wartime labourers.', 'Asian Peoples Forum')?.actor, 'NGO');
    assert.equal(mention('The Civil Society Forum has accused the police of torture.', 'Civil Society Forum')?.actor, 'NGO');
    assert.equal(mention('The Eastern Economic Forum discussed investment in the Far East.', 'Eastern Economic Forum')?.actor, undefined);
  });
  it('a university named after a town is of the town’s country', () => {
    const m = mention('Students at Kabul University protested on Monday.', 'Kabul University');
    assert.equal(m?.country, 'AFG');
    assert.equal(m?.actor, 'AFGEDU');
    assert.equal(mention('China sent equipment to Nairobi University Teaching Hospital.', 'Nairobi University Teaching Hospital')?.country, 'KEN');
  });
  it('the European Common Market is the EEC, in any case of its last words', () => {
    assert.equal(mention('Norway rejected membership of the European common market.', 'European common market')?.actor, 'IGOEUREEC');
  });
  it("a country's ruling or opposition party in lower case is its GOV or OPP; a name after the country's possessive and its modifiers is of that country", () => {
    assert.equal(mention("Cambodia's ruling party accused Sam Rainsy.", 'ruling party')?.actor, 'KHMGOV');
    assert.equal(mention("Kenya's main opposition party called a strike.", 'main opposition party')?.actor, 'KENOPP');
    assert.equal(mention('The ruling party won the vote.', 'ruling party'), undefined);
    assert.equal(mention("South Korea's opposition Grand National Party demanded talks.", 'Grand National Party')?.country, 'KOR');
  });
  it("an unknown official titled with an office but no country is of the article's sole country, unless someone of that country is named", () => {
    assert.equal(mention('Planning and Investment Minister Tran Xuan Gia said Vietnam would open up.', 'Planning and Investment Minister Tran Xuan Gia')?.actor, 'VNMGOV');
    assert.equal(mention('President Henri Lacombe welcomed South African leader F.W. de Klerk.', 'President Henri Lacombe')?.country, undefined);
    assert.equal(mention('Defence Minister Pierre Joxe said France would send troops to Liberia.', 'Defence Minister Pierre Joxe')?.country, undefined);
  });
  it('a state body before "in" and a town, or after "TOWN-based", is of the town\'s country; a region-coded armed group takes the sole country', () => {
    assert.equal(mention('The Foreign Ministry in Beijing accused Washington of interference.', 'Foreign Ministry')?.actor, 'CHNGOV');
    assert.equal(mention('The Nairobi-based Forum for Democracy accused the police.', 'Forum for Democracy')?.country, 'KEN');
    assert.equal(mention('Revolutionary United Front fighters attacked Sierra Leonean troops.', 'Revolutionary United Front')?.country, 'SLE');
  });
  it("a people or region before an armed-group noun makes rebels of the region's or the article's sole country", () => {
    assert.equal(mention('Hutu rebels attacked Burundian troops.', 'Hutu rebels')?.actor, 'BDIREB');
    assert.equal(mention('Darfur rebels attacked a town in Sudan.', 'Darfur rebels')?.actor, 'SDNREB');
    assert.equal(mention('Suspected rebels attacked Burundian troops.', 'Suspected rebels'), undefined);
    assert.equal(mention('Former rebel commander Jean-Pierre Bemba returned to Kinshasa on Sunday.', 'Former rebel'), undefined);
    assert.equal(mention('Former guerrillas clashed with police in Managua.', 'Former guerrillas'), undefined);
    assert.equal(mention('Iraqi troops fought Kurdish rebels near the Turkish border.', 'Kurdish rebels')?.actor, 'IRQREB');
  });
  it('a split people before an armed-group noun is of the state whose forces the article names, else the first of its states named', () => {
    assert.equal(mention('Kurdish guerrillas based in northern Iraq raided a Turkish border post.', 'Kurdish guerrillas')?.actor, 'TURREB');
    assert.equal(mention('Kurdish rebels attacked a police post near the Iraqi border, Turkish officials said.', 'Kurdish rebels')?.actor, 'TURREB');
    assert.equal(mention('Shiite militiamen ambushed an Israeli patrol in south Lebanon.', 'Shiite militiamen')?.actor, 'LBNREB');
    assert.equal(mention("Shi'ite Moslem guerrillas shelled Israeli positions near the Lebanese border.", "Shi'ite Moslem guerrillas")?.actor, 'LBNREB');
    assert.equal(mention('Hutu militiamen based in Zaire raided a Rwandan army post.', 'Hutu militiamen')?.actor, 'RWAREB');
    assert.equal(mention('Kurdish rebels marched in Berlin and Paris.', 'Kurdish rebels'), undefined);
    assert.equal(mention('Turkish jets bombed Kurdish militants in northern Iraq.', 'Kurdish militants')?.actor, 'IRQREB');
    assert.equal(mention('Ankara threatened action against Kurdish fighters in Syria.', 'Kurdish fighters')?.actor, 'SYRREB');
  });
  it('a count before a people is no part of a name ("Thousands of Kurds", "Hundreds of Palestinians")', () => {
    assert.equal(mention('Thousands of Kurds gathered in Arbil on Sunday.', 'Thousands of Kurds'), undefined);
    assert.equal(mention('Hundreds of Palestinians marched in Ramallah.', 'Palestinians')?.actor, 'PSECVL');
  });
  it('Jewish settlers are Israeli civilians wherever the report is set; Sikhs are of India', () => {
    assert.equal(mention('Jewish settlers stoned Palestinian cars near Ramallah.', 'Jewish')?.actor, 'ISRCVL');
    assert.equal(mention('A Jewish extremist settler opened fire in a Hebron mosque.', 'Jewish')?.actor, 'ISRCVL');
    assert.equal(mention('Jewish leaders in France condemned the attack.', 'Jewish')?.country, 'FRA');
    assert.equal(mention('Sikh separatists bombed a train.', 'Sikh')?.actor, 'INDREB');
    assert.equal(mention('Indian police said gunmen shot dead six Hindu bus passengers.', 'Hindu')?.country, 'IND');
  });
  it('regions and towns of 1990s conflicts are places of their country; Abu Sayyaf is a Philippine armed group', () => {
    assert.equal(mention('Government troops entered the Ogaden region.', 'Ogaden')?.country, 'ETH');
    assert.equal(mention('Rebels seized Bukavu in South Kivu.', 'South Kivu')?.country, 'COD');
    assert.equal(mention('Abu Sayyaf gunmen kidnapped 20 tourists.', 'Abu Sayyaf')?.actor, 'PHLREB');
    assert.equal(mention('Hutu rebels fled into Zaire.', 'Zaire')?.country, 'COD');
  });
  it("the chief of a military staff with no owner is the sole country's military chief, as a minister by portfolio alone is its GOV", () => {
    assert.equal(mention('Nigerian troops attacked. The chief of army staff said they would stay.', 'The chief of army staff')?.actor, 'NGAMIL');
    assert.equal(mention('Pakistani troops shelled rebel positions in Waziristan. The chief of the general staff said the army would respond.', 'The chief of the general staff')?.actor, 'PAKMIL');
    assert.equal(mention('The chief of staff said the president was resting, Nigerian officials said.', 'The chief of staff'), undefined);
    assert.equal(mention('Pakistani troops shelled Indian positions in Kashmir. The chief of the general staff said the army would respond.', 'The chief of the general staff'), undefined);
  });
  it("an unknown word and a known place before 'state' are one state, of the possessive's or the article's sole country, not the known word's", () => {
    assert.equal(mention('Sudanese aircraft bombed villages in Blue Nile state on Sunday.', 'Blue Nile')?.country, 'SDN');
    assert.equal(mention("Fighting spread to Sudan's White Nile state.", 'White Nile')?.country, 'SDN');
    assert.equal(mention('The Upper Nile state government accused Khartoum of arming militias.', 'Upper Nile state government')?.actor, 'SDNGOV');
    assert.equal(mention('The Upper Nile state government accused Khartoum of arming militias.', 'Nile state government'), undefined);
  });
  it("an unknown name before 'state' or 'province', or after 'the province of', is a place of the article's sole country", () => {
    assert.equal(mention('Nigerian police arrested 40 people in Plateau state.', 'Plateau')?.country, 'NGA');
    assert.equal(mention('Sri Lankan troops advanced into the district of Mullaittivu on Monday.', 'Mullaittivu')?.country, 'LKA');
    assert.equal(mention('Loggers burned forest in Para state, officials in Brazil and Peru said.', 'Para')?.country, undefined);
  });
  it("a people with no country of its own before a noun for people is of the article's sole country", () => {
    assert.equal(mention('Egyptian police dispersed Moslem fundamentalist demonstrators.', 'Moslem')?.country, 'EGY');
    assert.equal(mention('The Muslim world reacted in Egypt.', 'Muslim')?.country, undefined);
    assert.equal(mention('Bosnian Serbs demanded a truce with Moslem forces in east Bosnia.', 'Moslem')?.actor, 'BIH');
  });
  it("movements of one country's revolution are of that country; a minister by portfolio alone is the sole country's", () => {
    assert.equal(mention('Sandinista leaders accused the president.', 'Sandinista')?.country, 'NIC');
    assert.equal(mention("South Korea's opposition demanded the resignation of the unification minister.", 'the unification minister')?.actor, 'KORGOV');
    assert.equal(mention('Seoul and Tokyo said the foreign minister met.', 'the foreign minister'), undefined);
  });
  it("an unknown person after a role that names no owner is of the sole country, with the role's sector", () => {
    assert.equal(mention('Police in Pakistan allowed opposition leader Maulana Fazl-ur-Rehman to hold a rally.', 'Maulana Fazl-ur-Rehman')?.actor, 'PAKOPP');
    assert.equal(mention('The government of Sindh province ordered patrols.', 'Sindh')?.country, 'PAK');
  });
  it('a people or faith word opening a sentence before a lower-case noun is kept ("Kurdish leaders met Iraqi officials")', () => {
    assert.equal(mention('Kurdish leaders met Iraqi officials in Baghdad.', 'Kurdish')?.country, 'IRQ');
    assert.equal(mention('Western diplomats said so in Baghdad.', 'Western'), undefined);
  });
  it("the opposition with no owner before it is the sole country's", () => {
    assert.equal(mention('Opposition supporters marched through the Kenyan capital Nairobi.', 'Opposition supporters')?.actor, 'KENOPP');
    assert.equal(mention('The opposition said it would boycott the election in Zimbabwe.', 'opposition')?.actor, 'ZWEOPP');
    assert.equal(mention('The opposition newspaper closed in Kenya.', 'opposition'), undefined);
  });
});

describe('entities: "the NAME district of TOWN"', () => {
  it("gives the district the town's country, over a town of that name elsewhere", () => {
    assert.equal(mention('Kenyan police raided the Eastleigh district of Nairobi overnight.', 'Eastleigh')?.country, 'KEN');
    assert.equal(mention('A car bomb exploded in the Karrada district of Baghdad on Sunday.', 'Karrada')?.country, 'IRQ');
  });
  it('makes an unknown name a place, not an organisation', () => {
    const m = mention('Israeli tanks entered the Shejaiya neighbourhood of Gaza City.', 'Shejaiya');
    assert.equal(m?.type, 'GPE');
    assert.equal(m?.country, 'PSE');
  });
  it('not for a capitalised part noun, which is part of a name', () => {
    assert.equal(mention('The Lake District of England drew tourists.', 'Lake')?.rule === 'entities/en/district-of', false);
  });
});
