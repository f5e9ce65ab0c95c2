import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../app/analyze.js';

const analyzer = createAnalyzer();

/** The events of a text as "PLOVER SOURCE->TARGET" lines. */
function lines(text: string): string[] {
  return analyzer.analyze({ text, published: '2001-05-10' }).events.map((e) => `${e.plover} ${e.source?.actor ?? '-'}->${e.target?.actor ?? '-'}`);
}

describe('events: peoples coded by the country they live in', () => {
  it('keeps the code of a people the text already places in a state, with its sector, over the bare place', () => {
    assert.deepEqual(lines('Ethnic Albanian guerrillas operating in Macedonia attacked Macedonian police.'), ['ASSAULT MKDREB->MKDCOP']);
    assert.deepEqual(lines('Ethnic Albanian rebels in Macedonia attacked a police station in Kosovo.'), ['ASSAULT MKDREB->XKX']);
  });

  it('still codes ethnic victims by the country of the clause\'s place', () => {
    assert.deepEqual(lines('Serb forces killed three ethnic Albanians in southeastern Serbia.'), ['ASSAULT SRBMIL->SRB']);
  });
});

describe('events: a country\'s people and its state named by one adjective', () => {
  it('keeps the state that a bare-country side acts on as the target, though the adjective makes them one entity', () => {
    assert.deepEqual(lines('Peruvian truckers protested against the Peruvian government.'), ['PROTEST PER->PERGOV']);
  });

  it('still leaves out a target of the source\'s own code', () => {
    assert.deepEqual(lines('Peruvian truckers protested against Peruvian imports.'), ['PROTEST PER->-']);
  });
});

describe('events: the people of a town', () => {
  it('keep their population code (CVL) as a subject instead of becoming the town', () => {
    assert.deepEqual(lines('Residents of Aleppo accused government forces of shelling their neighbourhoods.'), ['ACCUSE SYRCVL->SYRMIL']);
  });
});
