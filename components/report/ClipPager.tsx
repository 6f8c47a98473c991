/** Previous page / Next page under the clip table, when the clips fill more than one page. */
export interface ClipPagerProps {
  /** Zero-based. */
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
}

export function ClipPager({ page, pageCount, onPage }: ClipPagerProps) {
  if (pageCount <= 1) return null;
  return (
    <nav class="pager" aria-label="Clip pages">
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        Previous page
      </button>
      <span>
        Page {page + 1} of {pageCount}
      </span>
      <button type="button" disabled={page >= pageCount - 1} onClick={() => onPage(page + 1)}>
        Next page
      </button>
    </nav>
  );
}
