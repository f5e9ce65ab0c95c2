import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../app/analyze.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { defaultStages } from '../index.js';
import { bodyGathering } from './multilateral-meeting.js';

const analyzer = createAnalyzer();

/** The events of a text as "PLOVER CAMEO trigger" lines. */
function lines(text: string): string[] {
  return analyzer.analyze({ text, published: '2001-01-01' }).events.map((e) => `${e.plover} ${e.cameo} ${e.trigger.text}`);
}

describe('events: a body\'s meeting named as a topic', () => {
  it('reads no meeting of the pair in "preparations for a CIS summit"', () => {
    const events = lines('Peruvian President Alan Garcia met Chilean President Michelle Bachelet on Monday. The two presidents discussed preparations for an OAS summit in Lima.');
    assert.deepEqual(events.filter((e) => e.endsWith('summit')), []);
    assert.deepEqual(events, ['CONSULT 040 met']);
  });

  it('reads no meeting of the pair in "a meeting of OAS leaders"', () => {
    const events = lines('Peruvian President Alan Garcia met Chilean President Michelle Bachelet on Monday. The two presidents discussed preparations for the next meeting of OAS leaders in Lima.');
    assert.deepEqual(events.filter((e) => e.endsWith('meeting')), []);
    assert.deepEqual(events, ['CONSULT 040 met']);
  });

  it('keeps a summit of two parties ("the Peru-EU summit") and a body\'s summit attended', () => {
    const two = lines('Peruvian President Alan Garcia said on Monday he would attend the Peru-EU summit in Lima next month.');
    assert.ok(two.some((e) => e.startsWith('CONSULT') || e.startsWith('AGREE')), two.join('; '));
    assert.deepEqual(lines('Peruvian President Alan Garcia attended the OAS summit in Santiago.'), ['CONSULT 040 attended']);
    assert.deepEqual(lines('Peruvian President Alan Garcia flew to Santiago to attend the OAS summit.'), ['CONSULT 040 attend']);
  });
});

describe('events: a body\'s summit governed by a verb after the preposition', () => {
  const pipeline = createPipeline(defaultStages().filter((s) => s.name !== 'events'));

  /** Is the text's word `noun` read as a body's gathering named as a topic? */
  function gathering(text: string, noun: string): boolean {
    const doc = pipeline.run(makeDoc({ text, published: '2001-01-01' }), { published: '2001-01-01' });
    const tokens = doc.layers.tokens!;
    return bodyGathering(tokens, tokens.findIndex((t) => t.normal === noun), 0, tokens.length, doc.layers.entities!);
  }

  it('reads "after chairing the OAS summit" as the verb\'s object, "for the upcoming OAS summit" as a topic', () => {
    assert.equal(gathering('Peruvian President Alan Garcia returned to Lima after chairing the OAS summit in Santiago.', 'summit'), false);
    assert.equal(gathering('The two presidents discussed preparations for the upcoming OAS summit in Lima.', 'summit'), true);
  });
});
