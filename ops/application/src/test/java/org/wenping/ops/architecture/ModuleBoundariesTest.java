package org.wenping.ops.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency direction of architecture.md: ops → command-side, query-side → shared-kernel, nothing back. */
class ModuleBoundariesTest {
    private static final JavaClasses WENPING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wenping");

    @Test
    void theCommandSideNeverSeesTheQuerySideOrOps() {
        noClasses().that().resideInAPackage("org.wenping.command..")
                .should().dependOnClassesThat().resideInAnyPackage("org.wenping.query..", "org.wenping.ops..")
                .check(WENPING);
    }

    @Test
    void theQuerySideNeverSeesTheCommandSideOrOps() {
        noClasses().that().resideInAPackage("org.wenping.query..")
                .should().dependOnClassesThat().resideInAnyPackage("org.wenping.command..", "org.wenping.ops..")
                .check(WENPING);
    }

    @Test
    void theSharedKernelSeesNeitherSpringNorMongoDbNorTheOtherModules() {
        noClasses().that().resideInAPackage("org.wenping.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "org.wenping.command..", "org.wenping.query..", "org.wenping.ops..")
                .check(WENPING);
    }
}
