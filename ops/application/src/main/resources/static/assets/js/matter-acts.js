// The recording acts a matter's record page offers to the role that may take them: the assessor's steps and the
// decider's decision, each sent with the matter's version as If-Match.
import { todayInChina } from './common.js';
import { actForm, named } from './acts.js';

/** The forms for this person on this matter; {@code codes} is the code book, {@code names} the statistics' names. */
export function matterForms(me, status, codes, names, done) {
  const levels = named(codes.riskLevelsByScheme[status.gradingScheme]);
  const decisions = Object.fromEntries(Object.entries(names.decision).filter(([code]) => code !== 'NONE'));
  const today = todayInChina();
  const steps = [
    { action: 'DRAFT_ASSESSMENT_PLAN', id: 'assessment-plan', title: '制定评估方案', fields: [
      { name: 'scope', label: '评估范围', type: 'textarea', required: true },
      { name: 'methods', label: '评估方法(每行一项)', type: 'lines', required: true },
      { name: 'dueBy', label: '完成期限', type: 'date', required: true },
      { name: 'draftedOn', label: '制定日期', type: 'date', value: today }] },
    { action: 'COLLECT_OPINIONS', id: 'opinions', title: '听取意见', fields: [
      { name: 'method', label: '方式', type: 'select', options: named(codes.opinionMethod), required: true },
      { name: 'participants', label: '参与人数', type: 'number', required: true },
      { name: 'supportCount', label: '支持人数', type: 'number', required: true },
      { name: 'opposeCount', label: '反对人数', type: 'number', required: true },
      { name: 'summary', label: '意见摘要', type: 'textarea', required: true },
      { name: 'collectedOn', label: '日期', type: 'date', value: today }] },
    { action: 'ANALYSE_DIMENSION', id: 'analyses', title: '分析论证', fields: [
      { name: 'dimension', label: '论证维度', type: 'select', options: named(codes.assessmentDimension), required: true },
      { name: 'findings', label: '论证结论', type: 'textarea', required: true },
      { name: 'analysedOn', label: '日期', type: 'date', value: today }] },
    { action: 'GRADE_RISK', id: 'grade', title: '风险定级', fields: [
      { name: 'level', label: '风险等级', type: 'select', options: levels, required: true },
      { name: 'reasons', label: '定级理由(每行一项)', type: 'lines', required: true },
      { name: 'gradedOn', label: '定级日期', type: 'date', value: today }] },
    { action: 'COMPILE_REPORT', id: 'report', title: '编制评估报告', fields: [
      { name: 'title', label: '报告标题', type: 'text', required: true },
      { name: 'documentHash', label: '报告文件 SHA-256', type: 'text', required: true },
      { name: 'compiledOn', label: '编制日期', type: 'date', value: today }] },
    { action: 'MAKE_DECISION', id: 'decision', title: '作出决策', fields: [
      { name: 'decision', label: '决策结果', type: 'select', options: decisions, required: true },
      { name: 'meetingReference', label: '会议及文号', type: 'text', required: true },
      { name: 'overrideReason', label: '不采纳评估结论的理由(如有)', type: 'textarea' },
      { name: 'decidedOn', label: '决策日期', type: 'date', value: today }] },
  ];
  return steps.filter((step) => me.actions.includes(step.action)).map((step) => actForm({
    ...step, url: `/api/matters/${encodeURIComponent(status.id)}/${step.id}`, version: status.version,
  }, done));
}
