package org.wenping.kernel.personal;

import java.util.Objects;

/**
 * 涉案人员情况 in clear: what the case's report names about one person (seed 004 篇4). Exists only in memory on
 * its way into or out of the key store's seal; never in an event, a read model or a log line.
 *
 * @param name         姓名
 * @param partyRole    在案件中的身份 (犯罪嫌疑人, 被告人, 被害人, 原告, 被告, 申请人, 当事人 …)
 * @param idNumber     公民身份号码, may be empty
 * @param contact      住址或联系方式, may be empty
 * @param circumstance 与稳定风险有关的情况 (诉求, 信访史, 家庭情况 …), may be empty
 */
public record PersonDetails(String name, String partyRole, String idNumber, String contact, String circumstance) {

    public PersonDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(partyRole, "partyRole");
        idNumber = idNumber == null ? "" : idNumber;
        contact = contact == null ? "" : contact;
        circumstance = circumstance == null ? "" : circumstance;
    }
}
