package dev.stepwise.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Layering across the modules (STYLE.md, convention 18): app -> designer, auth-lab, themes -> engine. */
@AnalyzeClasses(packages = "dev.stepwise",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    /** The engine's test jar (its load driver, for ServeCrashTest) is test code, like the test-classes folders. */
    public static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule onlyTheCommandLineWritesToTheTerminal = noClasses()
            .that().resideOutsideOfPackage("dev.stepwise.app.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the window and the engine report through their own views and APIs, never the terminal");

    @ArchTest
    static final ArchRule uiModulesDoNotDependOnTheApp = noClasses()
            .that().resideInAnyPackage("dev.stepwise.designer..", "dev.stepwise.authlab..", "dev.stepwise.themes..")
            .should().dependOnClassesThat().resideInAPackage("dev.stepwise.app..")
            .because("dependencies point one way: the app composes the modules");

    @ArchTest
    static final ArchRule themesHoldNoLogic = noClasses()
            .that().resideInAPackage("dev.stepwise.themes..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.stepwise.engine..", "dev.stepwise.designer..",
                    "dev.stepwise.authlab..")
            .because("themes are values and stylesheets");

    @ArchTest
    static final ArchRule designerAndAuthLabStayApart = noClasses()
            .that().resideInAPackage("dev.stepwise.designer..")
            .should().dependOnClassesThat().resideInAPackage("dev.stepwise.authlab..")
            .because("the two areas meet only in the app shell");

    @ArchTest
    static final ArchRule uiNeverReachesTheStoreInternals = noClasses()
            .that().resideOutsideOfPackage("dev.stepwise.engine..")
            .should().dependOnClassesThat().resideInAPackage("dev.stepwise.engine.store.h2..")
            .because("storage is the engine's own; the UI uses the engine's public API");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
            .because("view models are tested without a stage; views bind to them (STYLE.md, convention 11)");
}
