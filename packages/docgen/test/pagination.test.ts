import { describe, expect, it } from 'vitest';
import { type FlowUnit, paginate } from '../src/pdf/flow.ts';

const unit = (
  height: number,
  keepWithPrevious = false,
  spaceBefore = 0,
  spaceAfter = 0,
): FlowUnit => ({
  height,
  spaceBefore,
  spaceAfter,
  keepWithPrevious,
  draw: () => {},
});

const pageSizes = (pages: ReturnType<typeof paginate>) => pages.map((page) => page.length);

describe('paginate', () => {
  it('fills pages top to bottom', () => {
    const pages = paginate([unit(40), unit(40), unit(40)], 0, 100);
    expect(pageSizes(pages)).toEqual([2, 1]);
    expect(pages[0]!.map((p) => p.top)).toEqual([0, 40]);
    expect(pages[1]![0]!.top).toBe(0);
  });

  it('adds spacing between units but drops it at the top of a page', () => {
    const pages = paginate(
      [unit(40, false, 0, 6), unit(40, false, 6), unit(40, false, 6)],
      10,
      110,
    );
    expect(pages[0]!.map((p) => p.top)).toEqual([10, 62]);
    expect(pages[1]![0]!.top).toBe(10);
  });

  it('moves a glued group to the next page together', () => {
    // A heading glued to the two first lines of its paragraph: they move as one.
    const units = [unit(30), unit(30), unit(20), unit(20, true), unit(20, true)];
    expect(pageSizes(paginate(units, 0, 100))).toEqual([2, 3]);
  });

  it('breaks inside a group that cannot fit on any page', () => {
    const units = [unit(40), unit(40, true), unit(40, true)];
    expect(pageSizes(paginate(units, 0, 100))).toEqual([2, 1]);
  });

  it('places a unit taller than the page on a page of its own', () => {
    expect(pageSizes(paginate([unit(10), unit(150), unit(10)], 0, 100))).toEqual([1, 1, 1]);
  });
});
