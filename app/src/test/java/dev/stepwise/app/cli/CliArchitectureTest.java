package dev.stepwise.app.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The command line stays headless: it must start fast and run where there is no display. */
@AnalyzeClasses(packages = "dev.stepwise.app.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

    @ArchTest
    static final ArchRule cliHasNoJavaFx = noClasses()
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("loading JavaFX would slow every command down and fail on machines without a display");

    @ArchTest
    static final ArchRule cliUsesOnlyTheEngine = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.stepwise.designer..", "dev.stepwise.authlab..", "dev.stepwise.themes..")
            .orShould().dependOnClassesThat().resideInAPackage("dev.stepwise.app")
            .because("the command line is headless and uses the engine only");
}
