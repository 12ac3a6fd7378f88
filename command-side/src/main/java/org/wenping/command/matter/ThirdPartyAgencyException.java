package org.wenping.command.matter;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.command.registry.RegisteredAgency;
import org.wenping.kernel.matter.SelectionMethod;
import org.wenping.kernel.registry.AgencyId;

/** R4: 委托第三方 needs a registered agency, selected in a lawful way (seed 002), before the matter is graded. */
class ThirdPartyAgencyException extends CommandRefusedException {
    private ThirdPartyAgencyException(String code, Kind kind, String message) {
        super(code, kind, "R4", message);
    }

    static ThirdPartyAgencyException notRegistered(AgencyId agency) {
        return new ThirdPartyAgencyException("R4_AGENCY_NOT_REGISTERED", Kind.UNPROCESSABLE,
                "评估机构 " + agency + " 未在第三方评估机构名录中登记或已被除名,不能受托评估");
    }

    static ThirdPartyAgencyException outsideJurisdiction(RegisteredAgency agency) {
        return new ThirdPartyAgencyException("R4_AGENCY_OUTSIDE_JURISDICTION", Kind.UNPROCESSABLE,
                "评估机构 " + agency.id() + " 登记于 " + agency.jurisdiction() + ",不服务本事项所在行政区划");
    }

    static ThirdPartyAgencyException unlawfulSelection(SelectionMethod method) {
        return new ThirdPartyAgencyException("R4_UNLAWFUL_SELECTION", Kind.UNPROCESSABLE,
                "“" + method.label() + "”不是合规的选定方式,须通过公开招标、邀请招标、竞争性谈判或集中询价选定评估机构");
    }

    static ThirdPartyAgencyException notCommissioned() {
        return new ThirdPartyAgencyException("R4_NO_AGENCY_COMMISSIONED", Kind.UNPROCESSABLE,
                "本事项为委托第三方评估,尚未委托已登记的评估机构,不能定级");
    }

    static ThirdPartyAgencyException notThirdParty() {
        return new ThirdPartyAgencyException("R4_NOT_THIRD_PARTY", Kind.CONFLICT,
                "本事项为自行评估,不委托第三方评估机构");
    }
}
