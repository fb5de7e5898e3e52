package com.crossborder.verification.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The domain module stays free of adapters: no web, batch, servlet or MicroProfile code in it. */
class ModuleBoundariesTest {

    private static JavaClasses domain;

    @BeforeAll
    static void importDomain() {
        domain = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.crossborder.verification");
    }

    @Test
    void theDomainModuleUsesNoJaxRsBatchServletOrMicroProfile() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.ws.rs..",
                        "jakarta.batch..",
                        "jakarta.servlet..",
                        "org.eclipse.microprofile..",
                        "jakarta.ejb..")
                .check(domain);
    }

    @Test
    void modelPackagesUseOnlyTheJdkPersistenceAndValidationAnnotationsTheIdGeneratorAndEachOther() {
        ArchRuleDefinition.classes()
                .that()
                .resideInAPackage("..model..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "jakarta.persistence..",
                        "jakarta.validation..",
                        "com.fasterxml.uuid..",
                        "com.crossborder.verification..")
                .check(domain);
    }

    @Test
    void modelPackagesDoNotReachIntoUseCasesOrInfrastructure() {
        noClasses()
                .that()
                .resideInAPackage("..model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..usecase..", "..infrastructure..")
                .check(domain);
    }

    @Test
    void theModelPackagesThisGuardsExist() {
        ArchRuleDefinition.classes()
                .that()
                .resideInAPackage("..account.model..")
                .should()
                .bePublic()
                .orShould()
                .bePackagePrivate()
                .check(domain);
        if (domain.stream().noneMatch(c -> c.getPackageName().endsWith(".model"))) {
            throw new AssertionError("no model packages found: the rules above would check nothing");
        }
    }
}
