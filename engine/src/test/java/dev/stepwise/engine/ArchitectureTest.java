package dev.stepwise.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine's layering rules (STYLE.md, convention 18). */
@AnalyzeClasses(packages = "dev.stepwise.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineHasNoJavaFx = noClasses()
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the engine runs headless: on the command line, in the endpoint and in CI");

    @ArchTest
    static final ArchRule modelKnowsNothingOfExecution = noClasses()
            .that().resideInAPackage("dev.stepwise.engine.asl.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.stepwise.engine.interp..", "dev.stepwise.engine.store..", "dev.stepwise.engine.http..",
                    "dev.stepwise.engine.asl.parse..", "dev.stepwise.engine.asl.validate..")
            .because("the model is plain data that every other layer builds on");

    @ArchTest
    static final ArchRule jsonLayerStandsAlone = noClasses()
            .that().resideInAPackage("dev.stepwise.engine.json..")
            .should().dependOnClassesThat().resideInAPackage("dev.stepwise.engine.asl..")
            .because("reading and printing JSON knows nothing of state machines");

    @ArchTest
    static final ArchRule engineNeverWritesToStandardStreams = noClasses()
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("only the command line (app.cli) talks to the terminal");

    @ArchTest
    static final ArchRule onlyTheH2StoreUsesJdbc = noClasses()
            .that().resideOutsideOfPackage("dev.stepwise.engine.store.h2..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("storage stays behind the store ports");

    @ArchTest
    static final ArchRule endpointTranslatesOnly = noClasses()
            .that().resideInAPackage("dev.stepwise.engine.http..")
            .should().dependOnClassesThat().resideInAPackage("dev.stepwise.engine.store.h2..")
            .because("the endpoint translates the wire to engine calls; it is given a store, never a database");
}
