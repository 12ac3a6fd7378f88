package org.wenping.kernel.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.RecordEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The kernel is the published language both sides speak: plain Java, axon-messaging for {@code @Revision} and
 * Jackson, nothing else; no web of any kind. Whether each public type is used outside its package is checked
 * where all its users are visible (ops/application, {@code PackagePrivateByDefaultTest}).
 */
class ArchitectureTest {
    private static final JavaClasses KERNEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wenping.kernel");

    @Test
    void theKernelDependsOnTheJdkAxonSerializationAndJacksonOnly() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.wenping.kernel..",
                        "org.axonframework.serialization..", "com.fasterxml.jackson..")
                .check(KERNEL);
    }

    @Test
    void everyEventIsARecord() {
        classes().that().implement(RecordEvent.class).and().areNotInterfaces()
                .should().beRecords()
                .check(KERNEL);
    }
}
