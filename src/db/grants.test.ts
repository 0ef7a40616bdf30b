import { test } from 'node:test';
import assert from 'node:assert/strict';
import { grantsScript } from './grants.ts';

test('the grants script names the app role quoted, gives audit_event only SELECT and INSERT, and refuses a role name that is not one', () => {
  const script = grantsScript('jobspor_app');
  assert.ok(!script.includes(':"app_role"'));
  assert.match(script, /GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "jobspor_app";/);
  assert.match(script, /REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM "jobspor_app";/);
  assert.throws(() => grantsScript('app"; DROP TABLE audit_event; --'), /is not a role name/);
});
