import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../app/analyze.js';
import { withLayers } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { doc, summary } from '../../../test/support/events-doc.js';

/** The test doc with more people, each named by [name, country]. */
function withPeople(text: string, people: [string, string][]) {
  const d = doc(text);
  const extra: EntityMention[] = [];
  for (const [n, [name, country]] of people.entries()) {
    for (const hit of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
      const start = hit.index!;
      extra.push({ id: 'p', start, end: start + name.length, text: name, confidence: 1, rule: 'test', type: 'PERSON', entity: `e${9 + n}`, name, country, actor: `${country}GOV` });
    }
  }
  const spans = (m: EntityMention) => extra.some((x) => x.start < m.end && m.start < x.end);
  const entities = [...(d.layers.entities ?? []).filter((m) => !spans(m)), ...extra].sort((a, b) => a.start - b.start).map((m, i) => ({ ...m, id: `m${i + 1}` }));
  return withLayers(d, { entities });
}

describe('events: the addressee of an opening "In a letter to X," phrase', () => {
  it('aims a request with no actor as its object at the letter\'s addressee', () => {
    assert.deepEqual(summary(doc('In a letter to Norway, Peru asked the world body to pressure Chile.')).filter((l) => l.startsWith('REQUEST')), ['REQUEST PER->NOR occurred']);
  });

  it('keeps a direct object that names an actor ("accused Chile")', () => {
    assert.deepEqual(summary(doc('In a letter to Norway, Peru accused Chile of massing troops.')).filter((l) => l.startsWith('ACCUSE')), ['ACCUSE PER->CHL occurred']);
  });

  it('aims a plea made during a telephone call at the partner of the call', () => {
    assert.ok(summary(doc('In a telephone call with Norway, Peru appealed for help to rebuild its power stations.')).includes('REQUEST PER->NOR occurred'));
  });

  it('does not give the addressee to a later verb of the clause ("his decision to withdraw")', () => {
    const lines = summary(doc('In a letter to Norway, Peru praised the decision to withdraw troops from Chile.'));
    assert.ok(lines.includes('SUPPORT PER->NOR occurred'), lines.join('; '));
    assert.ok(lines.every((l) => l.startsWith('SUPPORT') || !l.includes('->NOR')), lines.join('; '));
  });
});

describe('events: a pledge stated in a call or message to a named partner', () => {
  it('aims a readiness named as the object of the clause\'s verb at the partner of the call', () => {
    assert.deepEqual(summary(doc("During a telephone conversation with Norway, Peru confirmed Peru's readiness to increase gas exports.")).filter((l) => l.startsWith('AGREE')), ['AGREE PER->NOR occurred']);
  });

  it('keeps a readiness with no partner named untargeted', () => {
    assert.deepEqual(summary(doc('During the talks in Lima, Peru expressed readiness to increase gas exports.')).filter((l) => l.startsWith('AGREE')), ['AGREE PER->- occurred']);
  });

  it('aims a pledge of the speaker\'s own side in the that-clause of a message at its addressee', () => {
    assert.deepEqual(summary(doc('In a message to Norway, Peru stressed that Peru remained committed to the fisheries accord.')).filter((l) => l.startsWith('AGREE')), ['AGREE PER->NOR occurred']);
  });

  it('aims a pledge of the speaker\'s own side quoted after "that," at the letter\'s addressee', () => {
    assert.deepEqual(summary(doc('In a letter to Norway, Peru noted that, “Peru is firmly committed to the fisheries accord”.')).filter((l) => l.startsWith('AGREE')), ['AGREE PER->NOR occurred']);
  });

  it('aims a pledge quoted with reversed marks after "that," at the letter\'s addressee', () => {
    assert.deepEqual(summary(doc('In a letter to Norway, Peru noted that, ”Peru is firmly committed to the fisheries accord“.')).filter((l) => l.startsWith('AGREE')), ['AGREE PER->NOR occurred']);
  });

  it('keeps a partner the pledge names after "with" rather than the message\'s addressee', () => {
    assert.deepEqual(summary(doc('In a message to Norway, Peru stressed that Peru remained committed to cooperation with Chile.')).filter((l) => l.startsWith('AGREE')), ['AGREE PER->CHL occurred']);
    assert.deepEqual(summary(doc('In a message to Norway, Peru agreed to hold talks with Chile.')).filter((l) => l.startsWith('AGREE')), ['AGREE PER->CHL occurred']);
  });

  it('keeps whom a demand in the that-clause is made of ("from Chile")', () => {
    assert.ok(summary(doc('In a letter to Norway, Peru said that Peru would demand compensation from Chile.')).includes('REQUEST PER->CHL planned'));
  });

  it('keeps a partner the readiness\'s own verb names, merged into one event', () => {
    assert.deepEqual(summary(doc("During a telephone conversation with Norway, Peru confirmed Peru's readiness to cooperate with Chile.")).filter((l) => l.startsWith('AGREE')), ['AGREE PER->CHL occurred']);
  });

  it('does not aim another party\'s readiness the speaker welcomes at the partner of the call, but the speaker\'s own', () => {
    assert.deepEqual(summary(doc("During a telephone conversation with Norway, Peru welcomed Chile's readiness to hold talks.")).filter((l) => l.startsWith('AGREE')), ['AGREE CHL->- occurred']);
    assert.deepEqual(summary(doc("During a telephone conversation with Norway, Peru confirmed its readiness to hold talks.")).filter((l) => l.startsWith('AGREE')), ['AGREE PER->NOR occurred']);
  });

  it('does not aim a pledge of the speaker\'s country\'s rebels at the message\'s addressee', () => {
    const record = createAnalyzer().analyze({ text: 'In a message to Norway, Peru said that Peruvian rebels had agreed to disarm.', published: '2010-01-01' });
    const agree = record.events.filter((e) => e.plover === 'AGREE').map((e) => `${e.source?.actor}->${e.target?.actor ?? '-'}`);
    assert.deepEqual(agree, ['PERREB->-']);
  });

  it('does not aim another party\'s act in the that-clause at the addressee', () => {
    const lines = summary(doc('In a message to Norway, Peru said that Chile had agreed to resume the talks.'));
    assert.ok(lines.every((l) => !l.includes('->NOR')), lines.join('; '));
  });
});

describe('events: "the two leaders" after two people are named', () => {
  it('stands for the two people of the sentence before', () => {
    const d = withPeople('Peruvian President Garcia met Chilean President Lagos in Lima. The two presidents agreed to reopen the border.', [['Garcia', 'PER'], ['Lagos', 'CHL']]);
    assert.ok(summary(d).some((l) => !l.startsWith('CONSULT') && /(PERGOV->CHLGOV|CHLGOV->PERGOV)/.test(l)), summary(d).join('; '));
  });

  it('reaches back over a sentence that names people by pronouns only', () => {
    const d = withPeople('Peruvian President Garcia met Chilean President Lagos. They praised the talks. The two presidents agreed to reopen the border.', [['Garcia', 'PER'], ['Lagos', 'CHL']]);
    assert.ok(summary(d).some((l) => !l.startsWith('CONSULT') && l.includes('PERGOV->CHLGOV')), summary(d).join('; '));
  });

  it('does not reach back over a sentence that names another person', () => {
    const d = withPeople('Peruvian President Garcia met Chilean President Lagos. Chilean Foreign Minister Walker praised the talks. The two presidents agreed to reopen the border.', [['Garcia', 'PER'], ['Lagos', 'CHL'], ['Chilean Foreign Minister Walker', 'CHL']]);
    assert.ok(summary(d).every((l) => l.startsWith('CONSULT') || l.startsWith('SUPPORT')), summary(d).join('; '));
  });

  it('stands for nobody when only one country\'s people are named', () => {
    // No second country's person is named, so no pair is made up (a filter on a country the text never names passed with any output).
    const d = withPeople('During a meeting with Chilean President Lagos in Lima, the two leaders discussed the border.', [['Lagos', 'CHL']]);
    assert.deepEqual(summary(d), []);
  });

  it('pairs the partner after "with" with the person who opens the text, not the one the sentence before names last', () => {
    const d = withPeople('Peruvian President Garcia met Bolivian President Mesa. During a meeting with Chilean President Lagos in Lima, the two leaders discussed the border.', [['Garcia', 'PER'], ['Bolivian President Mesa', 'BOL'], ['Chilean President Lagos', 'CHL']]);
    const lines = summary(d).filter((l) => l.includes('CHLGOV'));
    assert.deepEqual(lines, ['CONSULT PERGOV->CHLGOV occurred'], summary(d).join('; '));
  });

  it('makes no pair when the sentence names people of two countries before the phrase but neither after "with"', () => {
    const d = withPeople('Peruvian President Garcia met Bolivian President Mesa. After Chilean President Lagos left, the two leaders discussed the border.', [['Garcia', 'PER'], ['Bolivian President Mesa', 'BOL'], ['Chilean President Lagos', 'CHL']]);
    assert.ok(summary(d).every((l) => !l.includes('CHLGOV')), summary(d).join('; '));
  });

  it('puts the guest first when the first of them hosted the second', () => {
    const d = withPeople('Peruvian President Garcia received Chilean President Lagos in Lima, and the two leaders held talks on the border.', [['Garcia', 'PER'], ['Lagos', 'CHL']]);
    assert.deepEqual(summary(d).filter((l) => l.startsWith('CONSULT')), ['CONSULT CHLGOV->PERGOV occurred']);
  });
});

describe('events: the addressee of a letter phrase set off after the subject', () => {
  it('aims the act of the clause after "Peru, in a letter to Norway," at Norway', () => {
    assert.deepEqual(summary(doc('Peru, in a letter to Norway, asked the world body to pressure Chile.')).filter((l) => l.startsWith('REQUEST')), ['REQUEST PER->NOR occurred']);
  });
});
