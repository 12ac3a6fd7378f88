package org.wenping.ops.browser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.kernel.inquiry.Breach;
import org.wenping.kernel.inquiry.InquiryReason;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.CaseDimension;
import org.wenping.kernel.legalcase.Organ;
import org.wenping.kernel.legalcase.PredictedForm;
import org.wenping.kernel.legalcase.ProceduralStage;
import org.wenping.kernel.legalcase.RulingKind;
import org.wenping.kernel.matter.AssessmentDimension;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.OpinionMethod;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.query.dossier.CodeLabel;
import org.wenping.query.legalcase.CaseStage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

import static java.util.stream.Collectors.toMap;

/**
 * {@code GET /api/codes}: the codes the pages' filters and forms offer, each with its zh-CN name as the kernel names
 * it, so that no page keeps a copy of the names. The levels come by grading scheme and the rulings by the organ that
 * may issue them, as the command side checks them.
 */
@RestController
class CodeBookController {
    private static final CodeBook BOOK = new CodeBook(
            codes(Organ.values(), Organ::label),
            codes(CaseClass.values(), CaseClass::label),
            codes(CaseStage.values(), CaseStage::label),
            codes(ProceduralStage.values(), ProceduralStage::label),
            codes(CaseDimension.values(), CaseDimension::label),
            codes(PredictedForm.values(), PredictedForm::label),
            codes(RiskLevel.values(), RiskLevel::label),
            by(GradingScheme.values(), (scheme, level) -> level.scheme() == scheme, RiskLevel.values(), RiskLevel::label),
            by(Organ.values(), (organ, kind) -> kind.issuedBy(organ), RulingKind.values(), RulingKind::label),
            codes(OpinionMethod.values(), OpinionMethod::label),
            codes(AssessmentDimension.values(), AssessmentDimension::label),
            codes(InquiryReason.values(), InquiryReason::label),
            codes(Breach.values(), Breach::label));

    @GetMapping("/api/codes")
    CodeBook codes() {
        return BOOK;
    }

    private static <E extends Enum<E>> List<CodeLabel> codes(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(value -> CodeLabel.of(value, label.apply(value))).toList();
    }

    /** For each key (a scheme, an organ), the values that belong to it. */
    private static <K extends Enum<K>, E extends Enum<E>> Map<String, List<CodeLabel>> by(
            K[] keys, BiPredicate<K, E> belongs, E[] values, Function<E, String> label) {
        return Arrays.stream(keys).collect(toMap(Enum::name, key -> Arrays.stream(values)
                .filter(value -> belongs.test(key, value)).map(value -> CodeLabel.of(value, label.apply(value))).toList()));
    }

    /** The names of the codes, one list per kind of code. */
    record CodeBook(List<CodeLabel> organ, List<CodeLabel> caseClass, List<CodeLabel> caseStage,
                    List<CodeLabel> proceduralStage, List<CodeLabel> caseDimension, List<CodeLabel> predictedForm,
                    List<CodeLabel> riskLevel, Map<String, List<CodeLabel>> riskLevelsByScheme,
                    Map<String, List<CodeLabel>> rulingKindsByOrgan, List<CodeLabel> opinionMethod,
                    List<CodeLabel> assessmentDimension, List<CodeLabel> inquiryReason, List<CodeLabel> breach) {
    }
}
