import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()]);

function plural(text: string, published = '2019-06-05'): EntityMention[] {
  const doc = pipeline.run(makeDoc({ text }), { published });
  return (doc.layers.entities ?? []).filter((m) => m.rule === 'entities/en/coref-plural');
}

describe('plural pronouns', () => {
  it("gives a country official's 'we' in a transcript the country, with the speaker's sector", () => {
    const text = 'Meeting on Russia’s regions\nVladimir Putin: Good afternoon. We will look at regional policy. We adopted the programme for Crimea.';
    const we = plural(text);
    assert.deepEqual(we.map((m) => [m.text, m.name, m.actor]), [['We', 'Russia', 'RUSGOV']]);
  });
  it("leaves 'we' alone where officials of two countries speak, after an unnamed label and in 'let us'", () => {
    assert.deepEqual(plural('Talks with Germany\nVladimir Putin: We adopted the programme.\nAngela Merkel: We adopted it too.'), []);
    assert.deepEqual(plural('Meeting in Russia\nVladimir Putin: Good afternoon.\nQuestion: We adopted the programme.'), []);
    assert.deepEqual(plural('Meeting in Russia\nVladimir Putin: Let us begin.'), []);
  });
  it("gives 'they' the one group of people with a country before it, and nothing when two compete", () => {
    const they = plural('If there are any Russian citizens there, they do not represent the state.');
    assert.deepEqual(they.map((m) => [m.text, m.actor]), [['they', 'RUSCVL']]);
    assert.deepEqual(plural('Russian officials met Ukrainian officials. They agreed on a truce.'), []);
    assert.deepEqual(plural('The two leaders discussed Russian troops. They noted progress.'), []);
  });
});
