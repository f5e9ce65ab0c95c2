import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()]);

/** The rule this file tests. */
const PLACED = 'entities/en/placed-description';

/** Every entity mention of `text`. */
function mentions(text: string): readonly EntityMention[] {
  return pipeline.run(makeDoc({ text }), { published: '2001-05-10' }).layers.entities ?? [];
}

/** The spans of `text` this file's rule coded. */
function placed(text: string): string[] {
  return mentions(text).filter((m) => m.rule === PLACED).map((m) => m.text);
}

/** The mention whose text is `span` in `text`, with its actor, else its country. */
function code(text: string, span: string): string | undefined {
  const m = mentions(text).find((x) => x.text === span);
  return m?.actor ?? m?.country;
}

describe('entities: a person or body put in a country by the words after it', () => {
  it('a person noun before "from" and a place takes the place\'s country, with the noun\'s sector', () => {
    assert.equal(code('A businessman from Toronto accused the police of beating him.', 'A businessman'), 'CANBUS');
    assert.equal(code('Police arrested a priest from Milan on Monday.', 'a priest'), 'ITAREL');
    assert.equal(code('A Christian missionary from Calgary was arrested.', 'A Christian missionary'), 'CAN');
  });
  it('a body noun before a placing participle ("based", "operating", "active") and "in" takes the place\'s country; an armed word makes it REB', () => {
    assert.equal(code('A rebel group based in Uganda attacked a village.', 'A rebel group'), 'UGAREB');
    assert.equal(code('A militia operating in northern Mali ambushed a convoy.', 'A militia'), 'MLIREB');
    assert.equal(code('A rebel group active in eastern Congo attacked a village.', 'A rebel group'), 'CODREB');
    assert.equal(code('A militant group fighting in northern Mali ambushed a convoy.', 'A militant group'), 'MLIREB');
    assert.equal(mentions('A human rights group based in Kenya accused the army.').find((m) => m.text === 'human rights group')?.country, 'KEN');
  });
  it('leaves other nouns, a nationality word and a body that is only from somewhere', () => {
    assert.equal(code('He received a letter from Iran.', 'a letter'), undefined);
    // A nationality word names the country already: the span stays the role description's (CANBUS), and this rule adds nothing.
    const canadian = mentions('A Canadian businessman from Toronto was freed.');
    assert.equal(canadian.find((m) => m.text === 'A Canadian businessman')?.rule, 'entities/en/role-description');
    assert.equal(canadian.find((m) => m.text === 'A Canadian businessman')?.actor, 'CANBUS');
    assert.deepEqual(placed('A Japanese tourist from Toronto was freed.'), []);
    assert.equal(code('A group from Uganda visited the town.', 'A group'), undefined);
    // After a verb that moves someone out, "from" is where they were taken from.
    assert.equal(code('The UN withdrew an envoy from Syria on Monday.', 'an envoy'), undefined);
    assert.equal(code('Britain recalled an ambassador from Iran.', 'an ambassador'), undefined);
  });
});
