/** Word's units: twips (1/20 pt) for lengths, half-points for font sizes, 1/8 pt for borders. */

/** Points to twips. */
export const twips = (points: number): number => Math.round(points * 20);

/** Font size in points to half-points (`w:sz`). */
export const halfPoints = (points: number): number => Math.round(points * 2);

/** Line width in points to eighths of a point (`w:bdr/@w:sz`). */
export const eighthPoints = (points: number): number => Math.round(points * 8);
