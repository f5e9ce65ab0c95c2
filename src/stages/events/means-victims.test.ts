import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withLayers, type Doc } from '../../core/doc.js';
import { summary, doc } from '../../../test/support/events-doc.js';

/** Countries' names in these tests. */
const COUNTRY_NAMES = new Set(['Peru', 'Chile', 'Norway']);

/** The doc with the KB id the entities stage gives a country's name (not a city's) on its mentions of the countries above. */
function withCountryIds(d: Doc): Doc {
  return withLayers(d, { entities: (d.layers.entities ?? []).map((m) => (COUNTRY_NAMES.has(m.text) ? { ...m, kb: `country:${m.country}` } : m)) });
}

describe('events: the victims of a violent nominal that tells how they died', () => {
  it('takes the subject of "died in" or "were killed in" as the target of the attack', () => {
    assert.deepEqual(summary(doc('Four Chilean soldiers died in an ambush by Peruvian rebels.')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Two Chilean policemen were killed on Sunday in an attack by Peruvian guerrillas.')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Five Chilean soldiers were wounded in a Peruvian attack near the border.')), ['ASSAULT PER->CHL occurred']);
  });

  it('leaves the victims to the verb when it kills actively', () => {
    assert.deepEqual(summary(doc('Peruvian rebels killed four Chilean soldiers in an ambush on Friday.')), ['ASSAULT PER->CHL occurred']);
  });

  it('does not read a nominal after another verb as the means of harm', () => {
    assert.deepEqual(summary(doc('Chilean officials took part in an attack by Peruvian rebels.')).some((l) => l.includes('->CHL')), false);
  });

  it('takes a country named inside the nominal after its preposition as the maker of the attack that names its target or place apart', () => {
    assert.deepEqual(summary(withCountryIds(doc('Four Chilean soldiers were killed in a Peru strike near the border.'))), ['ASSAULT PER->CHL occurred']);
  });

  it('does not take a country named inside the nominal as its maker when nothing after it names the target or place', () => {
    const lines = (text: string): string[] => summary(withCountryIds(doc(text)));
    assert.equal(lines('A Chilean rebel leader was killed in a Peru raid.').some((l) => l.includes('PER->')), false);
    assert.equal(lines('Four Chilean soldiers were wounded in a Peru ambush.').some((l) => l.includes('PER->')), false);
    assert.equal(lines('Two journalists were killed in a Norway bombing.').some((l) => l.includes('NOR->')), false);
    assert.equal(lines('Three Chilean civilians were killed in a Peru air strike.').some((l) => l.includes('PER->')), false);
    assert.equal(lines('Four Chilean soldiers were killed in a Peru strike on Sunday.').some((l) => l.includes('PER->')), false);
  });

  it('does not take a city named inside the nominal as its maker', () => {
    assert.deepEqual(summary(withCountryIds(doc('Four Chilean soldiers were killed in a Lima strike.'))), ['ASSAULT -->CHL occurred']);
  });

  it('reads the nominal after "as a result of" as the cause of the harm, a happening whose maker is the agent', () => {
    assert.deepEqual(summary(doc('Four Chilean soldiers were killed as a result of a Peruvian air raid.')), ['ASSAULT PER->CHL occurred']);
  });

  it('gives the harm the maker of the attack that tells its means, also when the attack is aimed elsewhere', () => {
    assert.deepEqual(summary(doc('Four Chilean soldiers were killed in a Peruvian raid on a Norway base.')), ['ASSAULT PER->CHL occurred', 'ASSAULT PER->NOR occurred']);
  });

  it('takes no agent from a cause that is no violence', () => {
    assert.deepEqual(summary(doc('Four Chilean soldiers were killed as a result of the talks.')), ['ASSAULT -->CHL occurred']);
  });
});
