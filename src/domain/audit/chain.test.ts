import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditEventHash, canonicalJson, genesisHash, verifyAuditChain, type AuditChainRow } from './chain.ts';

function chain(n: number, legacy = 0): AuditChainRow[] {
  const rows: AuditChainRow[] = [];
  let prev = genesisHash;
  for (let i = 1; i <= legacy + n; i++) {
    const content = {
      at: new Date(Date.UTC(2026, 0, 1, 8, 0, i)).toISOString(),
      staff_id: null,
      staff_username: `user${i}`,
      action: 'citizen.read',
      method: 'GET',
      route: '/api/citizens/:id',
      citizen_pseudonym: 'P-0000000001',
      citizen_pseudonyms: ['P-0000000001'],
      detail: { b: 1, a: [i, 'x'] },
      client_address: '127.0.0.1',
      session_ref: null,
    };
    if (i <= legacy) {
      rows.push({ id: i, ...content, prev_hash: null, hash: null });
      continue;
    }
    const hash = auditEventHash(prev, content);
    rows.push({ id: i, ...content, prev_hash: prev, hash });
    prev = hash;
  }
  return rows;
}

test('canonical JSON sorts keys at every level, so a jsonb round trip hashes the same', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: null }], c: 'x' } }), '{"a":{"c":"x","d":[1,{"y":null,"z":1}]},"b":1}');
  const row = chain(1)[0]!;
  const reordered = { ...row, detail: { a: [1, 'x'], b: 1 }, at: '2026-01-01T09:00:01.000+01:00' };
  assert.equal(auditEventHash(genesisHash, reordered), row.hash);
});

test('an intact chain verifies and names its last row', () => {
  const result = verifyAuditChain(chain(5).reverse());
  assert.equal(result.ok, true);
  assert.deepEqual(result.state.head?.id, 5);
  assert.equal(result.state.checked, 5);
});

test('a changed row is named as the first broken row', () => {
  const rows = chain(6);
  rows[2] = { ...rows[2]!, staff_username: 'someone-else' };
  const result = verifyAuditChain(rows);
  assert.deepEqual(result.ok ? null : result.broken, { id: 3, reason: 'content_changed' });
});

test('a changed row with a recomputed hash breaks the link of the row after it', () => {
  const rows = chain(6);
  const forged = { ...rows[2]!, action: 'nothing.to.see' };
  rows[2] = { ...forged, hash: auditEventHash(forged.prev_hash!, forged) };
  const result = verifyAuditChain(rows);
  assert.deepEqual(result.ok ? null : result.broken, { id: 4, reason: 'link_broken' });
});

test('a removed row breaks the link of the row after it', () => {
  const rows = chain(6).filter((row) => row.id !== 4);
  const result = verifyAuditChain(rows);
  assert.deepEqual(result.ok ? null : result.broken, { id: 5, reason: 'link_broken' });
});

test('rows written before the chain began may only come first', () => {
  const rows = chain(3, 2);
  const ok = verifyAuditChain(rows);
  assert.equal(ok.ok, true);
  assert.equal(ok.state.unchained, 2);
  const stripped = rows.map((row) => (row.id === 4 ? { ...row, hash: null, prev_hash: null } : row));
  const result = verifyAuditChain(stripped);
  assert.deepEqual(result.ok ? null : result.broken, { id: 4, reason: 'unchained_row' });
  // Stripping the hashes of the first chained rows leaves a row that does not start the chain.
  const prefix = rows.map((row) => (row.id === 3 ? { ...row, hash: null, prev_hash: null } : row));
  const cut = verifyAuditChain(prefix);
  assert.deepEqual(cut.ok ? null : cut.broken, { id: 4, reason: 'link_broken' });
});

test('verification continues page by page from the state it returned', () => {
  const rows = chain(6);
  const first = verifyAuditChain(rows.slice(0, 3));
  const tampered = rows.slice(3).map((row) => (row.id === 5 ? { ...row, method: 'POST' } : row));
  const second = verifyAuditChain(tampered, first.state);
  assert.deepEqual(second.ok ? null : second.broken, { id: 5, reason: 'content_changed' });
});
