package org.wenping.ops.store.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The event store is an engine on Axon, the MongoDB driver and the kernel's integrity primitives: no Spring at
 * all, and neither side of the model nor the application.
 */
class ArchitectureTest {
    private static final JavaClasses EVENT_STORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wenping.ops.store", "org.wenping.ops.embedded", "org.wenping.ops.signing",
                    "org.wenping.ops.transparency", "org.wenping.ops.verify", "org.wenping.ops.evidence");

    @Test
    void theEventStoreImportsNoSpring() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .check(EVENT_STORE);
    }

    @Test
    void theEventStoreDependsOnTheKernelAxonTheDriverJacksonAndTheEmbeddedServerOnly() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("org.wenping.ops.store..",
                        "org.wenping.ops.embedded..", "org.wenping.ops.signing..", "org.wenping.ops.transparency..",
                        "org.wenping.ops.verify..", "org.wenping.ops.evidence..", "org.wenping.kernel..", "java..", "javax..", "org.axonframework..",
                        "com.mongodb..", "org.bson..", "com.fasterxml.jackson..", "de.bwaldvogel..", "org.slf4j..", "org.h2..",
                        "org.bouncycastle..")
                .check(EVENT_STORE);
    }
}
