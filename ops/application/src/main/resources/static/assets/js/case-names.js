// The zh-CN names of the 政法办案 codes, as the kernel's enums name them (Organ, CaseClass, ProceduralStage,
// RulingKind, RiskLevel) and the case status view's stages; the case APIs answer the codes alone.

export const ORGAN = {
  COURT: '法院', PROCURATORATE: '检察院', PUBLIC_SECURITY: '公安', JUSTICE_ADMINISTRATION: '司法行政',
};

export const CASE_CLASS = {
  MAJOR_DIFFICULT_COMPLEX: '重大疑难复杂', SEIZURE_AND_FREEZE: '查封扣押冻结', PUBLIC_CONCERN: '群众关注/社会敏感',
  OFFICER_MISCONDUCT: '干警违法违纪',
};

export const CASE_STAGE = {
  LISTED: '已列入评估', ASSESSING: '评估中', GRADED: '已定级', RESOLVED: '风险已化解', RULED: '已裁决', CLOSED: '已结案',
};

export const PROCEDURAL_STAGE = {
  ACCEPTANCE: '受理', FILING: '立案', INVESTIGATION: '侦查', PROSECUTION_REVIEW: '审查起诉', TRIAL: '审判', ENFORCEMENT: '执行',
};

export const RULING = {
  JUDGMENT: '判决', ORDER: '裁定', MEDIATION_STATEMENT: '调解书', PROSECUTION_DECISION: '起诉决定',
  NON_PROSECUTION_DECISION: '不起诉决定', TRANSFER_FOR_PROSECUTION: '移送审查起诉决定', CASE_DISMISSAL: '撤销案件决定',
  ADMINISTRATIVE_PENALTY: '行政处罚决定', ADMINISTRATIVE_REVIEW_DECISION: '行政复议决定',
};

/** The levels of the three grading schemes (RiskLevel). */
export const RISK_LEVEL = {
  HIGH: '高', MEDIUM: '中', LOW: '低', A: 'A级', B: 'B级', C: 'C级',
  LEVEL_1: '一级(风险大)', LEVEL_2: '二级(风险较大)', LEVEL_3: '三级(风险较小)', LEVEL_4: '四级(无风险)',
};

/** 涉案人员 as the read models show them: their key reference and state, never their data. */
export const PERSON_STATUS = { SEALED: '已加密封存', ERASED: '已删除', RESTRICTED: '限制处理' };

/** 合法性, 合理性, 可控性 (CaseDimension). */
export const DIMENSION = { LEGALITY: '合法性', REASONABLENESS: '合理性', CONTROLLABILITY: '可控性' };
