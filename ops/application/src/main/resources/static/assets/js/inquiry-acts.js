// The inspector's acts of a 责任倒查 (CONDUCT_INQUIRY): open an inquiry into a matter or case, record a finding that
// cites the subject's events by their sequence numbers (#7 on its record page), and conclude it.
import { todayInChina } from './common.js';
import { actForm, named } from './acts.js';

/** The form that opens an inquiry into {@code subjectId}; {@code done} receives the new inquiry. */
export function openingForm(me, codes, subjectId, done) {
  if (!me.actions.includes('CONDUCT_INQUIRY')) return null;
  return actForm({ id: 'open-inquiry', title: '启动责任倒查', url: '/api/inquiries', fields: [
    { name: 'subjectId', label: '事项或案件编号', type: 'text', value: subjectId, required: true },
    { name: 'reason', label: '倒查缘由', type: 'select', options: named(codes.inquiryReason), required: true },
    { name: 'reasonText', label: '情况说明', type: 'textarea', required: true },
    { name: 'openedOn', label: '立案日期', type: 'date', value: todayInChina() }] }, done);
}

/** The forms of an inquiry still open: a finding and the conclusion, each with the inquiry's version. */
export function inquiryForms(me, codes, inquiry, done) {
  if (!me.actions.includes('CONDUCT_INQUIRY') || inquiry.conclusion) return [];
  const today = todayInChina();
  const base = `/api/inquiries/${encodeURIComponent(inquiry.id)}`;
  return [
    actForm({ id: `${inquiry.id}-finding`, title: '记录认定', url: `${base}/findings`, version: inquiry.version, fields: [
      { name: 'person', label: '责任人(用户名)', type: 'text', required: true },
      { name: 'breach', label: '违规情形', type: 'select', options: named(codes.breach), required: true },
      { name: 'evidence', label: '所据事件序号(如 3 7)', type: 'numbers', required: true },
      { name: 'statement', label: '认定意见', type: 'textarea', required: true },
      { name: 'foundOn', label: '认定日期', type: 'date', value: today }] }, done),
    actForm({ id: `${inquiry.id}-conclusion`, title: '办结', url: `${base}/conclusion`, version: inquiry.version, fields: [
      { name: 'conclusion', label: '倒查结论', type: 'textarea', required: true },
      { name: 'concludedOn', label: '办结日期', type: 'date', value: today }] }, done),
  ];
}
