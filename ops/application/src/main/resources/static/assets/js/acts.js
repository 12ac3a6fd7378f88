// A recording act as a form: its fields, sent as JSON (with If-Match where the act changes a record), and a refusal's
// problem details shown in Chinese beside the field or under the rule at fault. The forms of matters, cases and
// inquiries (matter-acts.js, case-acts.js, inquiry-acts.js) are lists of such acts.
import { el, fill, api } from './common.js';

/** The rules a refusal names in its `field`, by their names in domain.md. */
const RULES = {
  R1: '不评估不决策', R2: '评用结合', R3: '简易程序仅限低风险', R4: '依法委托第三方评估机构', R5: '评审专家回避',
  R6: '决策后次日报备', R7: '动态评估,切忌一评了之', R8: '风险未化解的不得裁决', R9: '权限与辖区',
  R10: '更正须留痕,不得覆盖',
};

/** A code → name table from the code book's list of {code, label}. */
export function named(codes) {
  return Object.fromEntries((codes || []).map((code) => [code.code, code.label]));
}

function control(field, id) {
  const common = { id, name: field.name, required: field.required || null, 'aria-describedby': `${id}-problem` };
  if (['textarea', 'lines', 'numbers', 'persons'].includes(field.type)) {
    return el('textarea', { ...common, rows: field.type === 'persons' ? 3 : 2, placeholder: field.placeholder || null },
      field.value || '');
  }
  if (field.type === 'select' || field.type === 'multi') {
    return el('select', { ...common, multiple: field.type === 'multi', size: field.type === 'multi' ? 4 : null },
      field.type === 'select' ? el('option', { value: '' }, '请选择') : null,
      Object.entries(field.options).map(([code, label]) => el('option', { value: code }, label)));
  }
  return el('input', { ...common, type: field.type, value: field.value || null, min: field.type === 'number' ? 0 : null });
}

const lines = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** 涉案人员, one a line: 姓名,诉讼地位[,公民身份号码]. */
function person(line) {
  const [name, partyRole, idNumber] = line.split(/[,,]/).map((part) => part.trim());
  return { name, partyRole, idNumber: idNumber || undefined };
}

function valueOf(field, input) {
  if (field.type === 'multi') return [...input.selectedOptions].map((option) => option.value);
  const text = input.value.trim();
  switch (field.type) {
    case 'lines': return lines(text);
    case 'persons': return lines(text).map(person);
    case 'numbers': return text ? text.split(/[\s,,、]+/).filter(Boolean).map(Number) : [];
    case 'number': return text === '' ? null : Number(text);
    default: return text === '' ? null : text;
  }
}

/**
 * The form of one act: {id, title, url, fields, version}; {@code done(title, body)} follows an accepted act. Each
 * field is {name, label, type, options, value, required}; the ids are the act's id and the field's name.
 */
export function actForm(act, done) {
  const formId = `act-${act.id}`;
  const rows = act.fields.map((field) => {
    const id = `${formId}-${field.name}`;
    return el('div', { class: 'row', dataset: { field: field.name } },
      el('label', { for: id }, field.label),
      el('div', {}, control(field, id), el('p', { class: 'problem', id: `${id}-problem`, 'aria-live': 'polite' })));
  });
  const formProblem = el('div', { class: 'form-problem', role: 'alert', hidden: true });
  const element = el('form', { class: 'act', id: formId, novalidate: true },
    el('h3', {}, act.title), formProblem, rows, el('button', { type: 'submit' }, `提交${act.title}`));
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear(element, formProblem);
    const body = {};
    for (const field of act.fields) {
      const value = valueOf(field, element.elements[field.name]);
      if (value !== null) body[field.name] = value;
    }
    const answer = await api(act.url, { method: 'POST', body, ifMatch: act.version });
    if (answer.ok) done(act.title, answer.body);
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
