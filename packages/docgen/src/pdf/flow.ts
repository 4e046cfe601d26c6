/**
 * Pagination. The content is a flow of units (a line of a paragraph, a rule, a two-column
 * block) placed top to bottom between the margins; a unit that does not fit starts a new
 * page. Units glued to the one before (`keepWithPrevious`) move together, which gives, as in
 * Word: widow and orphan control (no single line of a paragraph alone at the foot or head of a
 * page), headings kept with the paragraph after them, and the signature never alone on the
 * last page.
 */

export interface FlowUnit {
  height: number;
  /** Space above, dropped at the top of a page. */
  spaceBefore: number;
  spaceAfter: number;
  /** Never break the page between this unit and the one before it. */
  keepWithPrevious: boolean;
  /** Draws the unit with its top at `top`. */
  draw(doc: PDFKit.PDFDocument, top: number): void;
}

export interface PlacedUnit {
  unit: FlowUnit;
  top: number;
}

/** Tolerance for rounding, in points. */
const EPSILON = 0.01;

/** Distributes units over pages whose content area runs from `top` to `bottom`. */
export function paginate(units: readonly FlowUnit[], top: number, bottom: number): PlacedUnit[][] {
  const pages: PlacedUnit[][] = [];
  let page: PlacedUnit[] = [];
  let first = 0; // index of the first unit on `page`
  let y = top;
  let gap = 0;
  let index = 0;
  while (index < units.length) {
    const unit = units[index]!;
    const before = page.length === 0 ? 0 : gap + unit.spaceBefore;
    if (page.length > 0 && y + before + unit.height > bottom + EPSILON) {
      // Break before the whole glued group that ends here, unless it fills the page.
      let breakAt = index;
      while (breakAt > first && units[breakAt]!.keepWithPrevious) breakAt--;
      if (breakAt === first) breakAt = index;
      page.splice(breakAt - first);
      pages.push(page);
      page = [];
      first = index = breakAt;
      y = top;
      gap = 0;
      continue;
    }
    page.push({ unit, top: y + before });
    y += before + unit.height;
    gap = unit.spaceAfter;
    index++;
  }
  pages.push(page);
  return pages;
}
