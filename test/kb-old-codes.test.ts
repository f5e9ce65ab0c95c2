import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renameCode, withCurrentCodes } from '../scripts/kb-old-codes.js';

describe('scripts/kb-old-codes: old country codes of the dictionaries become the KB\'s', () => {
  it('renames the country part of a code and leaves the rest', () => {
    assert.equal(renameCode('TMPGOV'), 'TLSGOV');
    assert.equal(renameCode('KSVREB'), 'XKXREB');
    assert.equal(renameCode('IGOUNOTMP'), 'IGOUNOTMP');
    assert.equal(renameCode('RUSGOV'), 'RUSGOV');
  });
  it('renames every code of an entry, dates kept', () => {
    const [e] = withCurrentCodes([{ phrase: ['JOSE', 'RAMOS-HORTA'], synonyms: [], codes: [{ code: 'TMPGOV', from: '2007-05-20' }, { code: 'TMPELI' }], line: 1 }]);
    assert.deepEqual(e!.codes, [{ code: 'TLSGOV', from: '2007-05-20' }, { code: 'TLSELI' }]);
  });
});
