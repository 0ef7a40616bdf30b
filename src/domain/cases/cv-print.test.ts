import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CvContentSchema } from './cv.ts';
import { sampleCv } from './cv-sample.ts';
import { renderCvHtml } from './cv-print.ts';

const holder = { firstName: 'Søren', lastName: 'Ågård', phone: '20 30 40 50', email: 's@example.dk', postcode: '4300', city: 'Holbæk' };

describe('printable Kompetence-CV', () => {
  it('is one HTML document in Danish with the name, contact details, sections and print CSS', () => {
    const html = renderCvHtml({ holder, content: CvContentSchema.parse(sampleCv), versionNo: 3, savedOn: '2024-05-02' });
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<html lang="da">/);
    assert.match(html, /<h1>Søren Ågård<\/h1>/);
    assert.match(html, /Tlf\. 20 30 40 50/);
    for (const heading of ['Profil', 'Kompetencer', 'Erhvervserfaring', 'Uddannelse', 'Kurser', 'Sprog', 'Kørekort', 'Fritid og interesser']) {
      assert.ok(html.includes(`<h2>${heading}</h2>`), heading);
    }
    assert.match(html, /marts 2015 – august 2018/);
    assert.match(html, /Varepåfyldning<br>Kasse/);
    assert.match(html, /Dansk: Modersmål/);
    assert.match(html, /<style>[^]*@page[^]*<\/style>/);
    assert.match(html, /Version 3, gemt 2\. maj 2024/);
    assert.doesNotMatch(html, /<script/i);
  });

  it('escapes every value and leaves out empty sections', () => {
    const content = CvContentSchema.parse({ ...sampleCv, profile: '<script>alert(1)</script>', courses: [], leisure: '' });
    const html = renderCvHtml({ holder: { ...holder, firstName: 'A"<b>' }, content, versionNo: 1, savedOn: '2024-05-02' });
    assert.ok(!html.includes('<script>alert'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('A&quot;&lt;b&gt;'));
    assert.ok(!html.includes('<h2>Kurser</h2>'));
    assert.ok(!html.includes('<h2>Fritid og interesser</h2>'));
  });
});
