import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  agreementKinds,
  interactionKinds,
  openingStatuses,
  placementEndReasons,
  placementTypes,
  scoreComponentKeys,
  sectors,
  sizeBands,
} from '../../api/companies.ts';
import { hasKey } from '../../i18n/index.tsx';
import { da } from '../../i18n/modules/companies.ts';

test('every code the API sends has a Danish and English label', () => {
  const lists: [string, readonly string[]][] = [
    ['companies.size', sizeBands],
    ['companies.sector', sectors],
    ['companies.interactionKind', interactionKinds],
    ['companies.agreementKind', agreementKinds],
    ['companies.openingStatus', openingStatuses],
    ['companies.placementType', placementTypes],
    ['companies.endReason', placementEndReasons],
    ['companies.component', scoreComponentKeys],
    ['companies.import.action', ['create', 'update', 'unchanged', 'error']],
    ['companies.followUpSource', ['planned', 'rule']],
    ['companies.followUpStatus', ['due', 'overdue']],
  ];
  for (const [prefix, codes] of lists) {
    for (const code of codes) assert.ok(hasKey(`${prefix}.${code}`) && `${prefix}.${code}` in da, `${prefix}.${code}`);
  }
});
