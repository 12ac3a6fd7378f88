package org.wenping.kernel.actor;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static org.wenping.kernel.actor.Role.ADMIN;
import static org.wenping.kernel.actor.Role.ASSESSOR;
import static org.wenping.kernel.actor.Role.CASE_LEAD;
import static org.wenping.kernel.actor.Role.DECIDER;
import static org.wenping.kernel.actor.Role.EXPERT;
import static org.wenping.kernel.actor.Role.HANDLER;
import static org.wenping.kernel.actor.Role.INSPECTOR;
import static org.wenping.kernel.actor.Role.ORGAN_HEAD;
import static org.wenping.kernel.actor.Role.SUPERVISOR;
import static org.wenping.kernel.actor.Scope.JURISDICTION;
import static org.wenping.kernel.actor.Scope.RECORDED_BY_OWN_ROLE;
import static org.wenping.kernel.actor.Scope.SYSTEM;

/**
 * R9 who may do what: role × action × scope, stated here once. The command side enforces it at the entry of
 * each aggregate, the web security of the application for reads; README prints it.
 * <ul>
 * <li>Each step of the lifecycle belongs to the role that does it in the seeds: the responsible unit (评估责任主体)
 * registers, assesses and tracks; the 评审专家 review; the 决策机关 decides; the 维稳办 receives filings.</li>
 * <li>Closure: the responsible unit, or the 维稳办 that supervises it.</li>
 * <li>R10: a role corrects only what it recorded itself; the 维稳办 corrects anything.</li>
 * <li>The responsible unit compiles and amends its yearly list and submits its monthly reports; the 维稳办
 * records the list's filing.</li>
 * <li>Integrity is verified over the whole store, so its report is for the administrator, the 维稳办 and the
 * inspectors alike.</li>
 * <li>Cases (seed 004 篇4, 谁办理、谁评估、谁化解): the 承办人 lists, assesses, resolves and moves the case
 * through its stages; the ruling is the organ's, so 承办人, 分管领导 and 主要领导 may record it; closure is the
 * 承办人's or the 分管领导's. Personal data of 涉案人员 is read by the organ's three roles and inspectors; only
 * the 主要领导 may order its erasure or restriction.</li>
 * <li>追责 (责任倒查) is the inspectors' alone.</li>
 * <li>The 专家库 and the agency registry are kept by the 维稳办 or an administrator.</li>
 * </ul>
 */
public final class Permissions {
    /** The table as the switch below states it, laid out once: every command and every read looks it up. */
    private static final Map<Action, Map<Role, Scope>> TABLE = table();

    private Permissions() {
    }

    /** The roles that may do {@code action}, each with how far it reaches; a role not in the map may not. */
    public static Map<Role, Scope> grants(Action action) {
        return TABLE.get(action);
    }

    /** How far {@code role} may do {@code action}; empty when it may not at all. */
    public static Optional<Scope> scope(Role role, Action action) {
        return Optional.ofNullable(grants(action).get(role));
    }

    private static Map<Action, Map<Role, Scope>> table() {
        Map<Action, Map<Role, Scope>> table = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            table.put(action, row(action));
        }
        return table;
    }

    private static Map<Role, Scope> row(Action action) {
        return switch (action) {
            case REGISTER_MATTER, DRAFT_ASSESSMENT_PLAN, COMMISSION_AGENCY, COLLECT_OPINIONS, ANALYSE_DIMENSION,
                    GRADE_RISK, COMPILE_REPORT, ESCALATE_PROCEDURE, ADOPT_MEASURE, COMPLETE_MEASURE,
                    PREPARE_CONTINGENCY_PLAN, SUBMIT_TRACKING_REPORT, REPORT_INCIDENT, OPEN_REASSESSMENT,
                    COMPILE_ASSESSMENT_LIST, AMEND_ASSESSMENT_LIST, SUBMIT_MONTHLY_REPORT ->
                    Map.of(ASSESSOR, JURISDICTION);
            case REVIEW_REPORT -> Map.of(EXPERT, JURISDICTION);
            case RECORD_FILING, FILE_ASSESSMENT_LIST -> Map.of(SUPERVISOR, JURISDICTION);
            case MAKE_DECISION -> Map.of(DECIDER, JURISDICTION);
            case CLOSE_MATTER -> Map.of(ASSESSOR, JURISDICTION, SUPERVISOR, JURISDICTION);
            case CORRECT_RECORD -> Map.of(ASSESSOR, RECORDED_BY_OWN_ROLE, EXPERT, RECORDED_BY_OWN_ROLE,
                    DECIDER, RECORDED_BY_OWN_ROLE, SUPERVISOR, JURISDICTION);
            case KEEP_EXPERT_POOL, KEEP_AGENCY_REGISTRY -> Map.of(ADMIN, JURISDICTION, SUPERVISOR, JURISDICTION);
            case LIST_CASE, ASSESS_CASE, CHANGE_CASE_STAGE -> Map.of(HANDLER, JURISDICTION);
            case RULE_ON_CASE -> Map.of(HANDLER, JURISDICTION, CASE_LEAD, JURISDICTION, ORGAN_HEAD, JURISDICTION);
            case CLOSE_CASE -> Map.of(HANDLER, JURISDICTION, CASE_LEAD, JURISDICTION);
            case READ_PERSONAL_DATA -> Map.of(HANDLER, JURISDICTION, CASE_LEAD, JURISDICTION,
                    ORGAN_HEAD, JURISDICTION, INSPECTOR, JURISDICTION);
            case ERASE_PERSONAL_DATA -> Map.of(ORGAN_HEAD, JURISDICTION);
            case CONDUCT_INQUIRY -> Map.of(INSPECTOR, JURISDICTION);
            case READ_RECORDS -> everyRole(JURISDICTION);
            case VERIFY_INTEGRITY -> Map.of(ADMIN, SYSTEM, SUPERVISOR, SYSTEM, INSPECTOR, SYSTEM);
            case READ_ACCESS_LOG -> Map.of(ADMIN, SYSTEM, INSPECTOR, SYSTEM);
            case OPERATE_SYSTEM -> Map.of(ADMIN, SYSTEM);
        };
    }

    private static Map<Role, Scope> everyRole(Scope scope) {
        Map<Role, Scope> grants = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            grants.put(role, scope);
        }
        return Map.copyOf(grants);
    }
}
