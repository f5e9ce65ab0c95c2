import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()]);

function mentions(text: string): EntityMention[] {
  return pipeline.run(makeDoc({ text }), { published: '2000-01-01' }).layers.entities ?? [];
}

function mention(text: string, span: string): EntityMention | undefined {
  return mentions(text).find((m) => m.text === span);
}

describe('entities: armed groups on the state\'s side', () => {
  it('a pro-government militia is the state\'s (MIL), capitalised or not, where it is placed or in the sole country', () => {
    assert.equal(mention('Pro-government militiamen burned opposition offices in Harare on Sunday.', 'Pro-government militiamen')?.actor, 'ZWEMIL');
    assert.equal(mention('Witnesses said pro-government gunmen fired on a march in Harare.', 'pro-government gunmen')?.actor, 'ZWEMIL');
    assert.equal(mention('In Sudan, government-backed militias raided villages near Nyala.', 'government-backed militias')?.actor, 'SDNMIL');
    assert.equal(mention('Rebels accused army-backed fighters in Ivory Coast of looting Bouake.', 'army-backed fighters')?.actor, 'CIVMIL');
  });
  it('a militia backing a foreign state stays a rebel group of the land it fights in', () => {
    assert.equal(mention('Pro-Moscow militiamen seized a police station in Sloviansk.', 'Pro-Moscow militiamen')?.actor, 'UKRREB');
  });
});

describe('entities: the sector a group noun after a nationality gives', () => {
  it('paramilitaries and officers are military, cartels and smugglers criminals, clerics religious', () => {
    assert.equal(mention('Colombian paramilitaries massacred 30 peasants in Choco.', 'Colombian')?.actor, 'COLMIL');
    assert.equal(mention('Syrian officers met their Lebanese counterparts in Beirut.', 'Syrian')?.actor, 'SYRMIL');
    assert.equal(mention('Mexican cartels smuggled tonnes of cocaine across the border.', 'Mexican')?.actor, 'MEXCRM');
    assert.equal(mention('Iranian clerics denounced the verdict in Qom.', 'Iranian')?.actor, 'IRNREL');
  });
  it('diplomatic missions, governors, envoys, consulates and ministers are the government (Phoenix [~GOV] agents)', () => {
    assert.equal(mention('Youths threw stones at Japanese diplomatic missions in Shanghai.', 'Japanese')?.actor, 'JPNGOV');
    assert.equal(mention('Brazilian state governors met the finance minister in Brasilia.', 'Brazilian')?.actor, 'BRAGOV');
    assert.equal(mention('Indian envoys flew to Colombo for talks.', 'Indian')?.actor, 'INDGOV');
    assert.equal(mention('Syrian ministers rejected the plan.', 'Syrian')?.actor, 'SYRGOV');
  });
  it('not an office of a body the word between names: a bank\'s or school\'s president or administration is no state\'s', () => {
    assert.equal(mention('A Russian bank president was arrested in Moscow.', 'Russian')?.actor, 'RUS');
    assert.equal(mention('Ukrainian university presidents signed a letter against the war.', 'Ukrainian')?.actor, 'UKR');
    assert.equal(mention('US bank president John Smith met Mexican officials.', 'US')?.actor, 'USA');
    assert.equal(mention('Kenyan school administration officials closed the campus.', 'Kenyan')?.actor, 'KEN');
  });
  it('a counterpart is an office holder, GOV, as the role description of one is', () => {
    assert.equal(mention('Chinese officials met their Japanese counterparts in Tokyo.', 'Japanese')?.actor, 'JPNGOV');
  });
  it('a counterpart is of the sector of whom they face', () => {
    assert.equal(mention('Chinese business leaders met their Japanese counterparts in Tokyo.', 'Japanese')?.actor, 'JPNBUS');
    assert.equal(mention('Russian army generals met their American counterparts in Geneva.', 'American')?.actor, 'USAMIL');
    assert.equal(mention('Russian students met their American counterparts in Boston.', 'American')?.actor, 'USAEDU');
  });
  it('nationality words joined by commas and "and" share the noun after the last', () => {
    const joined = mentions('The Peruvian and Chilean presidents met in Lima.');
    assert.deepEqual(joined.filter((m) => m.type === 'NORP').map((m) => m.actor), ['PERGOV', 'CHLGOV']);
    const list = mentions('Danish, Swedish and Finnish troops patrolled the border.');
    assert.deepEqual(list.filter((m) => m.type === 'NORP').map((m) => m.actor), ['DNKMIL', 'SWEMIL', 'FINMIL']);
    // No noun of a sector after the list: "positions" is no sector's.
    assert.equal(mention('The Peruvian and Chilean positions on fishing differ.', 'Peruvian')?.actor, 'PER');
  });
});

describe('entities: a country\'s non-state association', () => {
  it('is its members\' sector, or NGO, not the government', () => {
    assert.equal(mention('The Ghana Bar Association condemned the arrests.', 'Ghana Bar Association')?.actor, 'GHAJUD');
    assert.equal(mention('The Egyptian Medical Association called a strike.', 'Egyptian Medical Association')?.actor, 'EGYHLH');
    assert.equal(mention('The Polish Football Association fined the club.', 'Polish Football Association')?.actor, 'POLNGO');
  });
  it('a labour union and a state body keep their sectors', () => {
    assert.equal(mention("The Serbian Workers' Union called a strike.", "Serbian Workers' Union")?.actor, 'SRBLAB');
    assert.equal(mention('The Polish Foreign Ministry summoned the envoy.', 'Polish Foreign Ministry')?.actor, 'POLGOV');
  });
  it('a union, league or federation with no member or sport word is a party or a union of states, as before, not NGO', () => {
    assert.equal(mention('Pakistan Muslim League leaders met the prime minister.', 'Pakistan Muslim League')?.actor, 'PAKGOV');
    assert.equal(mention('The Kenya African National Union won the election.', 'Kenya African National Union')?.actor, 'KENGOV');
    assert.equal(mention('The Indian Union Muslim League rejected the bill.', 'Indian Union Muslim League')?.actor, 'INDGOV');
    assert.equal(mention('The Russian-Belarusian Union State budget was approved by Minsk.', 'Belarusian Union State')?.actor, 'BLRGOV');
    assert.equal(mention('The Turkish Football Federation fined the club.', 'Turkish Football Federation')?.actor, 'TURNGO');
  });
});

describe('entities: a role with no name after a nationality', () => {
  it('a minister by portfolio or an official by level is the government\'s', () => {
    assert.equal(mention('The Kenyan health minister said the outbreak was contained.', 'The Kenyan health minister')?.actor, 'KENGOV');
    assert.equal(mention('The Nigerian petroleum minister flew to Vienna for the OPEC meeting.', 'The Nigerian petroleum minister')?.actor, 'NGAGOV');
    assert.equal(mention('An Afghan provincial governor was killed by a roadside bomb.', 'An Afghan provincial governor')?.actor, 'AFGGOV');
    assert.equal(mention('The Iraqi deputy prime minister arrived in Tehran.', 'The Iraqi deputy prime minister')?.actor, 'IRQGOV');
  });
});

describe('entities: an insurgent movement named by its creed', () => {
  it('"Maoist" alone or before a noun is the insurgents of the state its words, place or article name', () => {
    assert.equal(mention('The Maoist leader called for a general strike in Kathmandu.', 'Maoist')?.actor, 'NPLREB');
    assert.equal(mention("Nepal's Maoist chief met the prime minister on Friday.", 'Maoist')?.actor, 'NPLREB');
    assert.equal(mention('Nepalese Maoists attacked a police post overnight.', 'Maoists')?.actor, 'NPLREB');
    assert.equal(mention('The Maoist spokesman accused India of meddling in the affairs of Nepal.', 'Maoist')?.actor, 'NPLREB');
    assert.equal(mention('Police in Chhattisgarh said Naxalite cadres had blown up a school.', 'Naxalite')?.actor, 'INDREB');
  });
  it('left uncoded where the article names none of its states', () => {
    assert.equal(mention('The Maoists walked out of the talks on Monday.', 'Maoists')?.actor, undefined);
  });
});

describe('entities: nationality words of states renamed since', () => {
  it('Rhodesian, Ceylonese, Dahomeyan and West German name today\'s state', () => {
    assert.equal(mention('Rhodesian troops crossed into Zambia on Monday.', 'Rhodesian')?.actor, 'ZWEMIL');
    assert.equal(mention('The Ceylonese government protested to London.', 'Ceylonese')?.actor, 'LKAGOV');
    assert.equal(mention('Dahomeyan soldiers seized power in Cotonou.', 'Dahomeyan')?.actor, 'BENMIL');
    assert.equal(mention('West German police arrested two suspects in Hamburg.', 'West German')?.actor, 'DEUCOP');
  });
});

describe('entities: offices and people the KB lacked', () => {
  it('"the Pope", "the pontiff" are the Holy See\'s office holder with no country word', () => {
    assert.equal(mention('The Pope called for an end to the fighting in the Balkans.', 'The Pope')?.country, 'VAT');
    assert.equal(mention('Crowds greeted the pontiff in Manila on Sunday.', 'the pontiff')?.country, 'VAT');
    assert.equal(mention("The Pope's envoy arrived in Sarajevo.", 'The Pope'), undefined);
  });
  it('the popes of 1978-2013 by name, not another "John Paul"', () => {
    assert.equal(mention('Pope John Paul II arrived in Havana on Wednesday.', 'Pope John Paul II')?.actor, 'VATGOV');
  });
  it('West Bank towns by their English spellings', () => {
    assert.equal(mention('Israeli tanks entered Jenin before dawn.', 'Jenin')?.country, 'PSE');
    assert.equal(mention('Israeli troops raided Tulkarm on Friday.', 'Tulkarm')?.country, 'PSE');
  });
});

describe('entities: people named with a role the KB does not know them by', () => {
  it('a town before an Arabic name\'s article is the name\'s first word', () => {
    assert.equal(mention('Sudanese opposition leader Hassan al-Turabi was detained.', 'Hassan al-Turabi')?.actor, 'SDNOPP');
    assert.equal(mention('Police said Hassan el-Turabi had left Khartoum.', 'Hassan'), undefined);
    assert.equal(mention('Protesters marched in Hassan on Monday.', 'Hassan')?.country, 'IND');
  });
  it('a faith word between the nationality and the role, and a past word before the nationality', () => {
    assert.equal(mention('Iraqi Shiite cleric Ali al-Sistani urged calm.', 'Ali al-Sistani')?.actor, 'IRQREL');
    assert.equal(mention('Britain detained former Chilean dictator Augusto Pinochet.', 'Augusto Pinochet')?.actor, 'CHL');
    assert.equal(mention('Chilean dictator Augusto Pinochet met the cardinal.', 'Augusto Pinochet')?.actor, 'CHLGOV');
  });
});

describe('entities: a counterpart named by nationality after a possessive pronoun', () => {
  it('is that state\'s official, and a later "his" still stands for the subject', () => {
    const doc = pipeline.run(makeDoc({ text: 'The Thai foreign minister briefed his Vietnamese counterpart on his trip to Rangoon.' }), { published: '2000-01-01' });
    const entities = doc.layers.entities ?? [];
    assert.equal(entities.find((m) => m.text === 'Vietnamese counterpart')?.actor, 'VNMGOV');
    const subject = entities.find((m) => m.text === 'The Thai foreign minister')?.entity;
    assert.deepEqual(entities.filter((m) => m.text === 'his').map((m) => m.entity), [subject, subject]);
  });
});

describe('entities: bare heads of a state\'s bodies and people', () => {
  it('parliament, lawmakers, judges, students and riot police of where they are or the sole country', () => {
    assert.equal(mention('The president of Zambia dissolved parliament on Friday.', 'parliament')?.actor, 'ZMBLEG');
    assert.equal(mention('Lawmakers in Ukraine voted to dismiss the cabinet.', 'Lawmakers')?.actor, 'UKRLEG');
    assert.equal(mention('Judges in Pakistan went on strike on Monday.', 'Judges')?.actor, 'PAKJUD');
    assert.equal(mention('Police in Dhaka clashed with students outside the university.', 'students')?.actor, 'BGDEDU');
    assert.equal(mention('Students marched in Caracas against the closure of a television station.', 'Students')?.actor, 'VENEDU');
    assert.equal(mention('Riot police in Nairobi fired tear gas at the crowd.', 'Riot police')?.actor, 'KENCOP');
  });
  it('not after another owner', () => {
    assert.equal(mention('Kenya said their students would stay home.', 'students'), undefined);
  });
});

describe('entities: intergovernmental bodies as wire services spell them', () => {
  it('British spellings and the names of today', () => {
    assert.equal(mention('The Organisation of African Unity sent envoys to Kigali.', 'Organisation of African Unity')?.actor, 'IGOAFROAU');
    assert.equal(mention('The Organisation of Islamic Cooperation condemned the attack.', 'Organisation of Islamic Cooperation')?.actor, 'IGOMOSOIC');
    assert.equal(mention('The Non-Aligned Movement criticised the blockade.', 'Non-Aligned Movement')?.actor, 'IGONON');
  });
});

describe('entities: a state body before a possessive', () => {
  it('"the government\'s plan" names the government of the sole country', () => {
    assert.equal(mention("Zambian miners walked out in protest at the government's plan to sell the mines.", 'the government')?.actor, 'ZMBGOV');
    assert.equal(mention("Peru's opposition condemned the army's conduct in Ayacucho.", 'the army')?.actor, 'PERMIL');
  });
});

describe('entities: towns by the names wire reports used for them', () => {
  it('Bangalore, Madras, Khatmandu, Fort Lamy, Frunze are the towns GeoNames names otherwise', () => {
    assert.equal(mention('Police fired tear gas at rioters in Bangalore on Sunday.', 'Bangalore')?.country, 'IND');
    assert.equal(mention('A general strike shut down Khatmandu on Monday.', 'Khatmandu')?.country, 'NPL');
    assert.equal(mention('French troops flew into Fort Lamy on Tuesday.', 'Fort Lamy')?.country, 'TCD');
    assert.equal(mention('Talks opened in Frunze on Friday.', 'Frunze')?.country, 'KGZ');
  });
});

describe('entities: a dictionary body whose name holds its own country', () => {
  it('is no other country\'s generic body when the article names another country', () => {
    assert.equal(mention('Serbia said the Kosovo Liberation Army had ambushed a police patrol.', 'Kosovo Liberation Army')?.country, 'XKX');
  });
});

describe('entities: small towns whose names fold to English words', () => {
  it('"God" is no Hungarian town (Göd)', () => {
    assert.equal(mention('Hizbollah (Party of God) declared a ceasefire in south Lebanon.', 'God'), undefined);
  });
});

describe('entities: a state body whose modifier opens the sentence', () => {
  it('"Government forces", "Federal troops" at a sentence start are the sole country\'s', () => {
    assert.equal(mention('Government forces recaptured the town of Jaffna in Sri Lanka.', 'Government forces')?.actor, 'LKAMIL');
    assert.equal(mention('Federal troops shelled Grozny on Monday, Russian officials said.', 'Federal troops')?.actor, 'RUSMIL');
  });
});

describe("entities: an international body's official named by role", () => {
  it("is the body's: its actor code, with its short code as country", () => {
    assert.equal(mention("The Arab League's secretary general voiced support for Lebanon's army.", "Arab League's secretary general")?.actor, 'IGOMEAARL');
    assert.equal(mention('Rebels released the hostages after talks with the UN secretary-general.', 'the UN secretary-general')?.actor, 'IGOUNO');
  });
  it('not after another owner or an indefinite article', () => {
    assert.equal(mention('He met a NATO envoy on Monday.', 'a NATO envoy'), undefined);
  });
});

describe('entities: a role of a body, with no name, is that body\'s person', () => {
  it('an international body\'s head, director general or secretary general takes its code', () => {
    assert.equal(mention('The head of the IAEA arrived in Pyongyang on Tuesday.', 'The head of the IAEA')?.actor, 'IGOUNOIAE');
    assert.equal(mention('Talks with the director-general of the IAEA ended without a deal.', 'the director-general of the IAEA')?.actor, 'IGOUNOIAE');
    assert.equal(mention('The secretary general of NATO flew to Kabul.', 'The secretary general of NATO')?.type, 'PERSON');
    assert.equal(mention('Talks stalled, and then the head of the IAEA flew to Tehran.', 'the head of the IAEA')?.actor, 'IGOUNOIAE');
  });
  it('a chief of the general staff of a nationality\'s forces is its military', () => {
    assert.equal(mention('The chief of the general staff of the Turkish armed forces visited Baku.', 'The chief of the general staff of the Turkish armed forces')?.actor, 'TURMIL');
    assert.equal(mention('The commander of the Pakistani army toured the border posts.', 'The commander of the Pakistani army')?.actor, 'PAKMIL');
    assert.equal(mention("India's chief of army staff visited troops in Ladakh.", "India's chief of army staff")?.actor, 'INDMIL');
  });
  it('not before a name (a title), nor where the body only owns a part, nor a past role', () => {
    assert.equal(mention('The head of the IAEA Mohamed ElBaradei said inspections would resume.', 'The head of the IAEA'), undefined);
    assert.equal(mention("The head of the IAEA's safeguards department resigned.", 'The head of the IAEA'), undefined);
    assert.ok(!mentions('The former head of the IAEA criticised the deal.').some((m) => m.rule === 'entities/en/role-of-description'));
  });
});

describe('entities: an unknown name before a lower-case "state" is a state of the federation', () => {
  it('of the country a possessive names, else of the article\'s sole country; its government is that country\'s', () => {
    assert.equal(mention("Gunmen kidnapped 30 pupils in Nigeria's Zamfara state on Friday.", 'Zamfara')?.country, 'NGA');
    assert.equal(mention('Sudanese troops shelled villages in Unity state, where the Unity state government reported 40 dead.', 'Unity state government')?.actor, 'SDNGOV');
  });
  it('not an adjective before "state"', () => {
    assert.equal(mention('Australian firefighters battled blazes as the Victorian state government declared an emergency.', 'Victorian state government'), undefined);
  });
});

describe('entities: an unknown party named with a party description in apposition', () => {
  it('takes the description\'s country and side', () => {
    assert.equal(mention("The Alliance for Democracy, Malawi's main opposition party, walked out of parliament.", 'Alliance for Democracy')?.actor, 'MWIOPP');
  });
  it('not when the description owns something after it', () => {
    assert.equal(mention("Party leaders met at the Union Hotel, the main opposition party's headquarters, on Friday.", 'Union Hotel')?.actor, undefined);
  });
});
