// What the two list pages share: the filters carried in the page's address, the API's query built from them, and
// the summary with the pager under the table.
import { el } from './common.js';

/** Fills a select with the options of a code → name table. */
export function options(select, names) {
  for (const [code, label] of Object.entries(names)) select.append(el('option', { value: code }, label));
}

/** The API's query from the page's address: the filters given, the page, and the default sort and size. */
export function listQuery(params, filters, defaultSort) {
  const search = new URLSearchParams();
  for (const key of [...filters, 'page']) if (params.get(key)) search.set(key, params.get(key));
  if (!search.has('sort')) search.set('sort', defaultSort);
  if (!search.has('size')) search.set('size', '20');
  return search;
}

function pageLink(path, params, page, label) {
  const next = new URLSearchParams(params);
  next.set('page', page);
  return el('a', { class: 'button secondary', href: `${path}?${next}` }, label);
}

/** The count, the table and the links to the pages before and after, for a page of the list at {@code path}. */
export function pagedList(path, params, result, table) {
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  return [
    el('p', { id: 'summary' }, `共 ${result.total} 件,第 ${result.page + 1} / ${pages} 页`),
    table,
    el('nav', { class: 'pager', 'aria-label': '分页' },
      result.page > 0 ? pageLink(path, params, result.page - 1, '上一页') : null,
      result.page + 1 < pages ? pageLink(path, params, result.page + 1, '下一页') : null),
  ];
}
