// 案件列表: the 政法办案 cases with the query API's filters, sorting and paging, carried in the page's address.
// Persons appear nowhere here: the list shows the case, never who is involved.
import { $, el, fill, header, read, formatDate, failed, caseLink } from './common.js';
import { options, listQuery, pagedList } from './list-page.js';
import { ORGAN, CASE_CLASS, CASE_STAGE, PROCEDURAL_STAGE, RISK_LEVEL, RULING } from './case-names.js';

const FILTERS = ['q', 'organ', 'caseClass', 'stage', 'proceduralStage', 'riskLevel', 'heldBack', 'closed',
  'jurisdiction', 'year', 'sort', 'size'];
const params = new URLSearchParams(window.location.search);

const named = (names, code) => (code ? names[code] || code : '—');

function risk(item) {
  if (item.heldBack) return el('span', { class: 'badge bad' }, '风险未化解,暂缓裁决');
  if (item.riskResolved) return el('span', { class: 'badge ok' }, '已化解');
  return item.underAssessment ? '评估中' : '—';
}

function table(result) {
  const head = ['案号', '办案机关', '承办单位', '案件类别', '诉讼阶段', '列入日期', '评估阶段', '风险等级', '风险化解', '裁决'];
  return el('div', { class: 'table-scroll' }, el('table', { id: 'cases' },
    el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, result.items.map((item) => el('tr', { dataset: { id: item.id } },
      el('td', {}, caseLink(item.id, item.caseNumber)),
      el('td', {}, named(ORGAN, item.organ)),
      el('td', {}, item.organUnit),
      el('td', {}, named(CASE_CLASS, item.caseClass)),
      el('td', {}, named(PROCEDURAL_STAGE, item.proceduralStage)),
      el('td', {}, formatDate(item.listedOn)),
      el('td', {}, el('span', { class: 'badge' }, named(CASE_STAGE, item.stage))),
      el('td', {}, item.riskLevel ? named(RISK_LEVEL, item.riskLevel) : '未定级'),
      el('td', {}, risk(item)),
      el('td', {}, item.ruling ? `${named(RULING, item.ruling)}(${formatDate(item.ruledOn)})` : '未裁决'))))));
}

(async () => {
  try {
    await header('cases');
    options($('#organ'), ORGAN);
    options($('#caseClass'), CASE_CLASS);
    options($('#stage'), CASE_STAGE);
    options($('#proceduralStage'), PROCEDURAL_STAGE);
    options($('#riskLevel'), RISK_LEVEL);
    for (const key of FILTERS) if (params.has(key)) $(`#${key}`).value = params.get(key);
    const result = await read(`/api/cases?${listQuery(params, FILTERS, '-listedOn')}`);
    fill($('#content'), pagedList('/cases', params, result, table(result)));
  } catch (error) {
    failed($('#content'), error);
  }
})();
