// A 政法办案 case's status on its record page, each code by the zh-CN name the case view answers beside it. The
// 涉案人员 appear only as their key reference and its state (封存, 已删除, 限制处理): reading their data is the
// personal-data endpoint's, which records each read.
import { el, formatDate } from './common.js';

function persons(list) {
  if (!list || list.length === 0) return '无';
  return el('ul', { class: 'persons', id: 'persons' }, list.map((person) => el('li', { dataset: { keyId: person.keyId } },
    el('code', {}, person.keyId), ' ',
    el('span', { class: person.status === 'SEALED' ? 'badge' : 'badge warn' }, person.statusLabel),
    person.readableByLabel ? ` 仅${person.readableByLabel}可读` : null)));
}

/** The case as its dossier folds it; {@code status}, the current view, adds what only the present knows. */
export function caseFacts(dossier, status) {
  const f = dossier.facts;
  const item = (term, value) => el('div', {}, el('dt', {}, term), el('dd', {}, value ?? '—'));
  return el('dl', { class: 'facts', id: 'facts' },
    item('评估阶段', el('span', { class: 'badge', id: 'stage' }, f.stageLabel)),
    item('案号', f.caseNumber), item('办案机关', f.organLabel), item('承办单位', f.organUnit),
    item('案件类别', f.caseClassLabel), item('诉讼阶段', f.proceduralStageLabel),
    item('行政区划', f.jurisdiction), item('受理日期', formatDate(f.acceptedOn)), item('列入评估日期', formatDate(f.listedOn)),
    item('承办人 / 分管领导 / 主要领导', [f.handler, f.caseLead, f.organHead].map((who) => who || '—').join(' / ')),
    item('案情摘要', f.summary),
    item('已评估', f.assessedDimensionLabels.join('、') || '尚未评估'),
    item('风险等级', f.riskLevel ? `${f.riskLevelLabel}(${formatDate(f.gradedOn)}定级)` : '未定级'),
    item('风险化解', f.riskResolved ? `已化解(${formatDate(f.resolvedOn)})`
      : el('span', { class: f.heldBack ? 'badge bad' : 'badge warn', id: 'held-back' },
        f.heldBack ? '未化解,暂缓裁决' : '未化解')),
    item('未落实措施', `${f.openMeasures} 项`),
    item('裁决', f.ruling ? `${f.rulingLabel}(${formatDate(f.ruledOn)})` : '未裁决'),
    f.utmostCaution ? item('慎之又慎', el('span', { class: 'badge bad' }, '多数意见不理解不支持')) : null,
    item('结案日期', formatDate(f.closedOn)),
    item('涉案人员(仅显示密钥引用)', persons(f.persons)),
    item('档案版本', `第 ${dossier.version} 号事件,共 ${dossier.eventCount} 件`),
    status && status.visits !== undefined ? item('回访', `${status.visits} 次`) : null);
}
