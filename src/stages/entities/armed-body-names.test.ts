import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()]);

function mention(text: string, span: string): EntityMention | undefined {
  return (pipeline.run(makeDoc({ text }), { published: '2008-03-11' }).layers.entities ?? []).find((m: EntityMention) => m.text === span);
}

describe('entities: an unknown liberation army or defence force', () => {
  it('is the rebels of the article\'s sole country', () => {
    assert.equal(mention('Kenyan police said gunmen of the Sabaot Land Defence Force raided a village near Kapsokwony overnight.', 'Sabaot Land Defence Force')?.actor, 'KENREB');
  });
  it('or of the state it is placed in', () => {
    assert.equal(mention('Leaders of the Popular Revolutionary Army in Mexico denied the bombing, while Guatemala said it had closed the border.', 'Popular Revolutionary Army')?.actor, 'MEXREB');
    assert.equal(mention('The Oromo Islamic Liberation Front in Ethiopia claimed the attack, the Kenyan and Somali governments said.', 'Oromo Islamic Liberation Front')?.actor, 'ETHREB');
  });
  it('a front or movement only in a sentence of armed struggle: many came to rule their states', () => {
    assert.equal(mention("Nicaragua's governing Sandinista Liberation Front won the municipal elections on Sunday, the electoral council said.", 'Sandinista Liberation Front')?.actor, undefined);
    assert.equal(mention('The ruling Tigrayan Liberation Front held regional elections in Mekelle, defying the federal government in Addis Ababa.', 'Tigrayan Liberation Front')?.actor, undefined);
    assert.equal(mention('Guerrillas of the Sandinista Liberation Front attacked a National Guard post near Managua in Nicaragua.', 'Sandinista Liberation Front')?.actor, 'NICREB');
  });
  it('a defence force after a state\'s name is its army', () => {
    assert.equal(mention('The Botswana Defence Force sent 200 troops to Lesotho after Pretoria asked for help.', 'Botswana Defence Force')?.actor, 'BWAMIL');
  });
  it('stays uncoded when no state is sure, or when the run was cut', () => {
    assert.equal(mention('Albanian guerrillas of the National Liberation Army shelled police posts near the Macedonian town of Tetovo.', 'National Liberation Army')?.actor, undefined);
    assert.equal(mention("Soldiers of the Uganda People's Defence Force crossed the border on Monday, Kampala said.", 'Defence Force')?.actor, undefined);
  });
});

describe('entities: title words before a body\'s head', () => {
  it('belong to its name ("State Committee for …")', () => {
    const m = mention("Tajikistan's State Committee for National Security said it had detained 12 suspects near the Afghan border.", 'State Committee for National Security');
    assert.equal(m?.country, 'TJK');
  });
});

describe('entities: the separatist people\'s republics of Donbass', () => {
  it('are rebels of Ukraine (CAMEO agent "Separatists", sector REB), not the country', () => {
    assert.equal(mention("The self-proclaimed Donetsk People's Republic accused the Ukrainian army of shelling a school.", "Donetsk People's Republic")?.actor, 'UKRREB');
    assert.equal(mention('The Luhansk People’s Republic accused Kiev of blocking food deliveries.', 'Luhansk People’s Republic')?.actor, 'UKRREB');
  });
});

describe('entities: two bodies named by two places and one plural rest', () => {
  it('"the Donetsk and Lugansk people\'s republics" are the two republics, not the two places', () => {
    const text = 'The leaders praised the prisoner exchange between Kiev and the Donetsk and Lugansk people’s republics.';
    assert.equal(mention(text, 'Donetsk')?.actor, 'UKRREB');
    assert.equal(mention(text, 'Lugansk people’s republics')?.actor, 'UKRREB');
  });
  it('also in capitals, where the second town before "People" was no place of its own', () => {
    const text = "Monitors met envoys of the Donetsk and Lugansk People's Republics in Minsk.";
    assert.equal(mention(text, 'Donetsk')?.actor, 'UKRREB');
    assert.equal(mention(text, "Lugansk People's Republics")?.actor, 'UKRREB');
  });
  it('not two places whose names with the rest name no body', () => {
    assert.equal(mention('Shells hit the Donetsk and Lugansk regions on Sunday.', 'Donetsk')?.type, 'GPE');
  });
});
