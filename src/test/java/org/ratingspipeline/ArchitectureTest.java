package org.ratingspipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.common.WorkbookTheme;

/**
 * The package map the build enforces (README, "How it works"): packages depend on each other one way only, and
 * the intake and the domain do not depend on how the workbook is written or published.
 */
class ArchitectureTest {

    /**
     * The application's own classes, without the tests and without the bean definitions Spring's ahead-of-time
     * processing generates into the same packages (they wire beans across packages by design).
     */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("__") && !location.contains("$$"))
            .importPackages("org.ratingspipeline");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.ratingspipeline.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theDomainDoesNotDependOnTheWorkbookWriterOrThePublisher() {
        noClasses().that().resideInAnyPackage("..inspection..", "..finance..", "..authority..", "..source..",
                        "..statistics..", "..benchmarking..", "..visits..", "..common..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("..report.workbook..", "..report.publish..", "..report.web..", "..report.check..")
                .check(MAIN);
    }

    /**
     * The checker holds the workbook to the spreadsheet standard by reading the file, so it neither shares the
     * writer's code nor reads the theme the writer was given: a theme that breaks a rule is caught, not excused.
     */
    @Test
    void theWorkbookCheckerDependsNeitherOnTheWriterNorOnItsTheme() {
        noClasses().that().resideInAPackage("..report.check..")
                .should().dependOnClassesThat().resideInAnyPackage("..report.workbook..", "..report.publish..")
                .orShould().dependOnClassesThat().belongToAnyOf(WorkbookTheme.class, RatingsProperties.class)
                .check(MAIN);
    }

    @Test
    void readersProcessorsAndWritersDoNotDependOnTheReport() {
        noClasses().that().implement("org.springframework.batch.infrastructure.item.ItemReader")
                .or().implement("org.springframework.batch.infrastructure.item.ItemProcessor")
                .or().implement("org.springframework.batch.infrastructure.item.ItemWriter")
                .should().dependOnClassesThat().resideInAPackage("org.ratingspipeline.report..")
                .check(MAIN);
    }

    @Test
    void theSharedSettingsAndFormatsDependOnNoOtherPackageOfTheProject() {
        noClasses().that().resideInAPackage("org.ratingspipeline.common..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.ratingspipeline.common..", "java..",
                        "javax..", "org.springframework..", "org.slf4j..")
                .check(MAIN);
    }
}
