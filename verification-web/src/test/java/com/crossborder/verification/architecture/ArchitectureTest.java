package com.crossborder.verification.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure of all three modules as one: contexts that never import each other in a circle, use cases that see
 * only ports, adapters (REST resources, batch artifacts) that call use cases, and every package named once.
 */
class ArchitectureTest {

    private static final String BASE = "com.crossborder.verification";
    private static final List<String> CONTEXTS = List.of(
            "shared",
            "identity",
            "audit",
            "notification",
            "job",
            "account",
            "card",
            "application",
            "review",
            "outlet",
            "retention",
            "webhook",
            "support");

    private static JavaClasses all;

    /** A port the domain defines and infrastructure implements with JPA: what adapters must not reach for. */
    private static final DescribedPredicate<JavaClass> REPOSITORIES = DescribedPredicate.describe(
            "repositories",
            type -> type.isInterface()
                    && type.getPackageName().endsWith(".model")
                    && type.getAllSubclasses().stream().anyMatch(ArchitectureTest::usesEntityManager));

    @BeforeAll
    static void importProductionCode() {
        all = new ClassFileImporter()
                .withImportOption(ArchitectureTest::productionCode)
                .importPackages(BASE);
    }

    /** Main classes of the three modules, from their folders or jars; no test classes or test jars. */
    private static boolean productionCode(Location location) {
        return !location.contains("/test-classes/") && !location.contains("-tests.jar");
    }

    @Test
    void everyModuleAndContextIsImported() {
        Set<String> found = new HashSet<>();
        all.forEach(type -> found.add(type.getPackageName()));
        for (String context : CONTEXTS) {
            assertTrue(
                    found.stream().anyMatch(p -> p.startsWith(BASE + "." + context + ".")), "no classes in " + context);
        }
        assertTrue(found.stream().anyMatch(p -> p.startsWith(BASE + ".web.")), "no web classes");
        assertTrue(found.stream().anyMatch(p -> p.startsWith(BASE + ".batch.")), "no batch classes");
    }

    @Test
    void contextsAndAdaptersDoNotDependOnEachOtherInACircle() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(all);
    }

    @Test
    void useCasesSeeOnlyPortsNeverPersistenceOrInfrastructure() {
        noClasses()
                .that()
                .resideInAPackage("..usecase..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..infrastructure..")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .check(all);
    }

    @Test
    void modelsDependOnNoUseCaseOrInfrastructure() {
        noClasses()
                .that()
                .resideInAPackage("..model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..usecase..", "..infrastructure..")
                .check(all);
    }

    @Test
    void restResourcesAndFiltersCallUseCasesNeverRepositoriesOrInfrastructure() {
        noClasses()
                .that()
                .areAnnotatedWith(Path.class)
                .or()
                .areAnnotatedWith(Provider.class)
                .should()
                .dependOnClassesThat(REPOSITORIES)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("..infrastructure..")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .check(all);
    }

    @Test
    void theWebModuleReachesRepositoriesNowhere() {
        noClasses()
                .that()
                .resideInAPackage(BASE + ".web..")
                .should()
                .dependOnClassesThat(REPOSITORIES)
                .check(all);
    }

    @Test
    void batchArtifactsCallUseCasesOnly() {
        classes()
                .that()
                .resideInAPackage(BASE + ".batch..")
                .and()
                .areAnnotatedWith(Named.class)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "jakarta.batch..",
                        "jakarta.inject..",
                        "jakarta.enterprise..",
                        BASE + ".batch..",
                        BASE + "..usecase..",
                        BASE + ".shared.model..")
                .check(all);
    }

    @Test
    void noPackageIsNamedTwice() {
        classes()
                .should(new ArchCondition<>("live in a package whose path names each part once") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        List<String> parts = Arrays.asList(
                                type.getPackageName().substring(BASE.length()).split("\\."));
                        boolean repeated = new HashSet<>(parts).size() < parts.size();
                        events.add(
                                new SimpleConditionEvent(type, !repeated, type.getPackageName() + " repeats a part"));
                    }
                })
                .check(all);
    }

    private static boolean usesEntityManager(JavaClass type) {
        return type.getPackageName().contains(".infrastructure")
                && type.getAllFields().stream()
                        .anyMatch(field -> field.getRawType().isEquivalentTo(EntityManager.class));
    }
}
