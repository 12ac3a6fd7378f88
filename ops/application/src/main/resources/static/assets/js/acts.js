// The recording acts a page offers to the role that may take them: one form per step, sent with If-Match, and a
// refusal's problem details shown in Chinese beside the field or under the rule at fault.
import { el, fill, api, todayInChina } from './common.js';

/** The rules a refusal names in its `field`, by their names in domain.md. */
const RULES = {
  R1: '不评估不决策', R2: '评用结合', R3: '简易程序仅限低风险', R4: '依法委托第三方评估机构', R5: '评审专家回避',
  R6: '决策后次日报备', R7: '动态评估,切忌一评了之', R9: '权限与辖区', R10: '更正须留痕,不得覆盖',
};

const OPINION_METHODS = { SYMPOSIUM: '座谈会', QUESTIONNAIRE: '问卷调查', VISIT: '走访', HEARING: '听证',
  PUBLIC_NOTICE: '公示', EXPERT_CONSULTATION: '专家论证' };
const DIMENSIONS = { LEGALITY: '合法性', REASONABLENESS: '合理性', FEASIBILITY: '可行性', CONTROLLABILITY: '可控性',
  SAFETY: '安全性' };
const SCHEME_LEVELS = { THREE_LEVEL: ['HIGH', 'MEDIUM', 'LOW'], ABC: ['A', 'B', 'C'],
  FOUR_LEVEL: ['LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4'] };

/** The forms for this person on this matter: the assessor's steps, the decider's decision. */
export function actForms(me, status, names, done) {
  const levels = Object.fromEntries((SCHEME_LEVELS[status.gradingScheme] || []).map((code) => [code, names.level[code] || code]));
  const decisions = Object.fromEntries(Object.entries(names.decision).filter(([code]) => code !== 'NONE'));
  const today = todayInChina();
  const steps = [
    { action: 'DRAFT_ASSESSMENT_PLAN', path: 'assessment-plan', title: '制定评估方案', fields: [
      { name: 'scope', label: '评估范围', type: 'textarea', required: true },
      { name: 'methods', label: '评估方法(每行一项)', type: 'lines', required: true },
      { name: 'dueBy', label: '完成期限', type: 'date', required: true },
      { name: 'draftedOn', label: '制定日期', type: 'date', value: today }] },
    { action: 'COLLECT_OPINIONS', path: 'opinions', title: '听取意见', fields: [
      { name: 'method', label: '方式', type: 'select', options: OPINION_METHODS, required: true },
      { name: 'participants', label: '参与人数', type: 'number', required: true },
      { name: 'supportCount', label: '支持人数', type: 'number', required: true },
      { name: 'opposeCount', label: '反对人数', type: 'number', required: true },
      { name: 'summary', label: '意见摘要', type: 'textarea', required: true },
      { name: 'collectedOn', label: '日期', type: 'date', value: today }] },
    { action: 'ANALYSE_DIMENSION', path: 'analyses', title: '分析论证', fields: [
      { name: 'dimension', label: '论证维度', type: 'select', options: DIMENSIONS, required: true },
      { name: 'findings', label: '论证结论', type: 'textarea', required: true },
      { name: 'analysedOn', label: '日期', type: 'date', value: today }] },
    { action: 'GRADE_RISK', path: 'grade', title: '风险定级', fields: [
      { name: 'level', label: '风险等级', type: 'select', options: levels, required: true },
      { name: 'reasons', label: '定级理由(每行一项)', type: 'lines', required: true },
      { name: 'gradedOn', label: '定级日期', type: 'date', value: today }] },
    { action: 'COMPILE_REPORT', path: 'report', title: '编制评估报告', fields: [
      { name: 'title', label: '报告标题', type: 'text', required: true },
      { name: 'documentHash', label: '报告文件 SHA-256', type: 'text', required: true },
      { name: 'compiledOn', label: '编制日期', type: 'date', value: today }] },
    { action: 'MAKE_DECISION', path: 'decision', title: '作出决策', fields: [
      { name: 'decision', label: '决策结果', type: 'select', options: decisions, required: true },
      { name: 'meetingReference', label: '会议及文号', type: 'text', required: true },
      { name: 'overrideReason', label: '不采纳评估结论的理由(如有)', type: 'textarea' },
      { name: 'decidedOn', label: '决策日期', type: 'date', value: today }] },
  ];
  return steps.filter((step) => me.actions.includes(step.action))
    .map((step) => form(step, status, done));
}

function control(field, id) {
  const common = { id, name: field.name, required: field.required || null };
  if (field.type === 'textarea' || field.type === 'lines') return el('textarea', { ...common, rows: 2 });
  if (field.type === 'select') {
    return el('select', common, el('option', { value: '' }, '请选择'),
      Object.entries(field.options).map(([code, label]) => el('option', { value: code }, label)));
  }
  return el('input', { ...common, type: field.type, value: field.value || null, min: field.type === 'number' ? 0 : null });
}

function valueOf(field, input) {
  const text = input.value.trim();
  if (field.type === 'lines') return text ? text.split('\n').map((line) => line.trim()).filter(Boolean) : [];
  if (field.type === 'number') return text === '' ? null : Number(text);
  return text === '' ? null : text;
}

function form(step, status, done) {
  const formId = `act-${step.path}`;
  const rows = step.fields.map((field) => {
    const id = `${formId}-${field.name}`;
    return el('div', { class: 'row', dataset: { field: field.name } },
      el('label', { for: id }, field.label),
      el('div', {}, control(field, id), el('p', { class: 'problem', id: `${id}-problem`, 'aria-live': 'polite' })));
  });
  const formProblem = el('div', { class: 'form-problem', role: 'alert', hidden: true });
  const element = el('form', { class: 'act', id: formId, novalidate: true },
    el('h3', {}, step.title), formProblem, rows, el('button', { type: 'submit' }, `提交${step.title}`));
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear(element, formProblem);
    const body = {};
    for (const field of step.fields) {
      const value = valueOf(field, element.elements[field.name]);
      if (value !== null) body[field.name] = value;
    }
    const answer = await api(`/api/matters/${encodeURIComponent(status.id)}/${step.path}`,
      { method: 'POST', body, ifMatch: status.version });
    if (answer.ok) done(step.title);
    else show(element, formProblem, answer.body);
  });
  return element;
}

function clear(element, formProblem) {
  formProblem.hidden = true;
  fill(formProblem);
  for (const problem of element.querySelectorAll('.problem')) fill(problem);
  for (const input of element.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
}

/** Each field error beside its field; a rule's refusal (field R1…R10) or any other above the form. */
function show(element, formProblem, problem) {
  const errors = problem.errors && problem.errors.length ? problem.errors
    : [{ field: problem.field, message: problem.detail, code: problem.code }];
  for (const error of errors) {
    const fieldName = (error.field || '').replace(/\[.*$/, '').split('.')[0];
    const input = fieldName && element.elements[fieldName];
    if (input && input.id) {
      input.setAttribute('aria-invalid', 'true');
      fill(document.getElementById(`${input.id}-problem`), `${error.message || problem.detail}(${error.code || problem.code})`);
    } else {
      formProblem.hidden = false;
      const rule = RULES[error.field] ? `违反规则 ${error.field}「${RULES[error.field]}」` : problem.title;
      formProblem.append(el('p', { class: 'rule', dataset: { code: problem.code, rule: error.field || '' } },
        el('strong', {}, rule), ':', error.message || problem.detail, ` (${problem.code})`));
    }
  }
}
