import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()]);

function mention(text: string, span: string, published = '2000-01-01'): EntityMention | undefined {
  return (pipeline.run(makeDoc({ text }), { published }).layers.entities ?? []).find((m) => m.text === span);
}

describe('entities: a state body named by a lower-case noun', () => {
  it('after a country\'s possessive it is that country\'s, with the noun\'s sector', () => {
    assert.equal(mention("Zambia's government accused Angola of arming the rebels.", "Zambia's government")?.actor, 'ZMBGOV');
    assert.equal(mention("Burma's military rulers freed 200 prisoners.", "Burma's military rulers")?.actor, 'MMRGOV');
  });
  it("a plural a country word gives a sector has the same sector after the country's possessive (\"Kenya's workers\" as \"Kenyan workers\")", () => {
    assert.equal(mention("Kenya's workers went on strike on Monday.", "Kenya's workers")?.actor, 'KENLAB');
    assert.equal(mention("Russia's journalists protested the detention of a colleague.", "Russia's journalists")?.actor, 'RUSMED');
    assert.equal(mention("Ukraine's farmers blocked roads near Lviv.", "Ukraine's farmers")?.actor, 'UKRCVL');
    // Occupations the Phoenix agents give a sector: doctors and nurses HLH, teachers EDU, by either route.
    assert.equal(mention("Kenya's doctors went on strike on Monday.", "Kenya's doctors")?.actor, 'KENHLH');
    assert.equal(mention('Nigerian nurses went on strike on Monday.', 'Nigerian')?.actor, 'NGAHLH');
    assert.equal(mention("Iran's teachers staged sit-ins.", "Iran's teachers")?.actor, 'IRNEDU');
    // The people own what follows ("the workers' union"): they are still named, as "the government's decision" names the government.
    assert.equal(mention("Kenya's workers' union called a strike.", "Kenya's workers")?.actor, 'KENLAB');
    // A singular is a thing the state has, and alone the people are no state's.
    assert.equal(mention("Russia's embassy in Kyiv protested.", "Russia's embassy"), undefined);
    assert.equal(mention('The workers in Kenya went on strike.', 'The workers'), undefined);
  });
  it('with no owner, the country it is placed in, else the article\'s sole country', () => {
    assert.equal(mention('Rebels in eastern Chad attacked a convoy near Abeche.', 'Rebels')?.actor, 'TCDREB');
    assert.equal(mention('Security forces in Indian Kashmir detained 12 people.', 'Security forces')?.actor, 'INDCOP');
    assert.equal(mention('Ugandan opposition figures said the army had beaten their supporters.', 'the army')?.actor, 'UGAMIL');
    assert.equal(mention('Hausa elders in Kano appealed to the federal government for help.', 'the federal government')?.actor, 'NGAGOV');
    // A compass word that opens the country's own name is no part word ("in northern Chad").
    assert.equal(mention('Police in South Korea arrested two North Korean spies.', 'Police')?.actor, 'KORCOP');
  });
  it('a ministry named by its portfolio is the government of its owner or place', () => {
    assert.equal(mention('The foreign ministry in Beijing accused Tokyo of provocation.', 'The foreign ministry')?.actor, 'CHNGOV');
    assert.equal(mention("The opposition leader criticised Kenya's interior ministry on Monday.", "Kenya's interior ministry")?.actor, 'KENGOV');
  });
  it('a commission only with a word that says whose it is: an election commission is the state\'s', () => {
    assert.equal(mention('Zambian opposition parties urged the electoral commission to delay the vote.', 'the electoral commission')?.actor, 'ZMBGOV');
    assert.equal(mention('Zambian opposition parties said the commission would meet.', 'the commission'), undefined);
  });
  it('not when several countries are where it is, nor a speaker only, nor after another owner', () => {
    assert.equal(mention('Police in Peru and Bolivia seized two tonnes of cocaine.', 'Police'), undefined);
    assert.equal(mention('Police in Uganda said gunmen had killed three traders.', 'Police'), undefined);
    assert.equal(mention('Ghana said their army would stay neutral.', 'army'), undefined);
    assert.equal(mention('The army chief of Nepal resigned.', 'army'), undefined);
  });
});

describe('entities: dated names, split regions and faiths', () => {
  it('a bare "Congo" is the DRC after May 1997 and before Zaire, the Republic between', () => {
    assert.equal(mention('Rwanda accused Congo of arming Hutu militias.', 'Congo', '1999-03-01')?.country, 'COD');
    assert.equal(mention('France sent troops to Congo to protect its nationals.', 'Congo', '1991-06-01')?.country, 'COG');
    assert.equal(mention('Rwanda accused Congo of arming Hutu militias in Brazzaville.', 'Congo', '1999-03-01')?.country, 'COG');
  });
  it('Punjab is the part of the state the article names', () => {
    assert.equal(mention('Pakistani troops were sent to Punjab after the riots.', 'Punjab')?.country, 'PAK');
    assert.equal(mention('Sikh leaders in Punjab called a strike in Amritsar.', 'Punjab')?.country, 'IND');
  });
  it('a faith\'s militants are of the state they are placed in, or whose forces their sentence names', () => {
    assert.equal(mention('Muslim rebels in the southern Philippines freed two Indonesian hostages.', 'Muslim rebels')?.actor, 'PHLREB');
    assert.equal(mention('Egyptian police killed four Islamic militants, a Sudanese newspaper said.', 'Islamic militants')?.actor, 'EGYREB');
  });
  it('a people coded by the people list names the sole country', () => {
    assert.equal(mention('Yoruba leaders accused the government of neglect.', 'the government')?.actor, 'NGAGOV');
  });
  it("a people's leaders are its country's people, not the government; its other groups keep their sector", () => {
    assert.equal(mention('Igbo leaders accused the government of neglect.', 'Igbo')?.actor, 'NGA');
    assert.equal(mention('Troops fired on Ogoni youths near the oil fields.', 'Ogoni')?.actor, 'NGACVL');
  });
});

describe('entities: sectors of titled people, rulers and opposition names', () => {
  it('a titled person after a country\'s possessive takes the office\'s sector', () => {
    assert.equal(mention("Gabon's President Omar Bongo flew to Libreville.", 'President Omar Bongo')?.actor, 'GABGOV');
  });
  it('a prosecutor is judicial (Phoenix PROSECUTOR [~JUD]), and "General" after an office is no rank; a metropolitan of a see is religious', () => {
    assert.equal(mention('Georgian Prosecutor General Irakli Okruashvili accused Moscow of spying.', 'Georgian Prosecutor General Irakli Okruashvili')?.actor, 'GEOJUD');
    assert.equal(mention('Latvian Prosecutor-General Janis Maizitis met the minister.', 'Latvian Prosecutor-General Janis Maizitis')?.actor, 'LVAJUD');
    assert.equal(mention('Russian Procurator General Yuri Chaika opened a case against Ukraine.', 'Russian Procurator General Yuri Chaika')?.actor, 'RUSJUD');
    assert.equal(mention('Kenyan Inspector General David Kimaiyo ordered an inquiry.', 'Inspector General David Kimaiyo')?.actor, 'KENGOV');
    assert.equal(mention('The talks were held with Metropolitan Vladimir of Chisinau.', 'Metropolitan Vladimir')?.actor, 'MDAREL');
    // A general's rank after a rank word stays military.
    assert.equal(mention('Peruvian Major General Luis Perez met the minister.', 'Peruvian Major General Luis Perez')?.actor, 'PERMIL');
  });
  it('"Metropolitan" before an organisation\'s or facility\'s head is a word of its name, no title', () => {
    assert.equal(mention('Metropolitan Museum director Max Hollein met Chinese officials.', 'Metropolitan Museum')?.type, 'FAC');
    assert.equal(mention('The Tokyo Metropolitan Government ordered bars to close.', 'Tokyo Metropolitan Government')?.type, 'ORG');
  });
  it('"the king" is the sole country\'s ruler, GOV', () => {
    assert.equal(mention('Thousands marched in Kathmandu demanding that the king restore parliament.', 'the king')?.actor, 'NPLGOV');
  });
  it('an unknown name after "opposition" is an opposition body of the country its people name', () => {
    assert.equal(mention('The opposition Patriotic Front accused President Frederick Chiluba of fraud.', 'Patriotic Front')?.actor, 'ZMBOPP');
  });
  it('a separatist or guerrilla leader is a rebel', () => {
    assert.equal(mention('Troops in Sri Lanka captured guerrilla leader Kumaran Pathmanathan.', 'Kumaran Pathmanathan')?.actor, 'LKAREB');
  });
});

describe('entities: a country\'s name or nationality before a group noun', () => {
  it('a country\'s name gives the group\'s sector as a nationality word does', () => {
    assert.equal(mention('U.S. marines landed near the port.', 'U.S.')?.actor, 'USAMIL');
    assert.equal(mention('The Angola government rejected the plan.', 'Angola')?.actor, 'AGOGOV');
  });
  it('the first of two joined nationality words takes the sector of the noun after the second', () => {
    assert.equal(mention('Senior Greek and Turkish diplomats met in Vienna.', 'Greek')?.actor, 'GRCGOV');
    assert.equal(mention('Indian and Chinese troops clashed on the border.', 'Indian')?.actor, 'INDMIL');
  });
  it('intelligence and court words name their sectors', () => {
    assert.equal(mention('Egyptian intelligence foiled the plot.', 'Egyptian')?.actor, 'EGYSPY');
    assert.equal(mention('A Kenyan court jailed the journalist.', 'Kenyan')?.actor, 'KENJUD');
  });
  it('not before a capitalised word or a noun the lexicon does not know', () => {
    assert.equal(mention('Russia and China vetoed the resolution.', 'Russia')?.actor, 'RUS');
    assert.equal(mention('The Iraq war ended in 2011.', 'Iraq')?.actor, 'IRQ');
  });
});

describe('entities: courts, peoples and opposition counts', () => {
  it('a court after a possessive or in a country\'s named court is JUD', () => {
    assert.equal(mention("Kenya's high court blocked the deportation.", "Kenya's high court")?.actor, 'KENJUD');
    assert.equal(mention('The Bulgarian Constitutional Court annulled the vote.', 'Bulgarian Constitutional Court')?.actor, 'BGRJUD');
    assert.equal(mention('Reporters waited outside the court in Nairobi.', 'the court'), undefined);
  });
  it('the plural of a demonym alone is the country\'s people, CVL', () => {
    assert.equal(mention('Thousands of Zimbabweans crossed into South Africa.', 'Zimbabweans')?.actor, 'ZWECVL');
  });
  it('a counted opposition at the start of a sentence is the sole country\'s', () => {
    assert.equal(mention('Three opposition parties in Togo boycotted the vote.', 'opposition parties')?.actor, 'TGOOPP');
  });
});

describe('entities: groups named by a modifier, counterparts', () => {
  it('"rebel groups" are the sole country\'s rebels; "groups" alone are nobody\'s', () => {
    assert.equal(mention('Rebel groups in Liberia agreed to disarm.', 'Rebel groups')?.actor, 'LBRREB');
    assert.equal(mention('The groups in Liberia agreed to disarm.', 'The groups'), undefined);
  });
  it('a counterpart after a nationality is a government official', () => {
    assert.equal(mention('Mr Li met the Vietnamese counterpart on Friday.', 'the Vietnamese counterpart')?.actor, 'VNMGOV');
  });
});

describe('entities: a government or state body named without its country', () => {
  it('"the Government" with a capital is the body, of its sentence\'s office holder before the article\'s sole country', () => {
    assert.equal(mention('Russian President Vladimir Putin held a meeting with the Government on the situation in Ukraine.', 'the Government')?.actor, 'RUSGOV');
    assert.equal(mention('Egyptian President Abdel Fattah al-Sisi met the Cabinet in Cairo.', 'the Cabinet')?.actor, 'EGYGOV');
  });
  it('a known person before it holds the office of the role held on the date, in a text naming two countries', () => {
    assert.equal(mention('Mr Putin called on the Government to step up contacts with Ukraine.', 'the Government', '2003-11-17')?.actor, 'RUSGOV');
    assert.equal(mention('Mr Putin ordered the Foreign Ministry to consult with Ukraine.', 'Foreign Ministry', '2003-11-17')?.actor, 'RUSGOV');
  });
  it('after "he" or "she", the holder the pronoun stands for: its sentence\'s subject, else the nearest earlier sentence\'s', () => {
    const text = 'Chilean President Michelle Bachelet met Argentine President Mauricio Macri in Santiago. The talks were long, aides said. She urged the Government to speed up the Argentine and Chilean rail projects.';
    assert.equal(mention(text, 'the Government', '2016-05-10')?.actor, 'CHLGOV');
    // Not a ministry after a pronoun, and not across a subordinating word.
    assert.equal(mention('Chilean President Michelle Bachelet met Argentine President Mauricio Macri. She approved a plan of the Foreign Ministry.', 'Foreign Ministry', '2016-05-10')?.actor, undefined);
    assert.equal(mention('Chilean President Michelle Bachelet met Argentine President Mauricio Macri. She said that the Government must act.', 'the Government', '2016-05-10')?.actor, undefined);
    // Nor before "of", which names the owner.
    assert.equal(mention('Chilean President Michelle Bachelet met Argentine President Mauricio Macri. She praised the government of Peru and Bolivia.', 'the government', '2016-05-10')?.actor, undefined);
  });
  it('the pronoun\'s holder as coreference gives it: of its gender, not speaking abroad, not from another clause', () => {
    // "She" is Merkel, not the earlier sentence's first subject.
    assert.equal(mention('French President Emmanuel Macron met German Chancellor Angela Merkel in Berlin. She urged the Government to cut taxes.', 'the Government', '2016-05-10')?.actor, 'DEUGOV');
    // A town of another country in the antecedent's sentence: a guest's words, whose government is not said.
    assert.equal(mention('German Chancellor Angela Merkel arrived in Athens on Tuesday for talks on the debt crisis. She urged the Government to speed up its reforms.', 'the Government', '2016-05-10')?.actor, undefined);
    assert.equal(mention('Chilean President Michelle Bachelet met Argentine President Mauricio Macri. When she left, the Government collapsed.', 'the Government', '2016-05-10')?.actor, undefined);
  });
  it('a "he" before the Government is the holder coreference makes it, a cataphoric one or one with no antecedent of its own sentence included', () => {
    assert.equal(mention('Erdogan arrived in Ankara on Monday. As he urged the Government to cut taxes, Putin warned of a recession.', 'the Government', '2016-05-10')?.actor, 'RUSGOV');
    assert.equal(mention('Talks between Putin and his Georgian counterpart ended on Monday. He called on the Government to cut taxes.', 'the Government', '2016-05-10')?.actor, 'RUSGOV');
  });
  it('not when office holders of two states stand before it', () => {
    assert.equal(mention('Russian President Vladimir Putin and French President Emmanuel Macron met the Government in Paris and Moscow.', 'the Government'), undefined);
  });
  it('a bare name of a ministry, an election commission or a legislature is of the same state', () => {
    assert.equal(mention('Indian Prime Minister Narendra Modi asked the Foreign Ministry to bring home citizens stranded in Sudan.', 'Foreign Ministry')?.actor, 'INDGOV');
    assert.equal(mention('French President Emmanuel Macron urged the National Assembly to pass the bill.', 'National Assembly')?.actor, 'FRALEG');
    assert.equal(mention('Brazilian President Lula met the Central Election Commission in Brasilia.', 'Central Election Commission')?.actor, 'BRAGOV');
  });
  it('a parliament\'s upper or lower house, and the government\'s members, ministers or officials, with or without "the"', () => {
    assert.equal(mention('President Vladimir Putin addressed parliament in Moscow on Monday. The upper house urged the government to raise pensions.', 'The upper house')?.actor, 'RUSLEG');
    assert.equal(mention('The lower chamber in Kiev rejected the budget.', 'The lower chamber')?.actor, 'UKRLEG');
    assert.equal(mention('The Japanese upper house rejected the budget.', 'Japanese')?.actor, 'JPNLEG');
    assert.equal(mention('Prime Minister Mikhail Kasyanov returned to Moscow. Cabinet members accused the Federation Council of blocking the reform.', 'Cabinet members')?.actor, 'RUSGOV');
    assert.equal(mention('Talks resumed in Nairobi on Friday. Government officials accused the rebels of stalling.', 'Government officials')?.actor, 'KENGOV');
    // Not a house with no parliament's word, nor members who only report.
    assert.equal(mention('Kenyan police searched the house in Nairobi.', 'the house'), undefined);
    assert.equal(mention('Talks resumed in Moscow. The lower house of parliament passed the budget.', 'The lower house')?.actor, 'RUSLEG');
    assert.equal(mention('The upper house of the Federal Assembly in Moscow approved the treaty.', 'The upper house')?.actor, 'RUSLEG');
    assert.equal(mention('The lower house of the State Duma approved the bill in Moscow.', 'The lower house')?.actor, 'RUSLEG');
    assert.equal(mention('The lower chamber of the heart pumped blood, doctors in Nairobi said.', 'The lower chamber'), undefined);
    assert.equal(mention('Smoke filled the lower chamber of the cave near Kandahar.', 'the lower chamber'), undefined);
    assert.equal(mention('Talks resumed in Nairobi on Friday. Government officials said the rebels were stalling.', 'Government officials'), undefined);
  });
  it('"shadow" makes a cabinet or its members the opposition\'s (OPP)', () => {
    assert.equal(mention('In London, shadow cabinet members attacked the government\'s budget.', 'shadow cabinet members')?.actor, 'GBROPP');
    assert.equal(mention('In London, cabinet members attacked the opposition\'s budget.', 'cabinet members')?.actor, 'GBRGOV');
  });
  it('a place right after the name is where the body sits, before the office holders', () => {
    assert.equal(mention('Chinese Premier Li Keqiang addressed the National Assembly in Paris.', 'National Assembly', '2016-05-10')?.actor, 'FRALEG');
  });
  it('not by office holders of another clause, nor of a sentence set in another country\'s town', () => {
    assert.notEqual(mention('German Chancellor Angela Merkel told reporters in Kyiv that the Government must fight corruption.', 'the Government')?.actor, 'DEUGOV');
    assert.notEqual(mention('German Chancellor Angela Merkel met the Government on a visit to Kyiv.', 'the Government')?.actor, 'DEUGOV');
    assert.notEqual(mention('German Chancellor Angela Merkel said after talks with Ukrainian officials that the Government must fight corruption.', 'the Government')?.actor, 'DEUGOV');
  });
});
