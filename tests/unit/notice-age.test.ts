import { describe, expect, it } from 'vitest';
import { isNoticeOld, noticeAgeYears } from '../../src/components/notice-age';

// a fixed clock: the day the eleven later notices were collected
const today = '2026-11-30';

describe("the school's notice's age on the start page", () => {
  it('counts whole years', () => {
    expect(noticeAgeYears('2023-10-11', today)).toBe(3);
    expect(noticeAgeYears('2024-12-01', today)).toBe(1);
    expect(noticeAgeYears('2024-11-30', today)).toBe(2);
  });
  it('calls a notice old from two years on, and the generic build (no date) never', () => {
    expect(isNoticeOld('2023-10-11', today)).toBe(true); // CQ23
    expect(isNoticeOld('2020-09-30', today)).toBe(true); // HN20
    expect(isNoticeOld('2025-09-24', today)).toBe(false);
    expect(isNoticeOld(null, today)).toBe(false);
  });
});
