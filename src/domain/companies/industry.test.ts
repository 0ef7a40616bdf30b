import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { industry10Of, sharedIndustryDigits } from './industry.ts';

describe('DB07 industry groups', () => {
  it('places codes in the 10-group level of the seeds tables', () => {
    assert.equal(industry10Of('471100'), 'trade_transport'); // supermarkets
    assert.equal(industry10Of('5610'), 'trade_transport'); // restaurants
    assert.equal(industry10Of('812100'), 'business_services'); // cleaning
    assert.equal(industry10Of('873000'), 'public_education_health'); // care homes
    assert.equal(industry10Of('41'), 'construction');
    assert.equal(industry10Of('011100'), 'agriculture');
    assert.equal(industry10Of('960100'), 'culture_other');
    assert.equal(industry10Of('680000'), 'real_estate');
  });

  it('calls missing, malformed and unplaced codes unknown', () => {
    assert.equal(industry10Of(null), 'unknown');
    assert.equal(industry10Of('4'), 'unknown');
    assert.equal(industry10Of('00'), 'unknown');
    assert.equal(industry10Of('44'), 'unknown');
  });

  it('counts shared leading digits', () => {
    assert.equal(sharedIndustryDigits('471100', '471900'), 3);
    assert.equal(sharedIndustryDigits('47', '471100'), 2);
    assert.equal(sharedIndustryDigits(null, '47'), 0);
  });
});
