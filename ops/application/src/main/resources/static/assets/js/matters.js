// 事项列表: the form's fields are the query API's filters; the page's address carries them, so a list can be
// bookmarked, and back and forward work as everywhere else.
import { $, el, fill, header, read, codeNames, name, formatDate, failed, recordLink } from './common.js';

const FILTERS = ['q', 'stage', 'riskLevel', 'decision', 'category', 'jurisdiction', 'year', 'overdue', 'sort', 'size'];
const params = new URLSearchParams(window.location.search);

function options(select, names) {
  for (const [code, label] of Object.entries(names)) {
    if (code !== 'NONE') select.append(el('option', { value: code }, label));
  }
}

function pageLink(page, label) {
  const next = new URLSearchParams(params);
  next.set('page', page);
  return el('a', { class: 'button secondary', href: `/matters?${next}` }, label);
}

function table(result, names) {
  const head = ['事项', '类别', '辖区', '责任主体', '立项日期', '阶段', '风险等级', '决策', '报备'];
  return el('div', { class: 'table-scroll' }, el('table', { id: 'matters' },
    el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, result.items.map((matter) => el('tr', { dataset: { id: matter.id } },
      el('td', {}, recordLink(matter.id, matter.title)),
      el('td', {}, name(names.category, matter.category)),
      el('td', {}, matter.jurisdiction),
      el('td', {}, matter.responsibleUnit),
      el('td', {}, formatDate(matter.registeredOn)),
      el('td', {}, el('span', { class: 'badge' }, matter.stageLabel)),
      el('td', {}, matter.riskLevel ? name(names.level, matter.riskLevel) : '未定级'),
      el('td', {}, matter.decision ? name(names.decision, matter.decision) : '未决策'),
      el('td', {}, filing(matter)))))));
}

function filing(matter) {
  if (matter.decisionFiledLate) return el('span', { class: 'badge warn' }, '迟报');
  if (matter.decisionFiledOn) return el('span', { class: 'badge ok' }, '已报备');
  if (matter.filingDeadline && matter.filingDeadline < new Date().toISOString().slice(0, 10)) {
    return el('span', { class: 'badge bad' }, '逾期未报');
  }
  return matter.filingDeadline ? `应于${formatDate(matter.filingDeadline)}前` : '—';
}

(async () => {
  try {
    await header('matters');
    const names = await codeNames();
    options($('#stage'), names.stage);
    options($('#riskLevel'), names.level);
    options($('#decision'), names.decision);
    options($('#category'), names.category);
    for (const key of FILTERS) if (params.has(key)) $(`#${key}`).value = params.get(key);
    const search = new URLSearchParams();
    for (const key of [...FILTERS, 'page']) if (params.get(key)) search.set(key, params.get(key));
    if (!search.has('sort')) search.set('sort', '-registeredOn');
    if (!search.has('size')) search.set('size', '20');
    const result = await read(`/api/matters?${search}`);
    const pages = Math.max(1, Math.ceil(result.total / result.size));
    fill($('#content'),
      el('p', { id: 'summary' }, `共 ${result.total} 件,第 ${result.page + 1} / ${pages} 页`),
      table(result, names),
      el('nav', { class: 'pager', 'aria-label': '分页' },
        result.page > 0 ? pageLink(result.page - 1, '上一页') : null,
        result.page + 1 < pages ? pageLink(result.page + 1, '下一页') : null));
  } catch (error) {
    failed($('#content'), error);
  }
})();
