// 案件列表: the 政法办案 cases with the query API's filters, sorting and paging, carried in the page's address; the
// handler lists a new case for assessment here. Persons appear nowhere in the list: it shows the case, never who is
// involved.
import { $, el, fill, header, read, codeBook, formatDate, failed, caseLink } from './common.js';
import { options, listQuery, pagedList } from './list-page.js';
import { named } from './acts.js';
import { listingForm } from './case-acts.js';

const FILTERS = ['q', 'organ', 'caseClass', 'stage', 'proceduralStage', 'riskLevel', 'heldBack', 'closed',
  'jurisdiction', 'year', 'sort', 'size'];
const params = new URLSearchParams(window.location.search);

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
      el('td', {}, item.organLabel),
      el('td', {}, item.organUnit),
      el('td', {}, item.caseClassLabel),
      el('td', {}, item.proceduralStageLabel),
      el('td', {}, formatDate(item.listedOn)),
      el('td', {}, el('span', { class: 'badge' }, item.stageLabel)),
      el('td', {}, item.riskLevel ? item.riskLevelLabel : '未定级'),
      el('td', {}, risk(item)),
      el('td', {}, item.ruling ? `${item.rulingLabel}(${formatDate(item.ruledOn)})` : '未裁决'))))));
}

(async () => {
  try {
    const [me, codes] = await Promise.all([header('cases'), codeBook()]);
    options($('#organ'), named(codes.organ));
    options($('#caseClass'), named(codes.caseClass));
    options($('#stage'), named(codes.caseStage));
    options($('#proceduralStage'), named(codes.proceduralStage));
    options($('#riskLevel'), named(codes.riskLevel));
    for (const key of FILTERS) if (params.has(key)) $(`#${key}`).value = params.get(key);
    const listing = listingForm(me, codes, (act, created) => {
      window.location.assign(`/record?case=${encodeURIComponent(created.id)}&done=${encodeURIComponent(act)}`);
    });
    if (listing) {
      $('#acts').append(listing);
      $('#acts').hidden = false;
    }
    const result = await read(`/api/cases?${listQuery(params, FILTERS, '-listedOn')}`);
    fill($('#content'), pagedList('/cases', params, result, table(result)));
  } catch (error) {
    failed($('#content'), error);
  }
})();
