import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()]);

function mention(text: string, span: string, published = '1988-04-12'): EntityMention | undefined {
  return (pipeline.run(makeDoc({ text }), { published }).layers.entities ?? []).find((m) => m.text === span);
}

describe('entities: nationality words of a state of the past, and of past affiliations', () => {
  it('"Soviet" is the Soviet Union (CAMEO SUN), with the sector of the noun after it', () => {
    assert.equal(mention('Soviet warplanes bombed rebel positions near Herat.', 'Soviet')?.actor, 'SUNMIL');
    assert.equal(mention('The Soviet Foreign Ministry protested to Peking.', 'Soviet Foreign Ministry')?.actor, 'SUNGOV');
    assert.equal(mention('The USSR vetoed the draft.', 'USSR')?.actor, 'SUN');
  });
  it('after the Soviet Union\'s end "Soviet" is history, no actor, nor a people of the article\'s country', () => {
    assert.equal(mention('Veterans of Soviet units laid wreaths in Kabul.', 'Soviet', '2005-02-15')?.country, undefined);
    assert.equal(mention('Pilots who fought on the Soviet-German front were honoured.', 'Soviet', '2005-02-15')?.country, undefined);
    assert.equal(mention('Millions of Soviet people died in the war.', 'Soviet', '2005-02-15')?.country, undefined);
  });
  it('but after its end "Soviet" heading a force, a body or a title still names the Soviet Union, as "USSR" does', () => {
    assert.equal(mention('Soviet troops invaded Afghanistan in December 1979.', 'Soviet', '2004-12-27')?.actor, 'SUNMIL');
    assert.equal(mention('In 1990 Soviet Foreign Minister Eduard Shevardnadze met James Baker.', 'Soviet Foreign Minister Eduard Shevardnadze', '2000-01-01')?.actor, 'SUNGOV');
  });
  it('"former" before a nationality word and a land noun, or "-era", "times" after it, make it no actor', () => {
    assert.equal(mention('Kazakhstan, a former Soviet republic, signed the accord.', 'Soviet', '1990-05-01')?.actor, undefined);
    assert.equal(mention('The rebels used Chinese-made rifles.', 'Chinese', '1999-05-01')?.actor, undefined);
    assert.equal(mention('The Egyptian-born cleric was deported from Italy.', 'Egyptian', '1999-05-01')?.actor, undefined);
    assert.equal(mention('Macau, a former Portuguese colony, returned to China.', 'Portuguese', '1999-05-01')?.country, undefined);
  });
  it('a bloc between "former" and a member noun is a past membership, no actor; the bloc acting keeps its code', () => {
    assert.equal(mention('Poland became the first former Warsaw Pact country to join NATO.', 'Warsaw Pact', '1999-03-12')?.actor, undefined);
    assert.equal(mention('The Warsaw Pact condemned the decision.', 'Warsaw Pact', '1988-03-12')?.actor, 'IGO');
  });
  it('a compass adjective before a country\'s nationality word and a noun names a part of its people', () => {
    assert.equal(mention('Northern Ugandan rebels ambushed a bus near Kitgum.', 'Ugandan', '1998-05-01')?.actor, 'UGAREB');
    assert.equal(mention('West African leaders met in Abuja.', 'African', '1998-05-01'), undefined);
    assert.equal(mention('Northern Irish politicians met in Dublin.', 'Northern Irish', '1998-05-01')?.country, 'GBR');
  });
  it('but a former office holder keeps his nationality', () => {
    assert.equal(mention('Police arrested a former Peruvian interior minister in Lima.', 'Peruvian', '1999-05-01')?.country, 'PER');
  });
  it('a title naming another state than the KB role of the day wins: the office the person held then', () => {
    assert.equal(mention('Soviet Foreign Minister Eduard Shevardnadze arrived in Bonn.', 'Soviet Foreign Minister Eduard Shevardnadze')?.actor, 'SUNGOV');
  });
});
