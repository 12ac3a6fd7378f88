// 督查: every breach the records inside a jurisdiction show for a period, one person's actions across records with
// the flags they carry and the findings naming them, and the inquiries into a record, which an inspector opens,
// records findings in and concludes here.
import {
  $, el, fill, header, read, codeBook, formatDate, failed, recordLink, ruleText, ruleBadge,
} from './common.js';
import { inquiry, personFindings } from './inquiries.js';
import { openingForm, inquiryForms } from './inquiry-acts.js';

const params = new URLSearchParams(window.location.search);
const filter = {
  jurisdiction: params.get('jurisdiction') || '', year: params.get('year') || '',
  from: params.get('from') || '', to: params.get('to') || '', person: params.get('person') || '',
  subject: params.get('subject') || '',
};

async function allMatters() {
  const matters = [];
  for (let page = 0; ; page++) {
    const search = new URLSearchParams({ page, size: 200, sort: 'registeredOn' });
    if (filter.jurisdiction) search.set('jurisdiction', filter.jurisdiction);
    if (filter.year) search.set('year', filter.year);
    const result = await read(`/api/matters?${search}`);
    matters.push(...result.items);
    if (matters.length >= result.total || result.items.length === 0) return matters;
  }
}

/**
 * Reads the accountability view of each decided matter (every breach the record shows follows a decision), a few
 * at a time, reporting progress.
 */
async function breaches(progress) {
  const matters = (await allMatters()).filter((matter) => matter.decision !== null);
  const found = [];
  let next = 0;
  let checked = 0;
  const worker = async () => {
    while (next < matters.length) {
      const matter = matters[next++];
      const view = await read(`/api/matters/${encodeURIComponent(matter.id)}/accountability`);
      for (const breach of view.breaches) {
        if ((!filter.from || breach.date >= filter.from) && (!filter.to || breach.date <= filter.to)) {
          found.push({ matter, breach });
        }
      }
      progress(++checked, matters.length);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return { found: found.sort((a, b) => (b.breach.date || '').localeCompare(a.breach.date || '')), checked: matters.length };
}

function breachTable({ found, checked }) {
  return el('div', {},
    el('p', { id: 'breach-summary' }, `核查已决策事项 ${checked} 件,发现程序违规 ${found.length} 项。`),
    el('div', { class: 'table-scroll' }, el('table', { id: 'breach-table' },
      el('thead', {}, el('tr', {}, ['日期', '违规', '规则', '事项', '责任人', '说明'].map((h) => el('th', {}, h)))),
      el('tbody', {}, found.map(({ matter, breach }) => el('tr', { class: 'breach', dataset: { code: breach.code } },
        el('td', { class: 'date' }, formatDate(breach.date)), el('td', {}, el('strong', {}, breach.name)),
        el('td', {}, ruleText(breach.rule)),
        el('td', {}, recordLink(matter.id, matter.title)),
        el('td', {}, breach.responsible.map((party) => el('div', {},
          party.userId ? el('a', { href: personHref(party.userId) }, party.displayName || party.userId) : (party.displayName || ''),
          ` ${[party.roleLabel, party.unit, party.capacity].filter(Boolean).join(' · ')}`))),
        el('td', {}, breach.description, breach.note ? el('div', { class: 'muted' }, breach.note) : null)))))));
}

function personHref(userId) {
  const next = new URLSearchParams(params);
  next.set('person', userId);
  return `/inspector?${next}#person-panel`;
}

async function person() {
  const [view, findings] = await Promise.all([
    read(`/api/people/${encodeURIComponent(filter.person)}/accountability?page=0&size=50`),
    read(`/api/people/${encodeURIComponent(filter.person)}/findings`),
  ]);
  const found = personFindings(filter.person, findings);
  if (view.totalMatters === 0) return el('div', {}, found, el('p', { class: 'muted' }, `本辖区内没有 ${filter.person} 的履职记录。`));
  return el('div', {}, found,
    el('p', { id: 'person-summary' }, `${filter.person} 在 ${view.totalMatters} 件事项上有记录,本页 ${view.actionCount} 项行为。`),
    view.matters.map((matter) => el('div', { class: 'person-matter' },
      el('h3', {}, recordLink(matter.matterId, matter.matterTitle), ` (${matter.jurisdiction})`),
      el('table', {}, el('tbody', {}, matter.actions.map((action) => el('tr', { class: action.flags.length ? 'breach' : null },
        el('td', { class: 'date' }, formatDate(action.businessDate)),
        el('td', {}, `${action.displayName}(${action.roleLabel},${action.unit})`),
        el('td', {}, action.action),
        el('td', {}, action.flags.map((flag) => el('span', { class: 'badge bad' }, flag.label)),
          action.rulesSatisfied.map((rule) => el('span', { class: 'badge ok', title: rule.label }, ruleBadge(rule)))))))))));
}

/** The inquiries into the subject, each with the acts still open to the inspector, and the form opening another. */
async function inquiries(me) {
  const [found, codes] = await Promise.all([
    filter.subject ? read(`/api/inquiries?subject=${encodeURIComponent(filter.subject)}`) : [], codeBook(),
  ]);
  const recorded = (subject) => (act) => {
    const next = new URLSearchParams(params);
    next.set('subject', subject);
    next.set('done', act);
    window.location.assign(`/inspector?${next}#inquiries-panel`);
  };
  const done = params.get('done');
  return [
    done ? el('p', { class: 'notice', role: 'status' }, `已记录:${done}。`) : null,
    filter.subject ? null : el('p', { class: 'muted' }, '请输入事项或案件编号查看其追责;输入用户名时,右上方另列认定其责任的追责。'),
    filter.subject && found.length === 0 ? el('p', { class: 'muted', id: 'no-inquiries' }, `${filter.subject} 没有追责记录。`) : null,
    found.map((view) => [inquiry(view), inquiryForms(me, codes, view, recorded(view.subjectId))]),
    openingForm(me, codes, filter.subject, (act) => recorded($('#act-open-inquiry-subjectId').value.trim())(act)),
  ];
}

(async () => {
  try {
    const me = await header('inspector');
    for (const key of ['jurisdiction', 'year', 'from', 'to', 'person']) $(`#${key}`).value = filter[key];
    $('#person-carry').value = filter.person;
    $('#jurisdiction-carry').value = filter.jurisdiction;
    $('#year-carry').value = filter.year;
    for (const known of ['assessor', 'decider', 'supervisor', 'expert', me.userId]) {
      $('#known-people').append(el('option', { value: known }));
    }
    $('#subject').value = filter.subject;
    $('#person-carry-inquiry').value = filter.person;
    if (filter.subject || me.actions.includes('CONDUCT_INQUIRY')) {
      inquiries(me).then((shown) => fill($('#inquiries'), shown)).catch((error) => failed($('#inquiries'), error));
    }
    if (filter.person) {
      person().then((view) => fill($('#person-view'), view)).catch((error) => failed($('#person-view'), error));
    }
    const result = await breaches((done, total) => fill($('#breaches'), el('p', { class: 'muted' }, `正在核查 ${done} / ${total} 件……`)));
    fill($('#breaches'), breachTable(result));
  } catch (error) {
    failed($('#breaches'), error);
  }
})();
