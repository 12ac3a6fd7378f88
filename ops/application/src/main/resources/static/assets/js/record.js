// 一事一档: one record — a matter (?id=) or a 政法办案 case (?case=) — its status, its dossier as a timeline
// (optionally as it stood on a date), its accountability view with the breaches, its export and 四性 result, and
// the acts the signed-in role may record on it.
import {
  $, el, fill, header, read, api, codeNames, codeBook, formatDate, formatTime, failed, todayInChina, link, ruleText,
  ruleBadge,
} from './common.js';
import { matterForms } from './matter-acts.js';
import { caseForms } from './case-acts.js';
import { caseFacts } from './case-facts.js';
import { integrityPanel, integrityBanner } from './integrity.js';

const params = new URLSearchParams(window.location.search);
const isCase = params.has('case');
const id = (isCase ? params.get('case') : params.get('id')) || '';
const asOf = params.get('asOf') || '';
const recordHref = `/record?${isCase ? 'case' : 'id'}=${encodeURIComponent(id)}`;
const base = `/api/${isCase ? 'cases' : 'matters'}/${encodeURIComponent(id)}`;

/** The chosen recording time, read as China time: the record as it stood then. */
function asOfParameter() {
  if (!asOf) return '';
  const seconds = asOf.length === 16 ? `${asOf}:00` : asOf;
  return `?asOf=${encodeURIComponent(`${seconds}+08:00`)}`;
}

/** Now in China time as the value of a datetime-local input (2026-11-22T10:05:03). */
function nowInChina() {
  return `${todayInChina()}T${new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit',
    minute: '2-digit', second: '2-digit', hour12: false }).format(new Date())}`;
}

function facts(dossier, status) {
  const f = dossier.facts;
  const item = (term, value) => el('div', {}, el('dt', {}, term), el('dd', {}, value ?? '—'));
  const label = (coded) => (coded ? coded.label : '—');
  return el('dl', { class: 'facts', id: 'facts' },
    item('阶段', el('span', { class: 'badge', id: 'stage' }, label(f.stage))),
    item('类别', label(f.category)), item('领域', f.domain), item('责任主体', f.responsibleUnit),
    item('决策机关', f.decisionAuthority), item('行政区划', f.jurisdiction), item('程序', label(f.procedure)),
    item('评估方式', label(f.assessorMode)), item('立项日期', formatDate(f.registeredOn)),
    item('风险等级', f.grade ? `${label(f.grade)}(${formatDate(f.gradedOn)}定级)` : '未定级'),
    item('决策', f.decision ? `${label(f.decision)}(${formatDate(f.decidedOn)})` : '未决策'),
    item('决策报备期限', formatDate(f.filingDeadline)),
    item('评而不用', f.assessmentNotUsed ? el('span', { class: 'badge bad' }, '是') : '否'),
    item('办结日期', formatDate(f.closedOn)),
    item('档案版本', `第 ${dossier.version} 号事件,共 ${dossier.eventCount} 件`),
    status && status.openMeasures !== undefined ? item('未落实措施', `${status.openMeasures} 项`) : null);
}

function entry(e) {
  const actor = e.actor ? [e.actor.displayName, e.actor.roleLabel, e.actor.unit].filter(Boolean).join(' · ') : '系统';
  const classes = [e.correctedBy.length ? 'corrected' : '', e.corrects ? 'correction' : ''].join(' ').trim();
  return el('li', { class: classes || null, id: `event-${e.sequence}`, dataset: { eventId: e.eventId, sequence: e.sequence } },
    el('div', { class: 'entry-head' },
      el('span', { class: 'seq' }, `#${e.sequence}`),
      el('span', { class: 'date' }, formatDate(e.businessDate)),
      el('span', { class: 'who' }, actor)),
    el('p', { class: 'entry-what' }, e.description),
    el('div', { class: 'entry-meta' },
      el('span', {}, `录入时间 ${formatTime(e.recordedAt)}`),
      el('span', {}, '哈希 ', el('code', { class: 'hash' }, e.hash))),
    e.documentHashes.length ? el('div', { class: 'entry-meta' }, '附件 SHA-256 ',
      e.documentHashes.map((hash) => el('code', { class: 'hash' }, hash))) : null,
    e.corrects ? el('div', { class: 'correction-note' }, '更正 ',
      link(`#event-${e.corrects.sequence}`, `#${e.corrects.sequence}`), `:${e.corrects.reason}`) : null,
    e.correctedBy.map((c) => el('div', { class: 'correction-note' },
      `已于${formatDate(c.correctedOn)}更正(见 `, link(`#event-${c.sequence}`, `#${c.sequence}`), `):${c.reason}`)));
}

function accountability(view) {
  const breachCodes = new Set(view.breaches.map((breach) => breach.code));
  return el('section', { class: 'panel', id: 'accountability' },
    el('h2', {}, '责任倒查'),
    view.breaches.length === 0 ? el('p', { class: 'notice', id: 'no-breaches' }, `截至${formatDate(view.judgedOn)},记录未显示程序违规。`)
      : el('ul', { class: 'breach-list', id: 'breaches' }, view.breaches.map((breach) => el('li', { dataset: { code: breach.code } },
        el('strong', {}, breach.name), ` · ${ruleText(breach.rule)} · ${formatDate(breach.date)}`,
        el('div', {}, breach.description),
        breach.responsible.length ? el('div', {}, '责任人:', breach.responsible.map((party) =>
          [party.displayName, party.roleLabel, party.unit, party.capacity].filter(Boolean).join(' · ')).join(';')) : null,
        breach.note ? el('div', { class: 'muted' }, breach.note) : null,
        breach.correctedBy.length ? el('div', { class: 'muted' }, `已有 ${breach.correctedBy.length} 项更正`) : null))),
    el('div', { class: 'table-scroll' }, el('table', { id: 'steps' },
      el('thead', {}, el('tr', {}, ['#', '日期', '经办人', '环节', '符合规则', '违规'].map((h) => el('th', {}, h)))),
      el('tbody', {}, view.steps.map((step) => el('tr', { class: step.breaches.length ? 'breach' : null },
        el('td', {}, step.sequence), el('td', { class: 'date' }, formatDate(step.businessDate)),
        el('td', {}, step.actor ? `${step.actor.displayName}(${step.actor.roleLabel})` : '—'),
        el('td', {}, step.action),
        el('td', {}, step.rulesSatisfied.map((rule) => el('span', { class: 'badge ok', title: rule.label }, ruleBadge(rule)))),
        el('td', {}, step.breaches.filter((code) => breachCodes.has(code)).map((code) =>
          el('span', { class: 'badge bad' }, view.breaches.find((breach) => breach.code === code).name)))))))));
}

function asOfForm(dossier) {
  const time = el('input', { type: 'datetime-local', step: 1, id: 'as-of', name: 'asOf', value: asOf || nowInChina(), max: nowInChina() });
  return el('form', { class: 'filters', method: 'get', action: '/record', id: 'as-of-form' },
    el('input', { type: 'hidden', name: isCase ? 'case' : 'id', value: id }),
    el('div', {}, el('label', { for: 'as-of' }, '档案截至(录入时间)'), time),
    el('div', {}, el('button', { type: 'submit', id: 'as-of-submit' }, '查看当时的档案')),
    asOf ? el('div', {}, el('a', { class: 'button secondary', href: recordHref }, '回到最新')) : null,
    el('p', { class: 'muted', id: 'as-of-note' }, dossier.asOf ? `显示截至 ${formatTime(dossier.asOf)} 已录入的档案` : '显示当前档案'));
}

async function render() {
  const me = await header(isCase ? 'cases' : 'matters');
  if (!id) throw new Error(isCase ? '未指定案件' : '未指定事项');
  const dossierAnswer = await api(`${base}/dossier${asOfParameter()}`);
  if (!dossierAnswer.ok) {
    fill($('#content'), el('h1', {}, '一事一档'), el('p', { class: 'error', role: 'alert', id: 'not-recorded' },
      dossierAnswer.body.detail || dossierAnswer.body.title),
    link(recordHref, '查看当前档案'));
    return;
  }
  const dossier = dossierAnswer.body;
  const [status, timeline, names, codes] = await Promise.all([
    api(base), read(`${base}/accountability${asOfParameter()}`), isCase ? null : codeNames(), codeBook(),
  ]);
  if (!status.ok) throw new Error(status.body.detail || status.body.title);
  const title = isCase ? `案件 ${dossier.facts.caseNumber}` : dossier.facts.title;
  document.title = `${title} · 一事一档 · 稳评`;
  const recorded = (act) => window.location.assign(`${recordHref}&done=${encodeURIComponent(act)}`);
  const forms = dossier.asOf ? []
    : isCase ? caseForms(me, status.body, codes, recorded) : matterForms(me, status.body, codes, names, recorded);
  const done = params.get('done');
  const current = dossier.asOf ? null : status.body;
  fill($('#content'),
    el('h1', { id: 'title' }, title),
    integrityBanner(dossierAnswer.integrity || status.integrity),
    done ? el('p', { class: 'notice', role: 'status' }, `已记录:${done}。`) : null,
    asOfForm(dossier),
    el('section', { class: 'panel' }, el('h2', {}, isCase ? '案件状态' : '事项状态'),
      isCase ? caseFacts(dossier, current) : facts(dossier, current)),
    el('div', { class: 'two-columns' },
      el('section', { class: 'panel' }, el('h2', {}, `一事一档(${dossier.eventCount} 件记录)`),
        el('ol', { class: 'timeline', id: 'timeline' }, dossier.entries.map(entry))),
      el('div', {}, accountability(timeline), integrityPanel(base),
        forms.length ? el('section', { class: 'panel', id: 'acts' }, el('h2', {}, '记录办理环节'), forms) : null)));
  if (window.location.hash) document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
}

render().catch((error) => failed($('#content'), error));
