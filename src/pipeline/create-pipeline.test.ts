import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withLayers } from '../core/doc.js';
import { SitrepError } from '../core/errors.js';
import { createPipeline } from './create-pipeline.js';
import { makeDoc } from './make-doc.js';
import type { Stage } from './stage.js';

/** A stage that does nothing but declare its layers. */
function stage(name: string, requires: Stage['requires'], assigns: Stage['assigns'], run?: Stage['run']): Stage {
  return { name, version: '1', requires, assigns, run: run ?? ((doc) => doc) };
}

describe('pipeline/create-pipeline', () => {
  it('refuses a stage whose required layer no earlier stage assigns', () => {
    assert.throws(
      () => createPipeline([stage('claims', ['entities'], ['claims'])]),
      (e: unknown) => e instanceof SitrepError && e.code === 'E_STAGE_REQUIRES' && /claims.*entities/.test(e.message),
    );
  });

  it('refuses two stages that assign the same layer, and two stages with one name', () => {
    assert.throws(() => createPipeline([stage('a', [], ['tokens']), stage('b', [], ['tokens'])]), /already assigns/);
    assert.throws(() => createPipeline([stage('a', [], ['tokens']), stage('a', [], ['times'])]), /Two stages/);
  });

  it('turns a stage that throws into a diagnostic and runs the later stages', () => {
    const failing = stage('times', [], ['times'], () => {
      throw new Error('boom');
    });
    const after = stage('quantities', [], ['quantities'], (doc) => withLayers(doc, { quantities: [] }));
    const doc = createPipeline([failing, after]).run(makeDoc({ text: 'Hello.' }), {});
    assert.equal(doc.diagnostics.length, 1);
    assert.equal(doc.diagnostics[0]!.code, 'pipeline/stage-failed');
    assert.equal(doc.diagnostics[0]!.stage, 'times');
    assert.deepEqual(doc.layers.quantities, []);
  });

  it('raises with the catalogue code when asked to', () => {
    const failing = stage('times', [], ['times'], () => {
      throw new Error('boom');
    });
    assert.throws(() => createPipeline([failing], 'raise').run(makeDoc({ text: 'Hi.' }), {}), (e: unknown) => e instanceof SitrepError && e.code === 'E_STAGE_FAILED');
  });
});
