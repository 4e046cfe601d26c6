import { describe, expect, it } from 'vitest';
import { deltaTSeconds, newMoonJd, sunLongitude } from '../src/astronomy.ts';

const secondsToDays = (seconds: number) => seconds / 86_400;

describe('astronomy (Meeus, Astronomical Algorithms)', () => {
  it('reproduces example 49.a: the new moon of February 1977', () => {
    const jde = newMoonJd(-283) + secondsToDays(deltaTSeconds(1977.13));
    expect(jde).toBeCloseTo(2_443_192.65118, 4);
  });

  it('reproduces example 25.a: the Sun on 1992-10-13.0 TD', () => {
    const jd = 2_448_908.5 - secondsToDays(deltaTSeconds(1992.78));
    expect(sunLongitude(jd)).toBeCloseTo(199.90895, 3);
  });

  it('keeps ΔT continuous and plausible', () => {
    expect(deltaTSeconds(2000)).toBeCloseTo(63.86, 1);
    for (const year of [1700, 1800, 1860, 1900, 1920, 1941, 1961, 1986, 2005, 2050]) {
      expect(Math.abs(deltaTSeconds(year) - deltaTSeconds(year - 1e-6))).toBeLessThan(0.5);
    }
  });
});
