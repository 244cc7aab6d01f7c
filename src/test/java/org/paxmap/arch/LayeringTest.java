package org.paxmap.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layering of ARCHITECTURE.md true: JavaFX only in the app, a pure model, dependencies pointing down. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.paxmap");
    }

    /** The window, the command line and the samples loader, which sit above everything, and {@code more}. */
    private static String[] above(String... more) {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("org.paxmap.app..", "org.paxmap.cli..", "org.paxmap.samples.."),
                        java.util.stream.Stream.of(more))
                .toArray(String[]::new);
    }

    @Test
    void onlyTheAppPackageUsesJavaFx() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.paxmap.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "com.sun.javafx..")
                .because("JavaFX belongs to the application layer only")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingButTheJdkAndJts() {
        noClasses()
                .that()
                .resideInAPackage("org.paxmap.model..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.paxmap.model..", "java..", "org.locationtech.jts..")
                .because("the model is plain immutable values")
                .check(classes);
    }

    @Test
    void theByteHelpersDependOnTheJdkAlone() {
        noClasses()
                .that()
                .resideInAPackage("org.paxmap.bytes..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.paxmap.bytes..", "java..")
                .because("digests and base64url are shared by every layer above them")
                .check(classes);
    }

    @Test
    void theOutsideTextFunctionDependsOnTheJdkAlone() {
        noClasses()
                .that()
                .resideInAPackage("org.paxmap.text..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.paxmap.text..", "java..")
                .because("every layer shows text from files through the one function")
                .check(classes);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.paxmap.bytes..",
                        "org.paxmap.text..",
                        "org.paxmap.model..",
                        "org.paxmap.geo..",
                        "org.paxmap.geojson..",
                        "org.paxmap.store..",
                        "org.paxmap.tiles..",
                        "org.paxmap.render..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        above("org.paxmap.edit..", "org.paxmap.review..", "org.paxmap.bundle..", "org.paxmap.brief.."))
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.paxmap.bundle..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.paxmap.app..",
                        "org.paxmap.cli..",
                        "org.paxmap.edit..",
                        "org.paxmap.review..",
                        "org.paxmap.brief..")
                .because("bundles are exchanged the same way from the window and from a script")
                .check(classes);
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.paxmap.bundle.format..",
                        "org.paxmap.bundle.trust..",
                        "org.paxmap.bundle.sync..",
                        "org.paxmap.bundle.seal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.paxmap.bundle.exchange..")
                .because("the exchange ties the file, trust and merge together, not the other way round")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.paxmap.bundle.seal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.paxmap.bundle.trust..", "org.paxmap.bundle.sync..", "org.paxmap.store..")
                .because("sealing encrypts bytes to keys; it knows no trust list, merge or picture")
                .check(classes);
        noClasses()
                .that()
                .resideInAnyPackage("org.paxmap.geo..", "org.paxmap.geojson..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.paxmap.store..", "java.sql..")
                .check(classes);
    }

    @Test
    void briefingsSitAboveTheStoreReviewAndTrustAndBelowTheWindowAndCommandLine() {
        noClasses()
                .that()
                .resideInAPackage("org.paxmap.brief..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(above(
                        "org.paxmap.interop..",
                        "org.paxmap.edit..",
                        "org.paxmap.bundle.exchange..",
                        "org.paxmap.bundle.format..",
                        "org.paxmap.bundle.sync.."))
                .because("a briefing is the picture seen through the release rules, shown by the window and the"
                        + " command line alike")
                .check(classes);
        noClasses()
                .that()
                .resideInAnyPackage("org.paxmap.review..", "org.paxmap.edit..", "org.paxmap.interop..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.paxmap.brief..")
                .check(classes);
    }

    @Test
    void tileSourcesStandApartFromThePictureStore() {
        noClasses()
                .that()
                .resideInAPackage("org.paxmap.tiles..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.paxmap.store..", "org.paxmap.geojson..", "org.paxmap.interop..")
                .because("a tile set is read on its own; the base-map builder and the view sit above both")
                .check(classes);
    }

    @Test
    void theApplicationOpensNoNetworkConnection() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.net.http..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.net.Socket")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.net.URLConnection")
                .because("Paxmap works offline and opens no network connection, ever")
                .check(classes);
    }
}
