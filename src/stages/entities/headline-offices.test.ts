import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()]);

function actor(title: string, text: string, span: string, published: string): string | undefined {
  return (pipeline.run(makeDoc({ text, title }), { published }).layers.entities ?? []).find((m: EntityMention) => m.text === span)?.actor;
}

describe('entities: a bare office title in the headline', () => {
  it('stands over the KB\'s out-of-office code for the day', () => {
    assert.equal(actor('Acting President Vladimir Putin met First Deputy Prime Minister and Finance Minister Mikhail Kasyanov', 'Mr Putin and Mr Kasyanov discussed the repayment of debts.', 'Mr Kasyanov', '2000-02-03'), 'RUSGOV');
  });
  it('not after "former", nor when the headline does not name the person', () => {
    assert.equal(actor('Acting President Vladimir Putin met former Prime Minister Mikhail Kasyanov', 'Mr Putin and Mr Kasyanov discussed the repayment of debts.', 'Mr Kasyanov', '2000-02-03'), 'RUSELI');
    assert.equal(actor('Acting President Vladimir Putin met Prime Minister Yevgeny Primakov', 'Mr Putin and Mr Kasyanov discussed the repayment of debts.', 'Mr Kasyanov', '2000-02-03'), 'RUSELI');
  });
  it('not an organisation\'s office: the title names its owner', () => {
    assert.equal(actor('Vladimir Putin met with Russian Book Union President Sergei Stepashin', 'Mr Putin and Mr Stepashin discussed the state of book publishing in Russia.', 'Mr Stepashin', '2012-03-01'), 'RUSELI');
    assert.equal(actor('Vladimir Putin met with Prime Minister Sergei Stepashin', 'Mr Putin and Mr Stepashin discussed the state of the economy.', 'Mr Stepashin', '2012-03-01'), 'RUSGOV');
  });
});

describe('entities: an office of the holder\'s own state in the headline', () => {
  it('stands over the bare country when the KB dates the person no role that day ("President of Finland Sauli Niinistö")', () => {
    assert.equal(actor('Telephone conversation with President of Finland Sauli Niinistö', 'Vladimir Putin and Sauli Niinistö exchanged New Year greetings.', 'Sauli Niinistö', '2019-12-30'), 'FINGOV');
  });
  it('not an office of another state or body, nor a former one (the KB gives no code for the day: none)', () => {
    assert.equal(actor('Telephone conversation with President of Estonia Sauli Niinisto', 'Vladimir Putin and Sauli Niinisto exchanged New Year greetings.', 'Sauli Niinisto', '2019-12-30'), undefined);
    assert.equal(actor('Meeting with President of the European Commission Sauli Niinisto', 'Vladimir Putin and Sauli Niinisto exchanged New Year greetings.', 'Sauli Niinisto', '2019-12-30'), undefined);
    assert.equal(actor('Meeting with former President of Finland Sauli Niinisto', 'Vladimir Putin and Sauli Niinisto discussed the Arctic.', 'Sauli Niinisto', '2019-12-30'), undefined);
  });
});
