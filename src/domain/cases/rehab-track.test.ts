import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkRehabTrackOrder, emptyRehabTrack, rehabTrackFigures } from './rehab-track.ts';

describe('rehabilitation track', () => {
  it('computes preparation weeks and days to hand-over and first meeting', () => {
    const track = {
      ...emptyRehabTrack,
      preparationStart: '2026-01-05',
      teamMeetingDate: '2026-03-23',
      recommendationHandedOver: '2026-03-24',
      firstCaseworkerMeeting: '2026-04-02',
    };
    assert.deepEqual(checkRehabTrackOrder(track), {});
    assert.deepEqual(rehabTrackFigures(track), { preparationWeeks: 11, daysToHandOver: 1, daysToFirstMeeting: 10 });
  });

  it('gives one decimal of a week and null where a date is missing', () => {
    const figures = rehabTrackFigures({ ...emptyRehabTrack, preparationStart: '2026-01-05', teamMeetingDate: '2026-01-15' });
    assert.deepEqual(figures, { preparationWeeks: 1.4, daysToHandOver: null, daysToFirstMeeting: null });
    assert.deepEqual(rehabTrackFigures(emptyRehabTrack), { preparationWeeks: null, daysToHandOver: null, daysToFirstMeeting: null });
  });

  it('counts a hand-over on the day of the meeting as 0 days', () => {
    assert.equal(rehabTrackFigures({ ...emptyRehabTrack, teamMeetingDate: '2026-03-23', recommendationHandedOver: '2026-03-23' }).daysToHandOver, 0);
  });

  it('names each date that comes before the one it must follow', () => {
    const fields = checkRehabTrackOrder({
      ...emptyRehabTrack,
      preparationStart: '2026-03-01',
      teamMeetingDate: '2026-02-01',
      recommendationHandedOver: '2026-01-31',
      firstCaseworkerMeeting: '2026-01-15',
    });
    assert.deepEqual(Object.keys(fields).sort(), ['firstCaseworkerMeeting', 'recommendationHandedOver', 'teamMeetingDate']);
    assert.match(fields.teamMeetingDate!, /før forberedelsen startede \(1\. marts 2026\)/);
  });

  it('needs the team meeting before a hand-over or first meeting can be recorded', () => {
    const fields = checkRehabTrackOrder({ ...emptyRehabTrack, recommendationHandedOver: '2026-03-01', firstCaseworkerMeeting: '2026-03-05' });
    assert.deepEqual(Object.keys(fields).sort(), ['firstCaseworkerMeeting', 'recommendationHandedOver']);
  });
});
