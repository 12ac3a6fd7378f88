// What every page shares: elements built from text (never markup), zh-CN dates, the API with the browser
// session and its CSRF token, the header with the signed-in person, and the Chinese names of codes.

/** An element with attributes and children; strings become text nodes, so data never becomes markup. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(chineseDates(String(child))));
  }
}

/**
 * The ISO dates inside a text (the API's descriptions say 报备期限为2026-08-27) as 2026年8月27日, so that every date a
 * page shows reads the same; the text stays text.
 */
export function chineseDates(text) {
  return text.replace(/(?<!\d)(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)/g,
    (_, year, month, day) => `${year}年${Number(month)}月${Number(day)}日`);
}

/** Replaces an element's content with the given children. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

export const $ = (selector) => document.querySelector(selector);

/** 2026-11-22 (or an instant) as 2026年11月22日, in China time. */
export function formatDate(value) {
  if (!value) return '—';
  const [year, month, day] = (value.length === 10 ? value : chinaDate(value)).split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** An instant as 2026年11月22日 10:05:03 in China time. */
export function formatTime(instant) {
  if (!instant) return '—';
  const time = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
  }).format(new Date(instant));
  return `${formatDate(instant)} ${time}`;
}

/** The calendar date of an instant in China time, as 2026-11-22. */
export function chinaDate(instant) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(instant));
}

export function todayInChina() {
  return chinaDate(new Date());
}

export function percent(fraction) {
  return `${(fraction * 100).toFixed(1)}%`;
}

function cookie(name) {
  const found = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : '';
}

export function csrfToken() {
  return cookie('XSRF-TOKEN');
}

/**
 * Calls the API with the session. Answers {status, body, etag}; a 401 sends the person to the sign-in page.
 * A refusal's body is its problem+json.
 */
export async function api(path, { method = 'GET', body, ifMatch } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
  if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    window.location.assign('/login');
    throw new Error('登录已失效');
  }
  const type = response.headers.get('Content-Type') || '';
  const parsed = type.includes('json') ? await response.json() : await response.text();
  return {
    status: response.status, ok: response.ok, body: parsed, etag: response.headers.get('ETag'),
    integrity: response.headers.get('Wenping-Integrity'),
  };
}

/** GET that throws the problem's Chinese detail on a refusal. */
export async function read(path) {
  const answer = await api(path);
  if (!answer.ok) throw new Error(problemText(answer.body));
  return answer.body;
}

export function problemText(problem) {
  if (!problem || typeof problem !== 'object') return '请求未成功';
  return [problem.title, problem.detail].filter(Boolean).join(':');
}

const NAV = [
  { href: '/', label: '总览', page: 'overview' },
  { href: '/matters', label: '事项列表', page: 'matters' },
  { href: '/cases', label: '案件列表', page: 'cases' },
  { href: '/inspector', label: '督查与责任倒查', page: 'inspector' },
];

/** Fills the header: the product, the pages, the signed-in person (name, role, unit) and sign-out. */
export async function header(page) {
  const me = await read('/api/me');
  const nav = el('nav', { 'aria-label': '主导航' }, el('ul', {}, NAV.map((item) => el('li', {},
    el('a', { href: item.href, 'aria-current': item.page === page ? 'page' : null }, item.label)))));
  const signOut = el('form', { method: 'post', action: '/logout', class: 'sign-out' },
    el('input', { type: 'hidden', name: '_csrf', value: csrfToken() }),
    el('button', { type: 'submit' }, '退出登录'));
  const person = el('p', { class: 'person', id: 'signed-in' },
    el('span', { class: 'name' }, me.displayName), el('span', {}, me.roleLabel), el('span', {}, me.unit));
  fill(document.getElementById('top'),
    el('a', { class: 'skip', href: '#main' }, '跳到正文'),
    el('a', { class: 'brand', href: '/' }, '稳评 · 社会稳定风险评估与办案风险评估'),
    nav, person, signOut);
  return me;
}

const NUMBERED_RULE = /^R\d+$/;

/** A rule as the pages name it: R1…R10 by code and name, the others (边实施边化解, 以人为本) by their name alone. */
export function ruleText(rule) {
  return NUMBERED_RULE.test(rule.code) ? `${rule.code}「${rule.label}」` : `「${rule.label}」`;
}

/** A rule on a badge: its code R1…R10, or the name of a rule without a number. */
export function ruleBadge(rule) {
  return NUMBERED_RULE.test(rule.code) ? rule.code : rule.label;
}

export function may(me, action) {
  return me.actions.includes(action);
}

/** The zh-CN names of stage, category, level, decision and procedure codes, as /api/stats names them. */
export async function codeNames() {
  const stats = await read('/api/stats');
  const names = (tallies) => Object.fromEntries(tallies.map((tally) => [tally.code, tally.label]));
  return {
    stage: names(stats.byStage),
    category: names(stats.byCategory),
    level: names(stats.byRiskLevel),
    decision: names(stats.byDecision),
    procedure: names(stats.byProcedure),
    assessorMode: { SELF: '自行评估', THIRD_PARTY: '委托第三方' },
  };
}

/** The code book: the codes the filters and forms offer, with their zh-CN names ({@code GET /api/codes}). */
export function codeBook() {
  return read('/api/codes');
}

export function name(names, code) {
  if (code === null || code === undefined) return '—';
  return names[code] || code;
}

/** Shows an error where the page's content would be. */
export function failed(container, error) {
  fill(container, el('p', { class: 'error', role: 'alert' }, `加载失败:${error.message}`));
}

export function link(href, text) {
  return el('a', { href }, text);
}

export function recordLink(id, title) {
  return link(`/record?id=${encodeURIComponent(id)}`, title || id);
}

/** The record page of a 政法办案 case. */
export function caseLink(id, caseNumber) {
  return link(`/record?case=${encodeURIComponent(id)}`, caseNumber || id);
}

/** The record page of an inquiry's subject (a matter or a case), at one of its events when a sequence is given. */
export function subjectHref(kind, id, sequence) {
  const at = sequence === undefined ? '' : `#event-${sequence}`;
  return `/record?${kind === 'CASE' ? 'case' : 'id'}=${encodeURIComponent(id)}${at}`;
}
