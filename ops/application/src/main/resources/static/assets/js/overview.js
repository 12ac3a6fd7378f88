// 总览 for the supervising office: /api/stats for the chosen year and jurisdiction, the monthly table, what is
// overdue, and the live stream, which reloads the figures when a matter changes.
import {
  $, el, fill, header, read, formatDate, percent, failed, recordLink, caseLink, todayInChina,
} from './common.js';

const params = new URLSearchParams(window.location.search);
const filter = { year: params.get('year') || '', jurisdiction: params.get('jurisdiction') || '' };
const charts = [];

function query(extra = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, ...extra })) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function filters() {
  const all = await read('/api/stats');
  const year = $('#year');
  for (const tally of all.byYear) year.append(el('option', { value: tally.code }, `${tally.code}年`));
  const jurisdiction = $('#jurisdiction');
  for (const tally of all.byJurisdiction) {
    jurisdiction.append(el('option', { value: tally.code }, `${tally.label}(${tally.code})`));
  }
  year.value = filter.year;
  jurisdiction.value = filter.jurisdiction;
}

function kpi(id, label, value, note, state) {
  return el('div', { class: `kpi ${state || ''}`, id },
    el('div', { class: 'label' }, label), el('div', { class: 'value' }, value), note ? el('div', { class: 'note' }, note) : null);
}

function share(id, target) {
  const state = target.met ? 'met' : 'unmet';
  return kpi(id, target.label, percent(target.share),
    `${target.count} / ${target.total} 件 · 目标 ≥ ${percent(target.target)} · ${target.met ? '已达标' : '未达标'}`, state);
}

/** A figure as a chart and, for keyboard and screen readers, the same numbers as a table. */
function tallyPanel(title, dimension, tallies, kind) {
  const chart = el('div', { class: 'chart', role: 'img', 'aria-label': `${title}图表` });
  const rows = tallies.map((tally) => el('tr', { dataset: { dimension, code: tally.code } },
    el('td', {}, tally.label), el('td', { class: 'number count' }, tally.count)));
  const table = el('table', { id: `table-${dimension}` },
    el('thead', {}, el('tr', {}, el('th', {}, '类别'), el('th', { class: 'number' }, '件数'))), el('tbody', {}, rows));
  charts.push(() => draw(chart, tallies.filter((tally) => kind !== 'pie' || tally.count > 0), kind));
  return el('section', { class: 'panel' }, el('h2', {}, title), chart,
    el('details', { class: 'figures' }, el('summary', {}, '查看数据表'), table));
}

function draw(container, tallies, kind) {
  const chart = globalThis.echarts.init(container, null, { renderer: 'canvas' });
  const labels = tallies.map((tally) => tally.label);
  const values = tallies.map((tally) => tally.count);
  const base = { textStyle: { fontFamily: 'Noto Sans CJK SC, sans-serif' }, tooltip: {} };
  if (kind === 'pie') {
    chart.setOption({
      ...base, color: ['#b3261e', '#e07b39', '#f0b429', '#1d4f91', '#3e7cb1', '#1b7f3b', '#7b8794'],
      series: [{ type: 'pie', radius: ['35%', '65%'], data: tallies.map((t) => ({ name: t.label, value: t.count })),
        label: { formatter: '{b}\n{c} 件' } }],
    });
  } else if (kind === 'line') {
    chart.setOption({
      ...base, grid: { left: 40, right: 20, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: labels }, yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'line', data: values, smooth: true, areaStyle: { opacity: 0.15 }, color: '#b3261e', label: { show: true } }],
    });
  } else {
    chart.setOption({
      ...base, grid: { left: 90, right: 30, top: 10, bottom: 20 },
      yAxis: { type: 'category', data: labels, inverse: true }, xAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: values, color: '#1d4f91', label: { show: true, position: 'right' } }],
    });
  }
  window.addEventListener('resize', () => chart.resize());
}

/** Months of the selected year (or of the data) as 1月…12月 with their counts. */
function monthly(stats) {
  return stats.byMonth.map((tally) => ({ code: tally.code, label: `${Number(tally.code.slice(5))}月`, count: tally.count }));
}

async function matterList(ids, empty) {
  if (ids.length === 0) return el('p', { class: 'muted' }, empty);
  const shown = ids.slice(0, 12);
  const views = await Promise.all(shown.map((id) => read(`/api/matters/${encodeURIComponent(id)}`).catch(() => ({ id }))));
  return el('ul', { class: 'plain' }, views.map((view) => el('li', {}, recordLink(view.id, view.title),
    view.stageLabel ? el('span', { class: 'badge' }, view.stageLabel) : null)),
  ids.length > shown.length ? el('li', { class: 'muted' }, `另有 ${ids.length - shown.length} 件`) : null);
}

/** 政法办案: the rulings R8 holds back now (风险未化解的不得裁决), each linking to its case's record page. */
async function heldBackCases() {
  const section = el('section', { class: 'panel', id: 'held-back' });
  try {
    const cases = await read(`/api/stats/cases${query()}`);
    const held = cases.heldBack;
    const shown = held.matterIds.slice(0, 12);
    const views = await Promise.all(shown.map((id) => read(`/api/cases/${encodeURIComponent(id)}`).catch(() => ({ id }))));
    return fill(section, el('h2', {}, `${held.label}(政法办案)`),
      el('p', { id: 'held-back-summary' }, `办案风险评估案件 ${cases.total} 件,其中风险未化解、暂缓裁决 ${held.count} 件。`),
      held.count === 0 ? el('p', { class: 'muted' }, '没有暂缓裁决的案件。')
        : el('ul', { class: 'plain' }, views.map((view) => el('li', {}, caseLink(view.id, view.caseNumber))),
          held.count > shown.length ? el('li', { class: 'muted' }, `另有 ${held.count - shown.length} 件`) : null));
  } catch (error) {
    failed(fill(section, el('h2', {}, '暂缓裁决的案件'), el('div')).lastChild, error);
    return section;
  }
}

async function deadlines() {
  const overdue = await read('/api/deadlines/overdue');
  if (overdue.length === 0) return el('p', { class: 'muted' }, '目前没有逾期事项。');
  return el('div', {}, el('p', {}, `逾期未办共 ${overdue.length} 项。`),
    el('div', { class: 'table-scroll' }, el('table', {},
      el('thead', {}, el('tr', {}, ['应报事项', '责任单位', '所属期', '应于', '状态'].map((h) => el('th', {}, h)))),
      el('tbody', {}, overdue.slice(0, 10).map((entry) => el('tr', {},
        el('td', {}, entry.label), el('td', {}, entry.responsibleUnit), el('td', {}, entry.subject),
        el('td', {}, formatDate(entry.dueOn)), el('td', {}, el('span', { class: 'badge bad' }, entry.statusLabel))))))));
}

function monthlyTable(table, month) {
  const csv = `/api/stats/monthly?month=${encodeURIComponent(month)}&format=csv`;
  return el('div', {},
    el('p', {}, el('a', { class: 'button', href: csv, id: 'csv-link', download: '' }, '下载统计表(CSV)'), ' ',
      el('span', { class: 'muted' }, `统计截至 ${formatDate(table.asOf)}`)),
    el('div', { class: 'table-scroll' }, el('table', { id: 'monthly-table' },
      el('thead', {}, el('tr', {}, el('th', {}, '辖区'), table.columns.map((column) => el('th', { class: 'number' }, column.header)))),
      el('tbody', {}, [...table.rows, { ...table.total, total: true }].map((row) => el('tr', { class: row.total ? 'total' : null },
        el('td', {}, row.name), table.columns.map((column) => el('td', { class: 'number' }, row.counts[column.key] ?? 0))))))));
}

async function monthlyPanel() {
  const section = el('section', { class: 'panel', id: 'monthly' });
  const month = el('input', { type: 'month', id: 'month', value: todayInChina().slice(0, 7), 'aria-label': '统计月份' });
  const body = el('div');
  const load = async () => {
    try {
      const table = await read(`/api/stats/monthly?month=${encodeURIComponent(month.value)}`);
      fill(section.querySelector('h2'), table.title);
      fill(body, monthlyTable(table, month.value));
    } catch (error) { failed(body, error); }
  };
  month.addEventListener('change', load);
  fill(section, el('h2', {}, '月度统计表'), el('div', { class: 'filters' },
    el('div', {}, el('label', { for: 'month' }, '统计月份'), month)), body);
  await load();
  return section;
}

async function render() {
  const stats = await read(`/api/stats${query()}`);
  charts.length = 0;
  const scope = [filter.year ? `${filter.year}年` : '全部年度', filter.jurisdiction || `本辖区(${stats.readerJurisdiction})`].join(' · ');
  const incidents = stats.incidentsAfterDecision;
  const content = el('div', {},
    el('p', { class: 'muted' }, `统计范围:${scope};按立项日期计;截至 ${formatDate(stats.asOf)}。`),
    el('div', { class: 'kpis' },
      kpi('kpi-total', '评估事项总数', stats.total, '件'),
      share('kpi-policy', stats.policyShare),
      share('kpi-third-party', stats.thirdPartyShare),
      kpi('kpi-overdue', stats.overdueFilings.label, stats.overdueFilings.count, '件', stats.overdueFilings.count ? 'alert' : ''),
      kpi('kpi-late', stats.lateFilings.label, stats.lateFilings.count, '件', stats.lateFilings.count ? 'alert' : ''),
      kpi('kpi-open-risks', stats.openRisks.label, stats.openRisks.count, '件', stats.openRisks.count ? 'alert' : ''),
      kpi('kpi-incidents', incidents.label, incidents.incidents, `涉及 ${incidents.matters} 件事项`, incidents.incidents ? 'alert' : '')),
    el('div', { class: 'charts' },
      tallyPanel('各阶段事项数', 'byStage', stats.byStage, 'bar'),
      tallyPanel('风险等级分布', 'byRiskLevel', stats.byRiskLevel, 'pie'),
      tallyPanel('决策结果分布', 'byDecision', stats.byDecision, 'pie'),
      tallyPanel('事项类别分布', 'byCategory', stats.byCategory, 'bar')),
    el('div', { class: 'charts' }, tallyPanel('月度立项趋势', 'byMonth', monthly(stats), 'line'),
      tallyPanel('各辖区事项数', 'byJurisdiction', stats.byJurisdiction, 'bar')),
    el('div', { class: 'charts' },
      el('section', { class: 'panel', id: 'overdue-filings' }, el('h2', {}, '决策报备逾期未报(漏报)'),
        await matterList(stats.overdueFilings.matterIds, '没有逾期未报的决策。')),
      el('section', { class: 'panel', id: 'open-risks' }, el('h2', {}, '跟踪中尚未化解的风险'),
        await matterList(stats.openRisks.matterIds, '没有跟踪中的未化解风险。')),
      el('section', { class: 'panel', id: 'incidents' }, el('h2', {}, '决策后发生的不稳定事件'),
        await matterList(incidents.matterIds, '决策后没有发生不稳定事件。')),
      el('section', { class: 'panel', id: 'deadlines' }, el('h2', {}, '逾期未报的报表与清单'), await deadlines()),
      await heldBackCases()),
    await monthlyPanel());
  fill($('#content'), content);
  for (const drawChart of charts) drawChart();
}

function listen() {
  const stream = new EventSource('/api/live');
  let pending = null;
  stream.addEventListener('ready', () => { $('#live').hidden = false; });
  stream.addEventListener('stats-changed', () => {
    clearTimeout(pending);
    pending = setTimeout(() => render().catch((error) => failed($('#content'), error)), 800);
  });
  stream.addEventListener('error', () => { $('#live').hidden = true; });
}

(async () => {
  try {
    await header('overview');
    await filters();
    await render();
    listen();
  } catch (error) {
    failed($('#content'), error);
  }
})();
