// The recording acts of a 政法办案 case (谁办理、谁评估、谁化解): the handler lists a case for assessment (on the case
// list), assesses its stage on 合法性/合理性/可控性, grades and resolves its risk, and the ruling (R8) on its record page.
import { todayInChina } from './common.js';
import { actForm, named } from './acts.js';

/** The form of 列为评估对象, for a handler (LIST_CASE); {@code done} receives the new case's id. */
export function listingForm(me, codes, done) {
  if (!me.actions.includes('LIST_CASE')) return null;
  return actForm({ id: 'list-case', title: '列为评估对象', url: '/api/cases', fields: [
    { name: 'caseNumber', label: '案号', type: 'text', required: true },
    { name: 'organ', label: '办案机关', type: 'select', options: named(codes.organ), required: true },
    { name: 'caseClass', label: '案件类别', type: 'select', options: named(codes.caseClass), required: true },
    { name: 'stage', label: '诉讼阶段', type: 'select', options: named(codes.proceduralStage), required: true },
    { name: 'summary', label: '案情摘要', type: 'textarea', required: true },
    { name: 'persons', label: '涉案人员(每行一人:姓名,诉讼地位,公民身份号码)', type: 'persons',
      placeholder: '张某,原告,620902198001010011' },
    { name: 'handler', label: '承办人(用户名)', type: 'text', value: me.userId, required: true },
    { name: 'caseLead', label: '分管领导(用户名)', type: 'text', required: true },
    { name: 'organHead', label: '主要领导(用户名)', type: 'text', required: true },
    { name: 'jurisdiction', label: '行政区划代码', type: 'text', value: me.jurisdiction, required: true },
    { name: 'acceptedOn', label: '受理日期', type: 'date', required: true },
    { name: 'listedOn', label: '列入评估日期', type: 'date', value: todayInChina() }] }, done);
}

/** The forms for this person on this case, as its current status stands. */
export function caseForms(me, status, codes, done) {
  const today = todayInChina();
  const acts = [
    { action: 'ASSESS_CASE', id: 'assessment', title: '三维评估', fields: [
      { name: 'dimension', label: '评估维度', type: 'select', options: named(codes.caseDimension), required: true },
      { name: 'findings', label: '评估意见', type: 'textarea', required: true },
      { name: 'predictedForms', label: '可能引发的风险(可多选)', type: 'multi', options: named(codes.predictedForm) },
      { name: 'assessedOn', label: '评估日期', type: 'date', value: today }] },
    { action: 'ASSESS_CASE', id: 'grade', title: '风险定级', fields: [
      { name: 'level', label: '风险等级', type: 'select', options: named(codes.riskLevelsByScheme[status.gradingScheme]),
        required: true },
      { name: 'reasons', label: '定级理由(每行一项)', type: 'lines', required: true },
      { name: 'gradedOn', label: '定级日期', type: 'date', value: today }] },
    { action: 'ASSESS_CASE', id: 'resolution', title: '风险化解', fields: [
      { name: 'summary', label: '化解情况', type: 'textarea', required: true },
      { name: 'effectiveOn', label: '化解日期', type: 'date', value: today }] },
    { action: 'RULE_ON_CASE', id: 'ruling', title: '裁决', fields: [
      { name: 'kind', label: '裁决文书', type: 'select', options: named(codes.rulingKindsByOrgan[status.organ]), required: true },
      { name: 'summary', label: '裁决内容', type: 'textarea', required: true },
      { name: 'ruledOn', label: '裁决日期', type: 'date', value: today }] },
  ];
  return acts.filter((act) => me.actions.includes(act.action)).map((act) => actForm({
    ...act, url: `/api/cases/${encodeURIComponent(status.id)}/${act.id}`, version: status.version,
  }, done));
}
