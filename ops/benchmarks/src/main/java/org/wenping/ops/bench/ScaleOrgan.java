package org.wenping.ops.bench;

import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.legalcase.Organ;
import org.wenping.kernel.legalcase.ProceduralStage;
import org.wenping.kernel.legalcase.RulingKind;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A 政法 organ of one city or county of 甘肃省 — its 法院 (a 市/州's is the 中级人民法院), 检察院, 公安局 or 司法局 — and
 * the people who handle its cases: {@link #HANDLERS} 承办人, one 分管领导 and one 主要领导, all acting in the organ's
 * own jurisdiction under the user ids {@code handler-620102-court-3}, {@code caselead-620102-police} …
 */
record ScaleOrgan(GansuPlaces.Place place, Organ organ) {
    /** 承办人 per organ: with 10 000 cases over the province's ~400 organs, some five cases each. */
    static final int HANDLERS = 5;

    /** The organ's name, which the listing records as the case's unit. */
    String unit() {
        boolean city = place.code().equals(place.city());
        return place.name() + switch (organ) {
            case COURT -> city ? "中级人民法院" : "人民法院";
            case PROCURATORATE -> "人民检察院";
            case PUBLIC_SECURITY -> "公安局";
            case JUSTICE_ADMINISTRATION -> "司法局";
        };
    }

    /** The stage the organ's cases are listed in. */
    ProceduralStage entryStage() {
        return switch (organ) {
            case COURT, JUSTICE_ADMINISTRATION -> ProceduralStage.ACCEPTANCE;
            case PROCURATORATE -> ProceduralStage.PROSECUTION_REVIEW;
            case PUBLIC_SECURITY -> ProceduralStage.INVESTIGATION;
        };
    }

    /** The kinds of ruling the organ issues. */
    List<RulingKind> rulings() {
        return Arrays.stream(RulingKind.values()).filter(kind -> kind.issuedBy(organ)).toList();
    }

    /** 案号 in the organ's form; the generated case's number keeps it unique. */
    String caseNumber(int year, long number) {
        return switch (organ) {
            case COURT -> "(" + year + ")甘" + place.code().value().substring(2) + "民初" + number + "号";
            case PROCURATORATE -> place.name() + "检刑诉〔" + year + "〕" + number + "号";
            case PUBLIC_SECURITY -> place.name() + "公(刑)立字〔" + year + "〕" + number + "号";
            case JUSTICE_ADMINISTRATION -> place.name() + "司调〔" + year + "〕" + number + "号";
        };
    }

    /** What the case's two parties are to it. */
    List<String> partyRoles() {
        return switch (organ) {
            case COURT -> List.of("原告", "被告");
            case PROCURATORATE, PUBLIC_SECURITY -> List.of("犯罪嫌疑人", "被害人");
            case JUSTICE_ADMINISTRATION -> List.of("申请人", "被申请人");
        };
    }

    Actor handler(Random random) {
        return person(Role.HANDLER, "-" + random.nextInt(HANDLERS));
    }

    Actor caseLead() {
        return person(Role.CASE_LEAD, "");
    }

    Actor organHead() {
        return person(Role.ORGAN_HEAD, "");
    }

    /** Who records the ruling: the 主要领导 at a court (as in the demo year), the 分管领导 elsewhere. */
    Actor ruler() {
        return organ == Organ.COURT ? organHead() : caseLead();
    }

    private Actor person(Role role, String suffix) {
        String organName = switch (organ) {
            case COURT -> "court";
            case PROCURATORATE -> "procuratorate";
            case PUBLIC_SECURITY -> "police";
            case JUSTICE_ADMINISTRATION -> "justice";
        };
        String user = role.name().toLowerCase(Locale.ROOT).replace("_", "") + "-" + place.code().value() + "-"
                + organName + suffix;
        return new Actor(user, user, role, unit(), place.code());
    }
}
