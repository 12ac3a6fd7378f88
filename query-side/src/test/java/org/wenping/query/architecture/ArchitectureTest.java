package org.wenping.query.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The read models' own rules: they know no web, and the read side never sees the write side. */
class ArchitectureTest {
    private static final JavaClasses QUERY_SIDE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wenping.query");
    private static final String[] WEB_PACKAGES = {"..web..", "org.springframework.http..",
            "org.springframework.security..", "jakarta.servlet.."};

    /** The web edge: the GET controllers and what they share in {@code query.web}. */
    private static final DescribedPredicate<JavaClass> WEB_EDGE = resideInAPackage("..web..")
            .or(annotatedWith(RestController.class))
            .as("the web edge");

    private static final DescribedPredicate<JavaClass> PROJECTIONS = DescribedPredicate.describe("projections",
            type -> type.getMethods().stream().anyMatch(method ->
                    method.isAnnotatedWith(EventHandler.class) || method.isAnnotatedWith(ResetHandler.class)));

    @Test
    void nothingButTheWebEdgeUsesTheWebFrameworks() {
        noClasses().that(are(DescribedPredicate.not(WEB_EDGE)))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..", "org.springframework.security..", "jakarta.servlet..")
                .check(QUERY_SIDE);
    }

    @Test
    void theProjectionsImportNothingFromWebPackages() {
        noClasses().that(are(PROJECTIONS))
                .should().dependOnClassesThat().resideInAnyPackage(WEB_PACKAGES)
                .check(QUERY_SIDE);
    }

    @Test
    void theQuerySideNeverSeesTheCommandSideOrOps() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.wenping.command..", "org.wenping.ops..")
                .check(QUERY_SIDE);
    }
}
