/** Every item of a paged store query, page by page (src/ports/store.ts Page). */
import type { Page, PageRequest } from '../ports/store.js';

/** Walks the pages of `query` until the last, calling `each` per page; resolves when done. */
export async function eachPage<T>(query: (page: PageRequest) => Promise<Page<T>>, each: (items: T[]) => void, limit?: number): Promise<void> {
  let after: string | undefined;
  do {
    const page = await query({ ...(after === undefined ? {} : { after }), ...(limit ? { limit } : {}) });
    each(page.items);
    after = page.next;
  } while (after !== undefined);
}

/** Every item of a paged query, in order. */
export async function allPages<T>(query: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  await eachPage(query, (items) => out.push(...items));
  return out;
}
