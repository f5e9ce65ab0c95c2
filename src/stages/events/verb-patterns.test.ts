import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';
import { findEvents } from './index.js';

describe('events: attack and threat triggers', () => {
  it('codes an ambush as an armed attack, verb or nominal', () => {
    assert.deepEqual(summary(doc('Peruvian rebels ambushed a Chilean army convoy on Friday.')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Four Chilean soldiers died in an ambush by Peruvian rebels.')).map((s) => s.split(' ')[0]), ['ASSAULT']);
  });

  it('codes military action taken as force, and announced as a threat', () => {
    assert.deepEqual(summary(doc('Peru took military action against Chile in March.')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru warned Chile that it would take military action unless Santiago withdrew its troops.')), ['THREATEN PER->CHL threatened']);
  });
});

describe('events: disarmament and executions', () => {
  it('codes weapons handed over or surrendered as disarmament, not aid', () => {
    assert.deepEqual(summary(doc('Hundreds of Peruvian rebels handed over their weapons to Chilean troops.')).map((s) => s.split(' ')[0]), ['RETREAT']);
    assert.deepEqual(summary(doc('Peruvian rebels surrendered their weapons on Friday.')), ['RETREAT PER->- occurred']);
  });

  it('codes people executed or hanged as a targeted killing, not an order executed', () => {
    assert.deepEqual(summary(doc('Peru hanged two Chilean spies.')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('The Peruvian government executed its plan.')), []);
  });
});

describe('events: crossings opened and patrols ordered', () => {
  it('codes a border, crossing or bridge opened as an eased blockade, and fire opened as an attack', () => {
    assert.deepEqual(summary(doc('Peru opened the bridge on its border with Chile.')).map((s) => s.split(' ')[0]), ['RETREAT']);
    assert.deepEqual(summary(doc('Peruvian troops opened fire on Chilean positions.')), ['ASSAULT PER->CHL occurred']);
  });

  it('codes patrols ordered or stepped up as a show of force', () => {
    assert.deepEqual(summary(doc('Peruvian police stepped up patrols in Lima.')), ['MOBILIZE PER->- occurred']);
  });
});

describe('events: captives released', () => {
  it('codes rebels or an opposition leader freed as a release', () => {
    assert.deepEqual(summary(doc('Peru released 30 Chilean rebels held in Lima.')).map((s) => s.split(' ')[0]), ['RETREAT']);
    assert.deepEqual(summary(doc('Peru released the findings of the report.')), []);
  });
});

describe('events: ground taken by force', () => {
  it('codes a town captured as an assault and land seized from owners as a confiscation', () => {
    assert.deepEqual(summary(doc('Peruvian forces captured the Chilean town of Arica.')).map((s) => s.split(' ')[0]), ['ASSAULT']);
    assert.deepEqual(summary(doc('Peru seized land from Chilean farmers.')).map((s) => s.split(' ')[0]), ['COERCE']);
  });
});

describe('events: praise, insults and condemnation', () => {
  it('codes speaking highly of someone as praise, not a talk', () => {
    assert.deepEqual(summary(doc('The Peruvian president spoke highly of Chile\'s economic reforms.')).map((s) => s.split(' ')[0]), ['SUPPORT']);
    assert.deepEqual(summary(doc('The Peruvian president spoke with Chilean leaders about the future of the region.')).map((s) => s.split(' ')[0]), ['CONSULT']);
  });

  it('codes lashing out, hitting out and branding someone a liar as disapproval', () => {
    assert.deepEqual(summary(doc('Peru lashed out at Chile on Friday.')), ['ACCUSE PER->CHL occurred']);
    assert.deepEqual(summary(doc('The Peruvian president hit out at Chile over the fishing dispute.')).map((s) => s.split(' ')[0]), ['ACCUSE']);
    assert.deepEqual(summary(doc('The Peruvian president branded his Chilean counterpart a liar.')).map((s) => s.split(' ')[0]), ['ACCUSE']);
  });
});

describe('events: buildings blown up, envoys told to leave', () => {
  it('codes a police station or post blown up as property destroyed', () => {
    assert.deepEqual(summary(doc('Peruvian rebels blew up a police station in southern Chile.')).map((s) => s.split(' ')[0]), ['ASSAULT']);
    assert.deepEqual(summary(doc('The Peruvian minister blew up at reporters.')), []);
  });

  it('codes a diplomat ordered to leave as expelled, and journalists given hours to leave as deported', () => {
    assert.deepEqual(summary(doc('Peru ordered the Chilean ambassador to leave the country within 72 hours.')).map((s) => s.split(' ')[0]), ['SANCTION']);
    assert.deepEqual(summary(doc('Peru gave two Chilean journalists 24 hours to leave the country.')).map((s) => s.split(' ')[0]), ['COERCE']);
  });
});

describe('events: withdrawals, halts, ridicule and threats of force', () => {
  it('codes troops evacuated and villages vacated as withdrawals, an offensive called off as de-escalation', () => {
    assert.deepEqual(summary(doc('Peru evacuated its troops from the Chilean border town of Arica.')).map((s) => s.split(' ')[0]), ['RETREAT']);
    assert.deepEqual(summary(doc('Peru vacated two Chilean villages on Friday.')), ['RETREAT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru called off its offensive against Chilean rebels.')).map((s) => s.split(' ')[0]), ['RETREAT']);
  });

  it('codes mockery, a move described as annexation and a reproach as disapproval', () => {
    assert.deepEqual(summary(doc('The Peruvian foreign minister mocked Chile\'s claims.')).map((s) => s.split(' ')[0]), ['ACCUSE']);
    assert.deepEqual(summary(doc('The Peruvian president described Chile\'s move as annexation.')).map((s) => s.split(' ')[0]), ['ACCUSE']);
    assert.deepEqual(summary(doc('Peru took Chile to task over its fishing policy.')).map((s) => s.split(' ')[0]), ['ACCUSE']);
  });

  it('codes force one would not hesitate to use as a threat, captives handed back as released', () => {
    assert.deepEqual(summary(doc('Peru said it would not hesitate to use force against Chile.')).map((s) => s.split(' ').slice(0, 2).join(' ')), ['THREATEN PER->CHL']);
    assert.deepEqual(summary(doc('Peru handed back 20 Chilean prisoners to Santiago.')).map((s) => s.split(' ')[0]), ['RETREAT']);
  });
});

describe('events: vows, warnings issued, pickets and arson by protesters', () => {
  it('codes a vow to wipe a state out and a warning issued to someone as threats, a travel warning as none', () => {
    assert.deepEqual(summary(doc('Peru vowed to wipe Chile off the map.')), ['THREATEN PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru issued a stern warning to Chile over its support for the rebels.')), ['THREATEN PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru issued a travel warning for Chile.')), []);
  });

  it('codes a picket as a demonstration and protesters setting fire to a building as a riot', () => {
    assert.deepEqual(summary(doc('Peruvian activists picketed the Chilean embassy in Lima.')).map((s) => s.split(' ')[0]), ['PROTEST']);
    assert.deepEqual(summary(doc('Peruvian protesters set fire to the Chilean consulate in Lima.')).map((s) => s.split(' ')[0]), ['PROTEST']);
    assert.deepEqual(summary(doc('Peruvian rebels set fire to a Chilean army truck.')).map((s) => s.split(' ')[0]), ['ASSAULT']);
  });
});

describe('events: envoys sent home or kicked out, cooperation revoked, troops sent home', () => {
  it('codes diplomats kicked out, sent home or ordered out as expelled', () => {
    assert.deepEqual(summary(doc('Peru kicked out the Chilean ambassador.')).map((s) => s.split(' ')[0]), ['SANCTION']);
    assert.deepEqual(summary(doc('Peru sent home two Chilean diplomats.')).map((s) => s.split(' ')[0]), ['SANCTION']);
    assert.deepEqual(summary(doc('Peru ordered the Chilean ambassador out of the country.')).map((s) => s.split(' ')[0]), ['SANCTION']);
  });

  it('codes cooperation agreements revoked as relations cut, and troops sent home as withdrawn', () => {
    assert.deepEqual(summary(doc('Peru revoked its military cooperation agreements with Chile.')), ['SANCTION PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru sent its troops home from Chile.')).map((s) => s.split(' ')[0]), ['RETREAT']);
  });
});

describe('events: troops pulling out under an accord', () => {
  it('codes troops pulling out of a place as a withdrawal, whatever accord is named after', () => {
    assert.deepEqual(summary(doc('Peruvian troops began pulling out of Chile on Sunday under the Lima accords.')).map((s) => s.split(' ')[0]), ['RETREAT']);
    assert.deepEqual(summary(doc('Peru pulled out of the fishing accord with Chile.')).map((s) => s.split(' ')[0]), ['SANCTION']);
  });
});

describe('events: envoys summoned, deals left, talks walked out of', () => {
  it('codes an envoy summoned over something as a complaint', () => {
    assert.deepEqual(summary(doc('Peru summoned the Chilean ambassador over the fishing dispute.')).map((s) => s.split(' ')[0]), ['ACCUSE']);
  });

  it('codes a town left under a deal as a withdrawal, and talks walked out of as no strike', () => {
    assert.deepEqual(summary(doc('Peruvian forces withdrew from the town on Friday under a deal with Chile.')).map((s) => s.split(' ')[0]), ['RETREAT']);
    assert.deepEqual(summary(doc('Peru walked out of the talks with Chile.')), ['SANCTION PER->CHL occurred']);
  });
});

describe('events: pulling out under a deal', () => {
  it('codes a place pulled out of under a deal as a withdrawal, a deal pulled out of as relations cut', () => {
    assert.deepEqual(summary(doc('Peru pulled out of the border district on Wednesday under the peace deal with Chile.')).map((s) => s.split(' ')[0]), ['RETREAT']);
    assert.deepEqual(summary(doc('Peru pulled out of the fishing deal with Chile.')), ['SANCTION PER->CHL occurred']);
  });
});

describe('events: ordered to withdraw', () => {
  it('codes another party ordered to withdraw as a demand, one\'s own troops so ordered as a withdrawal decided', () => {
    assert.deepEqual(summary(doc('Peru ordered Chile to withdraw its forces from the border.')), ['REQUEST PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru ordered its troops to withdraw from Chilean territory.')).map((s) => s.split(' ')[0]), ['CONCEDE']);
  });
});

describe('events: the halting verbs keep their own patterns', () => {
  it('codes a curfew ended as eased and talks halted as broken off, beside offensives called off', () => {
    assert.deepEqual(summary(doc('The Peruvian government ended a curfew in Lima.')).map((s) => s.split(' ')[0]), ['CONCEDE']);
    assert.deepEqual(summary(doc('Peru halted talks with Chile.')), ['SANCTION PER->CHL occurred']);
  });
});

describe('events: a heavy price', () => {
  it('codes a warning of a heavy price as a threat, and a price paid as no payment', () => {
    assert.deepEqual(summary(doc('Peru warned Chile it would pay a heavy price for its intervention.')).map((s) => s.split(' ').slice(0, 2).join(' ')), ['THREATEN PER->CHL']);
    assert.ok(!summary(doc('The Peruvian minister said Chile would pay dearly for the attack.')).some((s) => s.startsWith('AGREE') || s.startsWith('AID')));
  });
});

describe('events: officials received', () => {
  it('codes a received counterpart, minister or president as a hosted visit, and things received from them as their own acts', () => {
    assert.deepEqual(summary(doc('The Peruvian president received the Chilean foreign minister in Lima on Sunday.')).map((s) => s.split(' ').slice(0, 2).join(' ')), ['CONSULT CHL->PER']);
    assert.deepEqual(summary(doc('The Peruvian president received his Chilean counterpart in Lima.')).map((s) => s.split(' ').slice(0, 2).join(' ')), ['CONSULT CHL->PER']);
    assert.deepEqual(summary(doc('The Peruvian president received assurances from the Chilean president.')).map((s) => s.split(' ')[0]), ['AGREE']);
    assert.ok(!summary(doc('The Peruvian president received a medal from the Chilean president.')).some((s) => s.startsWith('CONSULT')));
  });
});

describe('events: suspended from the African Union', () => {
  it('codes a member suspended from the African Union by a body as sanctioned', () => {
    assert.deepEqual(summary(doc('Chile was suspended from the African Union by Peru.')).map((s) => s.split(' ')[0]), ['SANCTION']);
  });
});

describe('events: brokering and vetoing', () => {
  it('codes a truce brokered as mediation, also after "helped", and a joint statement blocked as a veto', () => {
    assert.deepEqual(summary(doc('Peru helped broker a truce between Chile and Bolivia.')).filter((s) => s.startsWith('AID') || s.startsWith('CONSULT')).map((s) => s.split(' ').slice(0, 2).join(' ')), ['CONSULT PER->CHL']);
    assert.deepEqual(summary(doc('Peru blocked a joint statement criticising Chile.')).map((s) => s.split(' ')[0]), ['REJECT']);
  });
});

describe('events: a commitment stated with a copula', () => {
  it('codes a state "committed to" an act as agreeing, and crimes or troops committed as nothing of the kind', () => {
    assert.deepEqual(summary(doc('Peru is committed to implementing the peace agreement with Chile.')), ['AGREE PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru remains committed to the peace process with Chile.')), ['AGREE PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peruvian soldiers committed atrocities in Chile.')).filter((s) => s.startsWith('AGREE')), []);
  });

  it('codes troops committed to a country or mission and a person committed to a hospital as no commitment (review finding 3)', () => {
    assert.deepEqual(summary(doc('Some 2,000 Peruvian troops were committed to Chile last year.')).filter((s) => s.startsWith('AGREE')), []);
    assert.deepEqual(summary(doc('The Peruvian president was committed to a psychiatric hospital.')).filter((s) => s.startsWith('AGREE')), []);
    assert.deepEqual(summary(doc('Chilean troops are committed to the peacekeeping mission in Peru.')).filter((s) => s.startsWith('AGREE')), []);
  });
});

describe('events: web sites defaced or hacked', () => {
  it('codes a web site defaced or hacked as a cyber attack, and people hacked to death as a killing', () => {
    assert.deepEqual(summary(doc('Peruvian hackers defaced the websites of several Chilean newspapers.')), ['COERCE PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peruvian hackers hacked the web site of the Chilean defence ministry.')).map((s) => s.split(' ')[0]), ['COERCE']);
    assert.deepEqual(summary(doc('Peruvian rebels hacked three Chilean farmers to death near the website office.')).map((s) => s.split(' ')[0]), ['ASSAULT']);
  });
});

describe('events: cooperation stopped', () => {
  it('codes cooperation stopped or ceased as reduced relations, and threatened under a condition', () => {
    assert.deepEqual(summary(doc('Peru stopped cooperating with Chile on Monday.')), ['SANCTION PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru said it would stop cooperating with Chile unless the sanctions were lifted.')), ['THREATEN PER->CHL threatened']);
  });
});

describe('events: work stopped, tools downed', () => {
  it('codes work stopped in protest, tools downed and the job walked off as a strike, not a protest ended', () => {
    assert.deepEqual(summary(doc('Peruvian teachers stopped work for two hours in protest at pay cuts.')).map((s) => s.split(' ')[0]), ['PROTEST']);
    assert.deepEqual(summary(doc('Peruvian miners downed tools on Monday.')).map((s) => s.split(' ')[0]), ['PROTEST']);
    assert.deepEqual(summary(doc('Peruvian oil workers walked off the job on Monday.')).map((s) => s.split(' ')[0]), ['PROTEST']);
  });

  it('gives the strike mode to work stopped in protest by workers only; a state stopping work boycotts (review finding 8)', () => {
    assert.deepEqual(findEvents(doc('Peruvian teachers stopped work for two hours in protest at pay cuts.')).map((e) => `${e.plover} ${e.mode}`), ['PROTEST strike']);
    assert.deepEqual(findEvents(doc('Peru stopped work on the gas pipeline in protest at Chilean tariffs.')).map((e) => `${e.plover} ${e.mode}`), ['PROTEST boycott']);
  });
});

describe('events: loans, credits and aid stopped or ceased', () => {
  it('codes loans or credits stopped or ceased as suspended aid, as when suspended (review finding 14)', () => {
    assert.deepEqual(summary(doc('Peru stopped loans to Chile.')), ['SANCTION PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru ceased credits to Chile.')), ['SANCTION PER->CHL occurred']);
  });

  it('codes aid convoys stopped or halted as others\' aid blocked (CAMEO 191), a donor\'s own aid stopped as cut (162) (review finding 22)', () => {
    assert.deepEqual(findEvents(doc('Peruvian rebels stopped aid convoys to Chile.')).map((e) => `${e.plover} ${e.cameo}`), ['COERCE 191']);
    assert.deepEqual(findEvents(doc('Peru stopped aid to Chile.')).map((e) => `${e.plover} ${e.cameo}`), ['SANCTION 162']);
  });
});
