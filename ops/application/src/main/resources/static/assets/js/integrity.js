// A record's export (a ZIP any archivist can verify offline) and its 四性检测 (DA/T 70-2018) item by item; and the
// banner the background verification's header Wenping-Integrity raises on every read of a record it found altered.
import { el, fill, read, formatTime, failed } from './common.js';

const RESULT_CLASS = { PASS: 'badge ok', FAIL: 'badge bad', NOT_CHECKED: 'badge warn' };

/** The warning of the header Wenping-Integrity, or nothing when the answer carried none. */
export function integrityBanner(warning) {
  if (!warning) return null;
  return el('p', { class: 'banner error', role: 'alert', id: 'integrity-warning' },
    `完整性警告:后台校验发现存储的记录被改动(${warning}),本页所示内容可能不可信。`);
}

function report(result) {
  return el('div', {},
    el('p', { id: 'four-properties-summary' },
      el('span', { class: result.passed ? 'badge ok' : 'badge bad' }, result.passed ? '四性检测通过' : '四性检测未全部通过'),
      ` 检测时间 ${formatTime(result.checkedAt)}`),
    el('div', { class: 'table-scroll' }, el('table', { id: 'four-properties' },
      el('thead', {}, el('tr', {}, ['属性', '检测项', '结果', '说明'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, result.items.map((item) => el('tr', { class: item.result === 'FAIL' ? 'breach' : null, dataset: { result: item.result } },
        el('td', {}, item.propertyLabel), el('td', {}, item.item),
        el('td', {}, el('span', { class: RESULT_CLASS[item.result] || 'badge' }, item.resultLabel)),
        el('td', {}, item.reason)))))));
}

/** The export link and the 四性 result of the record at {@code base} (/api/matters/{id} or /api/cases/{id}). */
export function integrityPanel(base) {
  const result = el('div', { id: 'four-properties-result' }, el('p', { class: 'muted' }, '正在检测……'));
  read(`${base}/dossier/four-properties`).then((answer) => fill(result, report(answer)))
    .catch((error) => failed(result, error));
  return el('section', { class: 'panel', id: 'integrity' },
    el('h2', {}, '归档导出与四性检测'),
    el('p', {}, el('a', { class: 'button', id: 'export-link', href: `${base}/dossier/export`, download: '' }, '导出档案(ZIP)'), ' ',
      el('span', { class: 'muted' }, '导出包含事件、签名、检查点证明与卷宗页面,可离线校验。')),
    result);
}
