// 责任倒查: inquiries into a record and the findings naming a person, each finding linking to the events it cites
// on the record page of the inquiry's subject.
import { el, formatDate, subjectHref, link } from './common.js';

function evidence(kind, subjectId, sequences) {
  if (sequences.length === 0) return null;
  return el('div', { class: 'evidence' }, '所据事件:', sequences.flatMap((sequence) => [
    link(subjectHref(kind, subjectId, sequence), `#${sequence}`), ' ']));
}

/** One finding of an inquiry into the subject {@code kind}/{@code subjectId}. */
export function finding(kind, subjectId, f) {
  return el('div', { class: 'finding', dataset: { findingId: f.findingId } },
    el('div', {}, el('strong', {}, f.breach.label), ` · ${f.responsibility.label} · `,
      [f.personName || f.person, f.personUnit, f.roles.map((role) => role.label).join('、')].filter(Boolean).join(' · '),
      ` · ${formatDate(f.foundOn)}认定`),
    el('p', {}, f.statement),
    f.mitigated ? el('div', { class: 'muted' }, `从轻:${f.mitigationGrounds}`) : null,
    evidence(kind, subjectId, f.evidence),
    f.sanctions.map((sanction) => el('div', {}, el('span', { class: 'badge bad' }, sanction.kind.label),
      ` ${sanction.text}(${formatDate(sanction.imposedOn)})`)));
}

function subjectLine(kind, subjectId, title) {
  return el('div', {}, `${kind.label}:`, link(subjectHref(kind.code, subjectId), title || subjectId));
}

/** An inquiry with its findings and its conclusion. */
export function inquiry(view) {
  return el('article', { class: 'person-matter inquiry', dataset: { inquiryId: view.id } },
    el('h3', {}, `追责 ${view.id} `, el('span', { class: view.conclusion ? 'badge ok' : 'badge warn' },
      view.conclusion ? `已于${formatDate(view.concludedOn)}办结` : '进行中')),
    subjectLine(view.subjectKind, view.subjectId, view.subjectTitle),
    el('div', {}, `${view.reason.label}:${view.reasonText}(${formatDate(view.openedOn)}立案,`,
      view.openedBy ? `${view.openedBy.displayName})` : '—)'),
    view.findings.length ? view.findings.map((f) => finding(view.subjectKind.code, view.subjectId, f))
      : el('p', { class: 'muted' }, '尚无认定。'),
    view.conclusion ? el('p', {}, `结论:${view.conclusion}`) : null);
}

/** The findings naming one person, across inquiries. */
export function personFindings(userId, findings) {
  if (findings.length === 0) return el('p', { class: 'muted', id: 'person-findings' }, `没有认定 ${userId} 责任的追责。`);
  return el('div', { id: 'person-findings' }, el('h3', {}, `认定 ${userId} 责任的追责(${findings.length} 项)`),
    findings.map((pf) => el('div', { class: 'person-matter' },
      el('div', {}, `追责 ${pf.inquiryId}${pf.inquiryConcluded ? '(已办结)' : '(进行中)'}`),
      subjectLine(pf.subjectKind, pf.subjectId, pf.subjectTitle),
      finding(pf.subjectKind.code, pf.subjectId, pf.finding))));
}
