package org.wenping.command.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.command.domain.CommandRefusedException;
import org.wenping.command.domain.RecordCommand;
import org.wenping.command.lists.AssessmentLists;
import org.wenping.command.lists.ListRulePolicy;
import org.wenping.command.lists.ListStanding;
import org.wenping.command.personal.PersonalDataSealer;
import org.wenping.command.registry.AgencyRegistry;
import org.wenping.command.registry.ExpertPool;
import org.wenping.command.registry.PooledExpert;
import org.wenping.command.registry.RegisteredAgency;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The write model's own rules: its domain knows no web, it never sees the read side, and little is public. */
class ArchitectureTest {
    private static final JavaClasses COMMAND_SIDE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wenping.command");

    /** The web edge: the controllers, the request bodies they bind, and what they share in {@code command.web}. */
    private static final DescribedPredicate<JavaClass> WEB_EDGE = resideInAPackage("..web..")
            .or(annotatedWith(RestController.class))
            .or(simpleNameEndingWith("Request"))
            .as("the web edge");

    @Test
    void theDomainImportsNothingFromWebPackages() {
        noClasses().that(are(DescribedPredicate.not(WEB_EDGE)))
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "org.springframework.http..",
                        "org.springframework.security..", "jakarta.servlet..")
                .check(COMMAND_SIDE);
    }

    @Test
    void theCommandSideNeverSeesTheQuerySideOrOps() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.wenping.query..", "org.wenping.ops..")
                .check(COMMAND_SIDE);
    }

    /**
     * Package-private by default: public are the commands (sent by ops' demo data), the refusals (answered by
     * ops' web edge), what every aggregate or controller shares, the registry lookups the matter consults, and the
     * port to the key store that ops implements.
     */
    @Test
    void onlyCommandsRefusalsAndSharedTypesArePublic() {
        classes().that().arePublic().and().areTopLevelClasses()
                .should().implement(RecordCommand.class)
                .orShould().beAssignableTo(CommandRefusedException.class)
                .orShould().resideInAnyPackage("org.wenping.command.domain", "org.wenping.command.web",
                        "org.wenping.command.grading")
                .orShould().be(AgencyRegistry.class).orShould().be(RegisteredAgency.class)
                .orShould().be(ExpertPool.class).orShould().be(PooledExpert.class)
                .orShould().be(AssessmentLists.class).orShould().be(ListStanding.class)
                .orShould().be(ListRulePolicy.class)
                .orShould().be(PersonalDataSealer.class)
                .check(COMMAND_SIDE);
    }
}
