// 事项列表: the form's fields are the query API's filters; the page's address carries them, so a list can be
// bookmarked, and back and forward work as everywhere else.
import { $, el, fill, header, read, codeNames, name, formatDate, failed, recordLink } from './common.js';
import { options, listQuery, pagedList } from './list-page.js';

const FILTERS = ['q', 'stage', 'riskLevel', 'decision', 'category', 'jurisdiction', 'year', 'overdue', 'sort', 'size'];
const params = new URLSearchParams(window.location.search);

/** The stats' names without 未定级/未决策 (NONE), which is no filter of the list. */
function filterable(names) {
  return Object.fromEntries(Object.entries(names).filter(([code]) => code !== 'NONE'));
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
    options($('#stage'), filterable(names.stage));
    options($('#riskLevel'), filterable(names.level));
    options($('#decision'), filterable(names.decision));
    options($('#category'), filterable(names.category));
    for (const key of FILTERS) if (params.has(key)) $(`#${key}`).value = params.get(key);
    const result = await read(`/api/matters?${listQuery(params, FILTERS, '-registeredOn')}`);
    fill($('#content'), pagedList('/matters', params, result, table(result, names)));
  } catch (error) {
    failed($('#content'), error);
  }
})();
