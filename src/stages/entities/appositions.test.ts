import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()]);


describe('role appositions', () => {
  it('gives a person the actor of a role in apposition, which a dated KB role outranks', () => {
    const actors = (text: string, published: string): string[] => {
      const doc = pipeline.run(makeDoc({ text }), { published });
      return (doc.layers.entities ?? []).filter((m) => m.type === 'PERSON').map((m) => `${m.text}=${m.actor ?? ''}`);
    };
    assert.deepEqual(actors("Ali Haidar, Syria's deputy defence minister, arrived.", '2006-05-01'), ['Ali Haidar=SYRGOV']);
    assert.deepEqual(actors('Kenzo Oshima, the UN Emergency Relief Coordinator, spoke. Oshima left.', '2004-01-01'), ['Kenzo Oshima=IGOUNO', 'Oshima=IGOUNO']);
    assert.deepEqual(actors('Kenzo Oshima, the UN Emergency Relief Coordinator, spoke.', '2006-05-01'), ['Kenzo Oshima=JPNGOV']);
    assert.deepEqual(actors('John Smith, the Sudanese foreign minister, said talks failed.', '2006-05-01'), ['John Smith=SDNGOV', 'the Sudanese foreign minister=SDNGOV']);
    assert.deepEqual(actors('Mark Brown, a former British minister, said so.', '2006-05-01'), ['Mark Brown=']);
  });
});

describe('role descriptions', () => {
  const persons = (text: string): string[] => {
    const doc = pipeline.run(makeDoc({ text }), { published: '2006-05-01' });
    return (doc.layers.entities ?? []).filter((m) => m.type === 'PERSON').map((m) => `${m.text}=${m.entity}=${m.actor ?? ''}`);
  };
  it("makes a role with no name a person with the owner's country and the role's sector, with its pronouns", () => {
    assert.deepEqual(persons("Cairo's security chief said the attack was planned. He added more."), ["Cairo's security chief=e2=EGYGOV", 'He=e2=EGYGOV']);
    assert.deepEqual(persons('The Iraqi army commander said his forces advanced.'), ['The Iraqi army commander=e1=IRQMIL', 'his=e1=IRQMIL']);
  });
  it('keeps two indefinite roles apart and leaves past roles and titles alone', () => {
    const two = persons('A Turkish diplomat said the talks failed. A Turkish diplomat denied it.');
    assert.equal(new Set(two.map((p) => p.split('=')[1])).size, 2);
    assert.deepEqual(persons('The former Egyptian ambassador spoke.'), []);
    assert.deepEqual(persons('Egyptian ambassador Ali Said spoke.').length, 1);
  });
});
