package org.mmicd.academy.platform;

/**
 * A slice of a list: where it starts and how long it is. Built from what a caller asked for and
 * refused with a 400 when out of bounds, so that no page number overflows into a negative offset
 * (page 2147483647 times 50 does, as an int).
 *
 * @param offset how many rows to skip, within {@link #MAX_OFFSET}
 * @param limit how many rows at most
 */
public record Paging(int offset, int limit) {

  /** Further than any list of the platform reaches, and far from int overflow. */
  public static final int MAX_OFFSET = 10_000_000;

  /** An offset and a limit as the caller gave them. */
  public static Paging of(long offset, long limit, int maxLimit) {
    if (offset < 0 || offset > MAX_OFFSET || limit < 1 || limit > maxLimit) {
      throw DomainException.invalid(
          offset < 0 || offset > MAX_OFFSET ? "offset" : "limit",
          "error.paging.range",
          Integer.toString(MAX_OFFSET),
          Integer.toString(maxLimit));
    }
    return new Paging((int) offset, (int) limit);
  }

  /** A page number (from 0) of pages of {@code size} rows. */
  public static Paging page(long page, long size, int maxSize) {
    if (page < 0 || size < 1 || size > maxSize || page * size > MAX_OFFSET) {
      throw DomainException.invalid(
          page < 0 || (size >= 1 && size <= maxSize) ? "page" : "size",
          "error.paging.page-range",
          Long.toString(Math.max(0, MAX_OFFSET / Math.max(1, Math.min(size, maxSize)))),
          Integer.toString(maxSize));
    }
    return new Paging((int) (page * size), (int) size);
  }
}
