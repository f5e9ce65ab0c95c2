import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCodeTable, formatCodeTable, quadOf } from './code-table-import.js';
import { lookupCode, parseCodeTable } from './code-table.js';

const NAMES = 'CAMEOEVENTCODE\tEVENTDESCRIPTION\n04\tCONSULT\n041\tDiscuss by telephone\n044\tMeet at a Òhird location\n1056\tDemand de-escalation106:[-5.0] Demand withdrawal\n021\tAppeal for material cooperation\n190\tUse conventional military force\n';
const SCORES = 'CAMEOEVENTCODE\tGOLDSTEINSCALE\n041\t1.0\n044\t2.5\n10\t-5.0\n021\t3.4\n190\t-10.0\n';
const MAP = '041: CONSULT, phone,   # Discuss by telephone\n190: ASSAULT, , military # Use conventional military force\n1056: REQUEST, yield, military # x\n';

describe('buildCodeTable', () => {
  const rows = buildCodeTable(NAMES, SCORES, MAP, ['Military', 'Diplomatic']);
  const table = parseCodeTable(formatCodeTable(rows), 'codes.tsv');

  it('repairs the swallowed and garbled rows', () => {
    assert.equal(table.get('106')!.name, 'Demand withdrawal');
    assert.equal(table.get('044')!.name, 'Meet at a third location');
  });

  it('takes scores from the code, else its parents', () => {
    assert.equal(table.get('041')!.goldstein, 1);
    assert.equal(table.get('106')!.goldstein, -5);
  });

  it('maps PLOVER categories, modes and title-cased contexts; APPEAL becomes REQUEST', () => {
    assert.equal(table.get('041')!.plover, 'CONSULT');
    assert.equal(table.get('041')!.mode, 'phone');
    assert.deepEqual(table.get('190')!.context, ['Military']);
    assert.equal(table.get('021')!.plover, 'REQUEST');
  });

  it('gives GDELT QuadClasses by root', () => {
    assert.deepEqual(['010', '057', '073', '0841', '111', '138', '145', '195'].map(quadOf), [1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('looks up an unlisted 4-digit code through its parent', () => {
    assert.equal(lookupCode(table, '1901')?.code, '190');
  });
});

describe('buildCodeTable: the PLOVER manual over the mapping file', () => {
  it('files eased economic sanctions under CONCEDE, with no RETREAT mode', () => {
    const rows = buildCodeTable('CAMEOEVENTCODE\tEVENTDESCRIPTION\n085\tEase economic sanctions, boycott, embargo\n', 'CAMEOEVENTCODE\tGOLDSTEINSCALE\n085\t7.0\n', '085: RETREAT, ease,   economic # Ease economic sanctions\n', ['Economic']);
    const eased = rows.find((r) => r.code === '085')!;
    assert.equal(eased.plover, 'CONCEDE');
    assert.equal(eased.mode, '');
  });
});
