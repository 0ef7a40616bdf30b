import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkContact, ContactInputSchema } from './contact.ts';

const parse = (input: unknown) => ContactInputSchema.parse(input);

describe('contact validation', () => {
  it('accepts a contact on or before today and drops repeated categories', () => {
    const input = parse({ kind: 'meeting', date: '2024-05-02', durationBand: '30to59', contentCategories: ['cv', 'cv', 'health'] });
    assert.deepEqual(input.contentCategories, ['cv', 'health']);
    assert.deepEqual(checkContact(input, '2024-05-02'), {});
  });

  it('refuses a date in the future', () => {
    assert.deepEqual(Object.keys(checkContact(parse({ kind: 'phone', date: '2024-05-03' }), '2024-05-02')), ['date']);
  });

  it('requires the attendees of a start meeting', () => {
    assert.deepEqual(Object.keys(checkContact(parse({ kind: 'start_meeting', date: '2024-05-01' }), '2024-05-02')), ['attendeeRoles']);
    assert.deepEqual(checkContact(parse({ kind: 'start_meeting', date: '2024-05-01', attendeeRoles: ['citizen', 'cti_worker'] }), '2024-05-02'), {});
  });

  it('gives a no-show no duration', () => {
    assert.deepEqual(Object.keys(checkContact(parse({ kind: 'no_show', date: '2024-05-01', durationBand: 'lt30' }), '2024-05-02')), ['durationBand']);
  });

  it('refuses unknown kinds, bands, categories and roles, naming the field', () => {
    const result = ContactInputSchema.safeParse({ kind: 'visit', date: '2024-02-30', durationBand: '2h', contentCategories: ['gossip'], attendeeRoles: ['boss'] });
    assert.ok(!result.success);
    assert.deepEqual(result.error.issues.map((i) => i.path.join('.')).sort(), ['attendeeRoles.0', 'contentCategories.0', 'date', 'durationBand', 'kind']);
  });
});
