import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { norwaySaid, doc, summary, heads } from '../../../test/support/events-doc.js';
import { findEvents } from './index.js';
import { withLayers } from '../../core/doc.js';

describe('events: finding the actors of a clause', () => {
  it('reads a participle after a plural noun as the main verb when no other verb claims the noun', () => {
    assert.deepEqual(summary(doc('Senior Peruvian and Chilean officials agreed on Wednesday that trade should grow.')), ['AGREE PER->CHL occurred']);
  });

  it('aims a threat at whoever must meet its condition', () => {
    assert.deepEqual(summary(doc('Norway threatened to halt the talks unless Chile withdrew its troops.')).slice(0, 1), ['THREATEN NOR->CHL occurred']);
  });

  it('takes "forces in PLACE" before the verb as that country acting', () => {
    assert.deepEqual(summary(doc('Security forces in Peru attacked Chilean positions.')), ['ASSAULT PER->CHL occurred']);
  });

  it('does not hand an earlier subject to a clause with a subject of its own', () => {
    assert.deepEqual(summary(doc('Peru attacked Chile, and a senior official condemned the attack.')), ['ASSAULT PER->CHL occurred']);
  });

  it('joins "Peru and the Chilean government" into one compound subject', () => {
    assert.deepEqual(summary(doc('Peru and the Chilean government agreed to hold talks.')), ['AGREE PER->CHL occurred']);
  });

  it('reads "X said that Y must …" as a demand of X on Y', () => {
    const text = 'Norway said that Chile must release the prisoners.';
    assert.deepEqual(summary(doc(text, [norwaySaid(text)])).filter((e) => e.startsWith('REQUEST')), ['REQUEST NOR->CHL occurred']);
  });

  it('records nothing material that is only asked about, and finds an object after a possessive', () => {
    assert.deepEqual(summary(doc('Did Peru attack Chile?')), []);
    assert.deepEqual(summary(doc('Norway urged our Chilean colleagues to release the prisoners.')), ['REQUEST NOR->CHL occurred']);
  });

  it('makes no event of a force of nature', () => {
    assert.deepEqual(summary(doc('A powerful earthquake hit southern Peru.')), []);
  });
  it('takes a counted subject as the actor ("Up to 100 …", "Thousands of …")', () => {
    assert.deepEqual(summary(doc('Up to 100 Peruvian students demonstrated on Tuesday in Chile.')), ['PROTEST PER->CHL occurred']);
    assert.deepEqual(summary(doc('Thousands of Chilean workers rioted against Peru.')), ['PROTEST CHL->PER occurred']);
  });

  it('finds whom a nominal of violence hits in its "of" phrase, but not past a time word', () => {
    assert.deepEqual(summary(doc('Chile mounted its long-threatened invasion of Peru.')), ['ASSAULT CHL->PER occurred']);
    assert.deepEqual(summary(doc('It bears marks from the shelling of 1917 when Lima was a scene of battles.')), []);
  });

  it('codes an attempt on a life as done, not threatened', () => {
    assert.deepEqual(summary(doc('Chilean militants attempted to assassinate the Peruvian President.')), ['ASSAULT CHL->PER occurred']);
  });
  it('codes an acceptance or agreement denied as a rejection', () => {
    assert.deepEqual(summary(doc('Peru will not accept the Chilean proposal.')), ['REJECT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru and Chile failed to reach agreement on Sunday.')), ['REJECT PER->CHL occurred']);
  });
  it('codes a release announced for the future as RETREAT (PLOVER leaves future RETREAT as it is), a willingness to release as AGREE', () => {
    assert.deepEqual(findEvents(doc('Peru will release the Chilean prisoners.')).map((e) => `${e.plover} ${e.cameo}`), ['RETREAT 0353']);
    assert.deepEqual(findEvents(doc('Peru is willing to release the Chilean prisoners.')).map((e) => `${e.plover} ${e.cameo}`), ['AGREE 0353']);
  });

  it('keeps two specific acts of one root apart', () => {
    assert.equal(findEvents(doc('Peruvian rebels kidnapped Chilean advisers and exploded bombs in Lima.')).length, 2);
  });
  it('finds a target list cut by commas and a target after a participle adjective', () => {
    assert.deepEqual(summary(doc('Geneva met with Peru, Chile and Norway on Monday.')).map((l) => l.split(' ')[0]), ['CONSULT']);
    assert.deepEqual(summary(doc('Chile condemned the raid and promised aid to the affected Peruvian villages.')), ['ACCUSE CHL->- occurred', 'AGREE CHL->PER occurred']);
  });
  it('aims a protest at whom its purpose names', () => {
    assert.deepEqual(summary(doc('Peruvian students rioted on Monday calling for the removal of the Chilean ambassador.')), ['PROTEST PER->CHL occurred']);
  });
  it('addresses a demand to the subject of its that-clause, and what is demanded does not happen', () => {
    assert.deepEqual(summary(doc('Peru reiterated its demand today that Chile ease restrictions on Peruvian workers.')), ['REQUEST PER->CHL occurred']);
  });
  it('withdraws a force from the place after the nominal\'s object, and opening an inquiry is an investigation', () => {
    assert.deepEqual(summary(doc('Peru speeded up the withdrawal of its forces from Chile on Wednesday.')), ['RETREAT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru opened an investigation on Monday.')), ['ACCUSE PER->- occurred']);
    assert.deepEqual(summary(doc('Peruvian students staged rallies in Chile.')), ['PROTEST PER->CHL occurred']);
  });
  it('aims a complaint at whom it is about, not at whom it is addressed to', () => {
    assert.deepEqual(summary(doc('Peru complained to Norway on Tuesday over two Chilean air raids.')).map((l) => l.split(' ').slice(0, 2).join(' ')), ['ACCUSE PER->CHL']);
    assert.deepEqual(summary(doc('Peru complained to Chile.')), ['ACCUSE PER->CHL occurred']);
  });
  it('reads a demand through "must" after a compound subject', () => {
    const text = 'Norway said that the Chilean government and the rebels in Peru must release the prisoners.';
    assert.deepEqual(summary(doc(text, [norwaySaid(text)])).filter((e) => e.startsWith('REQUEST')), ['REQUEST NOR->CHL occurred']);
  });
  it('reads a participle after an issued declaration as its issuer\'s act', () => {
    assert.deepEqual(summary(doc('Peru issued a statement calling on Chile to stop the shelling.')).map((l) => l.split(' ').slice(0, 2).join(' ')), ['REQUEST PER->CHL']);
  });
  it('aims an investigation at whom the wrong it looks into is ascribed to', () => {
    assert.deepEqual(summary(doc('Peru is investigating alleged war crimes by Chilean forces against Norwegian civilians.')).map((l) => l.split(' ').slice(0, 2).join(' ')), ['ACCUSE PER->CHL']);
  });
  it('reads "is opposed to" as the subject\'s stance, not a passive', () => {
    assert.deepEqual(summary(doc('Peru is opposed to Chilean mediation in the dispute.')).map((l) => l.split(' ').slice(0, 2).join(' ')), ['REJECT PER->CHL']);
  });
  it('codes a resignation as PLOVER RETREAT while its CAMEO code stays 0831', () => {
    const [e] = findEvents(doc('The Peruvian president resigned on Monday.'));
    assert.equal(e?.plover, 'RETREAT');
    assert.equal(e?.cameo, '0831');
    assert.equal(e?.mode, 'resign');
  });
  it('takes agents placed "throughout" a country as that country\'s people, protesting against its state', () => {
    const events = findEvents(doc('Students throughout Peru staged demonstrations to demand reforms.'));
    assert.deepEqual(events.map((e) => `${e.plover} ${e.source?.text}=${e.source?.actor}->${e.target?.actor}`), ['PROTEST Students throughout Peru=PER->PER']);
  });
  it('keeps a short aside in parentheses inside its clause', () => {
    assert.deepEqual(summary(doc('The Peruvian (PRN) officials demanded support from Chile.')).map((l) => l.split(' ').slice(0, 2).join(' ')), ['REQUEST PER->CHL']);
  });
  it('takes protesters named by no actor as the people of where they protest', () => {
    assert.deepEqual(summary(doc('Thousands of people blocked roads in Lima in defiance of Chilean authorities.')).map((l) => l.split(' ').slice(0, 2).join(' ')), ['PROTEST PER->CHL']);
  });
  it('takes a place whose preposition the pattern names as the target, not of the source\'s own country', () => {
    assert.deepEqual(summary(doc('Peru opened an embassy in Chile.')).map((l) => l.split(' ').slice(0, 2).join(' ')), ['SUPPORT PER->CHL']);
    assert.deepEqual(summary(doc('Chilean refugees sought refuge in Peru.')).map((l) => l.split(' ').slice(0, 2).join(' ')), ['REQUEST CHL->PER']);
    assert.deepEqual(summary(doc('Peru opened an embassy in Lima.')).map((l) => l.split(' ').slice(0, 2).join(' ')), ['SUPPORT PER->-']);
  });
  it('reads an irregular simple past after a noun as the main verb, not a reduced relative', () => {
    assert.deepEqual(summary(doc('Peruvian guerillas blew up a bridge near Lima and the town is still cut off.')).map((l) => l.split(' ').slice(0, 1).join(' ')), ['ASSAULT']);
  });
  it('reads past the commas of a list of weapons to whom the fire is aimed', () => {
    assert.deepEqual(summary(doc('Peruvian forces launched artillery, mortar, and rocket fire against Chilean camps.')).map((l) => l.split(' ').slice(0, 2).join(' ')), ['ASSAULT PER->CHL']);
  });
  it('reads past an attributive participle to the destination of an extradition', () => {
    assert.deepEqual(summary(doc('Peru extradited suspected militant Juan Perez to Chile on Sunday.')).map((l) => l.split(' ').slice(0, 2).join(' ')), ['COOPERATE PER->CHL']);
  });
  it('codes a conditional halt that may come as a threat', () => {
    assert.deepEqual(summary(doc('Peru may halt mediation efforts among Chile\'s factions if cooperation founders.')), ['THREATEN PER->CHL threatened']);
  });
  it('aims an international organisation\'s act at the country where it acts, but not its meetings', () => {
    const unDoc = (text: string): Doc => {
      const d = doc(text);
      const entities = (d.layers.entities ?? []).map((m) => (m.text === 'Norway' ? { ...m, actor: 'IGOUNO', country: undefined } : m)) as EntityMention[];
      return withLayers(d, { entities });
    };
    assert.deepEqual(summary(unDoc('Norway agreed to extend the mandate of the force in Lima.')).map((l) => l.split(' ').slice(0, 2).join(' ')), ['AGREE IGOUNO->PER']);
  });
  it('codes a people named by nationality by the country the subject says it lives in', () => {
    const events = findEvents(doc('Ethnic Chileans in southern Peru are demanding talks with Norway.'));
    assert.deepEqual(events.map((e) => `${e.source?.actor}:${e.source?.text}`), ['PER:Chileans in southern Peru']);
  });
  it('reads a multi-word trigger before the single word it starts with', () => {
    assert.deepEqual(heads('Peru backed down on its veto.', 2), ['CONCEDE PER->-']);
    assert.deepEqual(heads('Peru backed the proposal of Chile.', 1), ['SUPPORT']);
  });
  it('codes one side\'s drills and missile tests as a show of force, joint drills as cooperation', () => {
    assert.deepEqual(heads('Peruvian forces held live-fire drills near Lima.', 1), ['MOBILIZE']);
    assert.deepEqual(heads('Peru conducted a missile test on Sunday.', 1), ['MOBILIZE']);
    assert.deepEqual(heads('Peru and Chile held joint military exercises.', 1), ['COOPERATE']);
  });
  it('makes forces moved in an agentless passive their owner\'s move', () => {
    assert.deepEqual(heads('Peruvian troops were deployed near the border.', 2), ['MOBILIZE PER->-']);
  });
  it('aims a show of force at the actor whose act it follows or answers', () => {
    assert.deepEqual(heads('Peru put its troops on alert after Chilean warships were spotted.', 2), ['MOBILIZE PER->CHL']);
    assert.deepEqual(heads('Peru deployed troops in response to the Chilean naval build-up.', 2), ['MOBILIZE PER->CHL']);
    assert.deepEqual(heads('Peru put its troops on alert after Peruvian exercises.', 2), ['MOBILIZE PER->-']);
  });
  it('finds a passive\'s agent past a place phrase', () => {
    assert.deepEqual(heads('A curfew was imposed in Lima by Peru.', 2), ['COERCE PER->PER']);
  });
  it('gives supporters of an actor that actor\'s side', () => {
    assert.deepEqual(summary(doc('Supporters of the Chilean president attacked Peruvian journalists.')).map((l) => l.split(' ').slice(0, 2).join(' ')), ['ASSAULT CHL->PER']);
  });

  it('aims what a verb of force or sanction sends or lays at whom "at", "against", "into" or "on" names after its object', () => {
    assert.deepEqual(summary(doc('Peruvian helicopters fired rockets at Chilean positions on Monday.')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru discussed a plan on Chile.')).filter((e) => e.includes('->CHL')), []);
  });

  it('leaves a "by" agent after another act\'s noun to that act, not to the nominal trigger before it', () => {
    assert.deepEqual(summary(doc('Thousands joined demonstrations against the alleged violations by Chilean troops.')).filter((e) => e.startsWith('PROTEST CHL')), []);
  });

  it('aims a protest at the agent its purpose names, the protesters\' own state included', () => {
    assert.deepEqual(summary(doc('Peruvian farmers began a hunger strike to demand the return of land seized by Peruvian troops.')).filter((e) => e.startsWith('PROTEST')), ['PROTEST PER->PER occurred']);
  });

  it('reads a complement\'s partner over a possessive determiner, and never that determiner as the target', () => {
    assert.deepEqual(summary(doc('Norway accepted a formula for ending its fishing dispute with its Chilean partners.')), ['AGREE NOR->CHL occurred']);
    assert.deepEqual(summary(doc('Norway has reneged on its commitment to the Chilean people.')), ['REJECT NOR->CHL occurred']);
  });

  it('codes a people named as a population by the country where the act on it takes place', () => {
    assert.deepEqual(summary(doc('Peruvian forces were engaged in ethnic cleansing in Norway against the Chilean population of the province.')).filter((e) => e.startsWith('ASSAULT')), ['ASSAULT PER->NOR occurred']);
  });

  it('keeps a target of the source\'s own entity when the two are different actors of it (rebels and their state)', () => {
    const base = doc('Peruvian rebels attacked a Peruvian army outpost.');
    const entities = (base.layers.entities ?? []).map((m, i) => ({ ...m, actor: i === 0 ? 'PERREB' : 'PERMIL' }));
    assert.deepEqual(findEvents(withLayers(base, { entities })).map((e) => `${e.source?.actor}->${e.target?.actor}`), ['PERREB->PERMIL']);
  });

  it('aims a nominal of arrest or expulsion at whom its "of" names, over a count', () => {
    assert.deepEqual(summary(doc('Peru began the forced expulsion of thousands of Chilean workers.')), ['COERCE PER->CHL occurred']);
  });

  it('gives a gerund that carries on a gerund phrase no subject of the main clause', () => {
    assert.deepEqual(summary(doc('Norway thanked Chile for its policy of expanding trade with Peru and supporting Peruvian farmers.')), ['SUPPORT NOR->CHL occurred']);
  });

  it('leaves the happening to the nominal a verb\'s object owns, of the same kind, so that its sides are not swapped', () => {
    const events = findEvents(doc('Bilateral contacts started with Peru\'s talk to Chile.'));
    assert.deepEqual(events.map((e) => `${e.trigger.text} ${e.source?.actor}->${e.target?.actor}`), ['talk PER->CHL']);
  });

  it('leaves out a meeting whose partner is named by no actor, so that it joins no other meeting', () => {
    assert.deepEqual(summary(doc('Peru held talks with Chile in Lima. Later Peru met with the head of the football federation.')), ['CONSULT PER->CHL occurred']);
    const events = findEvents(doc('Peru held talks with Chile in Lima. Later Peru met with the head of the football federation.'));
    assert.deepEqual(events.map((e) => e.mentions?.length ?? 1), [1]);
  });

  it('takes "us" of "let us discuss" as a subject of its own, not the clause before\'s', () => {
    assert.deepEqual(summary(doc('Peru attacked Chile, and let us discuss the matter with Chile now.')), ['ASSAULT PER->CHL occurred']);
  });

  it('reads a place after "through" as where the act happens', () => {
    assert.deepEqual(summary(doc('Thousands of people were marching through central Lima to protest against the government.')), ['PROTEST PER->- occurred']);
  });

  it('reads a title before a person\'s name as part of the object', () => {
    const text = 'Peru accused opposition leader Pedro Soto of treason.';
    const start = text.indexOf('Pedro Soto');
    const soto = { id: 'm', start, end: start + 10, text: 'Pedro Soto', confidence: 1, rule: 'test', type: 'PERSON' as const, entity: 'e9', name: 'Pedro Soto', country: 'CHL', actor: 'CHLOPP' };
    const base = doc(text);
    const entities = [...(base.layers.entities ?? []), soto].sort((a, b) => a.start - b.start).map((m, i) => ({ ...m, id: `m${i + 1}` }));
    assert.deepEqual(findEvents(withLayers(base, { entities })).map((e) => `${e.plover} ${e.source?.actor}->${e.target?.actor}`), ['ACCUSE PER->CHLOPP']);
  });

  it('aims a warned act at whom the speaker warned when its object is the speaker\'s own country', () => {
    assert.deepEqual(summary(doc('Peru warned Chile that it would respond to any violation of Peruvian airspace.')), ['THREATEN PER->CHL threatened']);
  });

  it('aims force at whom its crowd-control purpose acts on', () => {
    assert.deepEqual(summary(doc('Peruvian troops opened fire to disperse Chilean demonstrators on Monday.')), ['ASSAULT PER->CHL occurred']);
  });

  it('aims a refusal at whom it withstands after "despite"', () => {
    assert.deepEqual(summary(doc('Peru rejected the plan despite pressure from Chile.')), ['REJECT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru refused to release the prisoners despite Chile\'s repeated calls.')).map((e) => e.split(' ')[1]), ['PER->CHL']);
  });
});

describe('events: a subject before a long aside', () => {
  it('matches the verb pattern over the subject and the resumed clause, the aside cut out', () => {
    const text = 'Peruvian troops, which have been stationed in the disputed border zone since 1995 under a regional mandate, began withdrawing from Chile on Sunday.';
    assert.deepEqual(summary(doc(text)), ['RETREAT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peruvian troops, which entered the country in 1995, withdrew from Chile on Sunday.')), ['RETREAT PER->CHL occurred']);
  });
});

describe('events: the agent of the object nominal', () => {
  it('takes the "by" agent of the object noun as the target, not whom that act was aimed at', () => {
    assert.deepEqual(summary(doc("Chile condemned the visit by Peru's president to Norway.")).filter((l) => l.startsWith('ACCUSE')), ['ACCUSE CHL->PER occurred']);
    assert.deepEqual(summary(doc('Chile criticized the decision by Peru to sell arms to Norway.')), ['ACCUSE CHL->PER occurred']);
  });

  it('keeps the partner of talks about an act', () => {
    assert.deepEqual(summary(doc('Chile discussed the visit by Peru with Norway.')).filter((l) => l.startsWith('CONSULT CHL')), ['CONSULT CHL->NOR occurred']);
  });
});

describe('events: a reciprocal act between a pair', () => {
  it('splits the "between" pair of a reciprocal verb form into its two sides', () => {
    assert.deepEqual(summary(doc('Heavy fighting between Peru and Chile killed 30 soldiers.')), ['ASSAULT PER->CHL occurred']);
  });
});

describe('events: the agent of a passive after its scene', () => {
  it('takes "by" after a place phrase of the verb, and over a possessive pronoun, as the passive agent', () => {
    assert.deepEqual(summary(doc('Chilean soldiers were attacked at a border post by Peruvian rebels.')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Chilean soldiers were attacked by their Peruvian neighbours.')), ['ASSAULT PER->CHL occurred']);
  });
});

describe('events: emergency rule imposed by a state body', () => {
  it('aims a curfew imposed by a government or its troops at their own country, not one declared by a person', () => {
    assert.deepEqual(summary(doc('The Peruvian government imposed a curfew after the riots.')), ['COERCE PER->PER occurred']);
    assert.deepEqual(summary(doc('President Garcia declared martial law.')), []);
  });
});

describe('events: the body of the people met', () => {
  it('takes the body named after "with members of" or "with a delegation of" as the partner of talks', () => {
    assert.deepEqual(summary(doc('Norway held talks with members of the Chilean opposition in Geneva.')), ['CONSULT NOR->CHL occurred']);
    assert.deepEqual(summary(doc('Norway held talks with a delegation of Peruvian rebels.')), ['CONSULT NOR->PER occurred']);
  });

  it('takes the body whose heads are met as the partner, after the verb\'s "with" or the pattern\'s own', () => {
    assert.deepEqual(summary(doc('Norway met with the heads of the Chilean armed forces.')), ['CONSULT NOR->CHL occurred']);
    assert.deepEqual(summary(doc('Norway held a meeting with the leadership of the Chilean opposition.')), ['CONSULT NOR->CHL occurred']);
  });

  it('aims an investigation in a purpose infinitive at where its investigators were sent', () => {
    assert.deepEqual(summary(doc('Norway dispatched a mission to Chile to investigate the killings.')), ['ACCUSE NOR->CHL occurred']);
    assert.deepEqual(summary(doc('Norway sent 20 officials to Chile on Monday to investigate the feasibility of a force.')), ['ACCUSE NOR->CHL occurred']);
  });

  it('takes named people loyal to someone as the actor, and unnamed ones as the side they are loyal to', () => {
    assert.deepEqual(heads('Chilean rebels loyal to the Peruvian government attacked Norway.', 2), ['ASSAULT CHL->NOR']);
    assert.deepEqual(heads('Rebels loyal to the Peruvian government attacked Norway.', 2), ['ASSAULT PER->NOR']);
  });

  it('aims a demand whose that-clause subject is the authority over a body, or its holders, at that body; not at whom an act hits', () => {
    assert.deepEqual(summary(doc('Norway demanded that control of the Chilean army be handed to civilians.')), ['REQUEST NOR->CHL occurred']);
    assert.deepEqual(summary(doc('Norway demanded that the leaders of the Chilean opposition step down.')), ['REQUEST NOR->CHL occurred']);
    assert.deepEqual(summary(doc('Norway demanded that the siege of Chile be lifted.')), ['REQUEST NOR->- occurred']);
  });
});

describe('events: whom land is taken from, and talks held by an agent', () => {
  it('takes the group after "from" as whom a seized place is taken from', () => {
    assert.deepEqual(summary(doc('Peruvian troops recaptured the town of Tacna from Chilean forces.')), ['ASSAULT PER->CHL occurred']);
  });

  it('reads "held" as a passive participle, with a place phrase before its agent', () => {
    assert.deepEqual(summary(doc('Talks with Chile were held in Geneva by Peruvian officials.')), ['CONSULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Talks were held by Peruvian and Chilean officials.')), ['CONSULT PER->CHL occurred']);
  });
});

describe('events: an agent noun in a place before an aside', () => {
  it('takes "AGENT in PLACE" before the aside as the subject of the verb after it', () => {
    assert.deepEqual(summary(doc('Demonstrators in Lima, angered by the arrest of a union leader, attacked the Chilean embassy.')), ['ASSAULT PER->CHL occurred']);
  });
});

describe('events: a third party between two', () => {
  it('aims a mediation by a named party at the pair "between" names; talks between two stay theirs', () => {
    assert.deepEqual(summary(doc("Norway's mediation between Peru and Chile failed.")), ['CONSULT NOR->PER occurred']);
    assert.deepEqual(summary(doc('Talks between Peru and Chile resumed in Geneva.')).map((l) => l.split(' ').slice(0, 2).join(' ')), ['CONSULT PER->CHL']);
  });
});

describe('events: each other', () => {
  it('reads "have each accused the other" with the verb the tagger took for a noun', () => {
    assert.deepEqual(summary(doc('Peru and Chile have each accused the other of blocking the talks.')).filter((l) => l.startsWith('ACCUSE')), ['ACCUSE PER->CHL occurred']);
  });

  it('splits a compound subject over "each other" in the complement, when no one else is the target', () => {
    assert.deepEqual(summary(doc("Peru and Chile pledged to respect each other's borders.")), ['AGREE PER->CHL occurred']);
    assert.deepEqual(summary(doc("Peru and Chile accused Norway of arming each other's rebels.")).map((l) => l.split(' ')[1]!.split('->')[1]), ['NOR']);
  });
});

describe('events: the author of an act that is the passive subject', () => {
  it('aims a condemnation of an act at its "by" author, not at its victim', () => {
    assert.deepEqual(summary(doc('The attack on the Chilean embassy by Peruvian students was condemned by Norway.')).filter((l) => l.startsWith('ACCUSE')), ['ACCUSE NOR->PER occurred']);
  });

  it('finds the target of a nominal over its participle, and an agent after a place phrase', () => {
    assert.deepEqual(summary(doc('Sanctions imposed on Chile by Norway remain in force.')), ['SANCTION NOR->CHL occurred']);
    assert.deepEqual(summary(doc('A Peruvian patrol was ambushed near the border by Chilean troops.')), ['ASSAULT CHL->PER occurred']);
  });
});

describe('events: a thing owned by one side and sent to another', () => {
  it('aims an act on the thing at its recipient, and praise or blame of it at its maker', () => {
    assert.deepEqual(summary(doc('Chile threatened to block Norwegian aid to Peru.')).map((l) => l.split(' ').slice(0, 2).join(' ')), ['THREATEN CHL->PER']);
    assert.deepEqual(summary(doc('Chile condemned Peruvian attacks on Norway.')).filter((l) => l.startsWith('ACCUSE')), ['ACCUSE CHL->PER occurred']);
  });
});

describe('events: a border is no target', () => {
  it('does not aim violence at the country whose border names where it happened', () => {
    assert.deepEqual(summary(doc('Peruvian troops killed 15 guerrillas in a clash near the Chilean border.')), ['ASSAULT PER->- occurred']);
    assert.deepEqual(summary(doc('Peruvian troops shelled villages in Chile.')), ['ASSAULT PER->CHL occurred']);
  });
});

describe('events: an act announced on a condition', () => {
  it('aims a future act with no target at the subject of its "if" or "unless" clause', () => {
    assert.deepEqual(summary(doc('Peru said it would close the strait if Chile attacked its ports.')).filter((l) => l.startsWith('THREATEN')), ['THREATEN PER->CHL threatened']);
  });
});

describe('events: a name after the last member of a list', () => {
  it('reads a name after a bare comma that a verb follows as the next clause\'s subject, not one more member', () => {
    const events = findEvents(doc('A trade accord was signed by Norway and Chile, Peruvian radio reported.'));
    assert.deepEqual(events.map((e) => `${e.source?.text}->${e.target?.text}`), ['Norway->Chile']);
  });
});

describe('events: a count before the people an act is done to', () => {
  it('reads "thousands of" before a recipient or an object as part of it', () => {
    assert.deepEqual(heads('Norway gave shelter to thousands of Chilean refugees.', 2), ['AID NOR->CHL']);
    assert.deepEqual(heads('Peru has sent aid to tens of thousands of Chileans.', 2), ['AID PER->CHL']);
  });
});

describe('events: the protesters\' own "their" in a protest\'s purpose', () => {
  it('aims the protest at whom its purpose names, past the protesters\' possessive pronoun', () => {
    const text = 'Peruvian students demonstrated outside the embassy to show their opposition to Chile.';
    const base = doc(text);
    const at = text.indexOf('their');
    const their = { id: 'm9', start: at, end: at + 5, text: 'their', confidence: 1, rule: 'entities/en/coref-pronoun', type: 'NORP' as const, entity: 'e1', country: 'PER', actor: 'PER' };
    const entities = [...(base.layers.entities ?? []), their].sort((a, b) => a.start - b.start);
    assert.deepEqual(summary(withLayers(base, { entities })), ['PROTEST PER->CHL occurred']);
  });
});

describe('events: help aimed through its purpose infinitive', () => {
  it('aims help with no recipient at the owner, the actor or the place of its purpose verb\'s object', () => {
    assert.deepEqual(summary(doc('Norway sent troops to help guard Chile\'s northern border.')), ['AID NOR->CHL occurred']);
    assert.deepEqual(summary(doc('Norway sent engineers to help rebuild roads in southern Chile.')), ['AID NOR->CHL occurred']);
    assert.deepEqual(summary(doc('Norway sent instructors to help train Chilean police.')), ['AID NOR->CHL occurred']);
  });

  it('aims "help" before a bare verb at that verb\'s object, not at an opponent named after it', () => {
    assert.deepEqual(summary(doc('Norway helped arm Chilean fighters against Peru.')), ['AID NOR->CHL occurred']);
    assert.deepEqual(summary(doc('Norway helped support Chileans in the struggle against Peru.')), ['AID NOR->CHL occurred']);
  });
});
