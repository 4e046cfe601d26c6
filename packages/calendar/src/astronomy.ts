/**
 * The two astronomical quantities the Vietnamese lunar calendar needs: the instant of each
 * new moon and the Sun's apparent longitude. Formulas are from Jean Meeus, *Astronomical
 * Algorithms* (2nd ed., 1998): chapter 49 for new moons (error under a minute for
 * 1900–2100), chapter 25 ("low accuracy", error about 0.01°, i.e. a quarter of an hour in
 * time) for the Sun, and ΔT from the Espenak–Meeus polynomials (NASA, 2006).
 *
 * Times are Julian Days (JD). Meeus' series give *Terrestrial Time*; civil dates follow
 * Universal Time, which differs by ΔT (about a minute today). The difference only matters
 * for a new moon within a minute of midnight, but it is cheap to get right.
 *
 * @module
 */

const DEG = Math.PI / 180;

/** Julian Day of 1970-01-01T00:00Z, the start of epoch day 0. */
export const JD_UNIX_EPOCH = 2_440_587.5;

/** Julian Day of J2000.0 (2000-01-01T12:00 TT), the origin of Meeus' time arguments. */
const JD_J2000 = 2_451_545;

/** The mean length of a lunation (synodic month), in days. */
export const SYNODIC_MONTH = 29.530_588_861;

/** JDE of the mean new moon with lunation number k = 0 (2000-01-06). */
const JDE_NEW_MOON_0 = 2_451_550.097_66;

function sinDeg(degrees: number): number {
  return Math.sin(degrees * DEG);
}

/** Reduces an angle to [0, 360). */
export function normalizeDegrees(degrees: number): number {
  return ((degrees % 360) + 360) % 360;
}

/** Evaluates c0 + c1·t + c2·t² + … by Horner's rule. */
function polynomial(t: number, coefficients: readonly number[]): number {
  return coefficients.reduceRight((sum, c) => sum * t + c, 0);
}

/** A ΔT polynomial valid from `from` (inclusive) to the next segment. */
interface DeltaTSegment {
  from: number;
  origin: number;
  coefficients: readonly number[];
}

/** Espenak & Meeus, "Polynomial expressions for Delta T", NASA eclipse site, 1600–2050. */
const DELTA_T_SEGMENTS: readonly DeltaTSegment[] = [
  { from: 1600, origin: 1600, coefficients: [120, -0.9808, -0.01532, 1 / 7129] },
  {
    from: 1700,
    origin: 1700,
    coefficients: [8.83, 0.1603, -0.0059285, 0.00013336, -1 / 1_174_000],
  },
  {
    from: 1800,
    origin: 1800,
    coefficients: [
      13.72, -0.332447, 0.0068612, 0.0041116, -0.00037436, 0.0000121272, -0.0000001699,
      0.000000000875,
    ],
  },
  {
    from: 1860,
    origin: 1860,
    coefficients: [7.62, 0.5737, -0.251754, 0.01680668, -0.0004473624, 1 / 233_174],
  },
  { from: 1900, origin: 1900, coefficients: [-2.79, 1.494119, -0.0598939, 0.0061966, -0.000197] },
  { from: 1920, origin: 1920, coefficients: [21.2, 0.84493, -0.0761, 0.0020936] },
  { from: 1941, origin: 1950, coefficients: [29.07, 0.407, -1 / 233, 1 / 2547] },
  { from: 1961, origin: 1975, coefficients: [45.45, 1.067, -1 / 260, -1 / 718] },
  {
    from: 1986,
    origin: 2000,
    coefficients: [63.86, 0.3345, -0.060374, 0.0017275, 0.000651814, 0.00002373599],
  },
  { from: 2005, origin: 2000, coefficients: [62.92, 0.32217, 0.005589] },
];

/** Long-term parabola of Morrison & Stephenson, used outside the fitted segments. */
function longTermDeltaT(year: number): number {
  const u = (year - 1820) / 100;
  return -20 + 32 * u * u;
}

/** ΔT = TT − UT in seconds at a decimal `year`. */
export function deltaTSeconds(year: number): number {
  if (year < 1600 || year >= 2150) return longTermDeltaT(year);
  if (year >= 2050) return longTermDeltaT(year) - 0.5628 * (2150 - year);
  const segment = DELTA_T_SEGMENTS.findLast((s) => year >= s.from)!;
  return polynomial(year - segment.origin, segment.coefficients);
}

function decimalYearOfJd(jd: number): number {
  return 2000 + (jd - JD_J2000) / 365.25;
}

/** Converts a Universal Time JD to Terrestrial Time (JDE). */
function universalToDynamical(jd: number): number {
  return jd + deltaTSeconds(decimalYearOfJd(jd)) / 86_400;
}

/** Converts a Terrestrial Time JDE to Universal Time (JD); ΔT varies too slowly to iterate. */
function dynamicalToUniversal(jde: number): number {
  return jde - deltaTSeconds(decimalYearOfJd(jde)) / 86_400;
}

/** Fundamental arguments of Meeus (49.4)–(49.7) for lunation `k`, in degrees. */
function lunationArguments(k: number) {
  const t = k / 1236.85;
  return {
    t,
    e: polynomial(t, [1, -0.002516, -0.0000074]),
    sunAnomaly: polynomial(t, [2.5534 + 29.1053567 * k, 0, -0.0000014, -0.00000011]),
    moonAnomaly: polynomial(t, [
      201.5643 + 385.81693528 * k,
      0,
      0.0107582,
      0.00001238,
      -0.000000058,
    ]),
    moonLatitude: polynomial(t, [
      160.7108 + 390.67050284 * k,
      0,
      -0.0016118,
      -0.00000227,
      0.000000011,
    ]),
    node: polynomial(t, [124.7746 - 1.56375588 * k, 0, 0.0020672, 0.00000215]),
  };
}

/** Periodic terms of the new moon (Meeus, chapter 49, "New Moon" column), in days. */
function newMoonCorrection(k: number): number {
  const { e, sunAnomaly: m, moonAnomaly: mp, moonLatitude: f, node } = lunationArguments(k);
  return (
    -0.4072 * sinDeg(mp) +
    0.17241 * e * sinDeg(m) +
    0.01608 * sinDeg(2 * mp) +
    0.01039 * sinDeg(2 * f) +
    0.00739 * e * sinDeg(mp - m) -
    0.00514 * e * sinDeg(mp + m) +
    0.00208 * e * e * sinDeg(2 * m) -
    0.00111 * sinDeg(mp - 2 * f) -
    0.00057 * sinDeg(mp + 2 * f) +
    0.00056 * e * sinDeg(2 * mp + m) -
    0.00042 * sinDeg(3 * mp) +
    0.00042 * e * sinDeg(m + 2 * f) +
    0.00038 * e * sinDeg(m - 2 * f) -
    0.00024 * e * sinDeg(2 * mp - m) -
    0.00017 * sinDeg(node) -
    0.00007 * sinDeg(mp + 2 * m) +
    0.00004 * sinDeg(2 * mp - 2 * f) +
    0.00004 * sinDeg(3 * m) +
    0.00003 * sinDeg(mp + m - 2 * f) +
    0.00003 * sinDeg(2 * mp + 2 * f) -
    0.00003 * sinDeg(mp + m + 2 * f) +
    0.00003 * sinDeg(mp - m + 2 * f) -
    0.00002 * sinDeg(mp - m - 2 * f) -
    0.00002 * sinDeg(3 * mp + m) +
    0.00002 * sinDeg(4 * mp)
  );
}

/** Planetary arguments A1–A14 of Meeus chapter 49: [base, rate per lunation, amplitude in days]. */
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [299.77, 0.107408, 0.000325],
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
];

function planetaryCorrection(k: number): number {
  const t = k / 1236.85;
  return PLANETARY_TERMS.reduce((sum, [base, rate, amplitude], index) => {
    // A1 alone carries a quadratic term (−0.009173 T²).
    const argument = base + rate * k - (index === 0 ? 0.009173 * t * t : 0);
    return sum + amplitude * sinDeg(argument);
  }, 0);
}

/**
 * JDE (Terrestrial Time) of the mean new moon of lunation `k` (Meeus 49.1). Lunation 0 is
 * the new moon of 2000-01-06; negative `k` count backwards.
 */
function meanNewMoonJde(k: number): number {
  const t = k / 1236.85;
  return (
    JDE_NEW_MOON_0 +
    SYNODIC_MONTH * k +
    polynomial(t, [0, 0, 0.00015437, -0.00000015, 0.00000000073])
  );
}

/**
 * The instant of the true new moon of lunation `k`, as a Julian Day in Universal Time.
 * @param k integer lunation number; 0 is the new moon of 2000-01-06 18:14 UT.
 */
export function newMoonJd(k: number): number {
  const jde = meanNewMoonJde(k) + newMoonCorrection(k) + planetaryCorrection(k);
  return dynamicalToUniversal(jde);
}

/**
 * The Sun's apparent geocentric longitude in degrees [0, 360) at the Universal Time Julian
 * Day `jd` (Meeus 25.2–25.8: geometric longitude, equation of centre, then nutation and
 * aberration). Accurate to about 0.01°.
 */
export function sunLongitude(jd: number): number {
  const t = (universalToDynamical(jd) - JD_J2000) / 36_525;
  const meanLongitude = polynomial(t, [280.46646, 36_000.76983, 0.0003032]);
  const meanAnomaly = polynomial(t, [357.52911, 35_999.05029, -0.0001537]);
  const centre =
    polynomial(t, [1.914602, -0.004817, -0.000014]) * sinDeg(meanAnomaly) +
    polynomial(t, [0.019993, -0.000101]) * sinDeg(2 * meanAnomaly) +
    0.000289 * sinDeg(3 * meanAnomaly);
  const node = 125.04 - 1934.136 * t;
  return normalizeDegrees(meanLongitude + centre - 0.00569 - 0.00478 * sinDeg(node));
}
