package org.paxmap.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Keeps the layering of ARCHITECTURE.md true: JavaFX only in the app, a pure model, dependencies pointing down. */
@Tag("slow")
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

    private static final String[] ABOVE_GEO = {
        "App", "Cli", "Samples", "Export", "Brief", "Basemap", "Interop", "Bundle", "Review", "Edit", "Render", "Store",
        "Tiles", "GeoJson"
    };
    private static final String[] ABOVE_MODEL = java.util.stream.Stream.concat(
                    java.util.Arrays.stream(ABOVE_GEO), java.util.stream.Stream.of("Geo"))
            .toArray(String[]::new);

    /** Every package in one stack, top to bottom; each names the layers that may use it (ARCHITECTURE.md). */
    static final LayeredArchitecture LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("App")
            .definedBy("org.paxmap.app..")
            .layer("Cli")
            .definedBy("org.paxmap.cli..")
            .layer("Samples")
            .definedBy("org.paxmap.samples..")
            .layer("Export")
            .definedBy("org.paxmap.export..")
            .layer("Brief")
            .definedBy("org.paxmap.brief..")
            .layer("Basemap")
            .definedBy("org.paxmap.basemap..")
            .layer("Interop")
            .definedBy("org.paxmap.interop..")
            .layer("Bundle")
            .definedBy("org.paxmap.bundle..")
            .layer("Review")
            .definedBy("org.paxmap.review..")
            .layer("Edit")
            .definedBy("org.paxmap.edit..")
            .layer("Render")
            .definedBy("org.paxmap.render..")
            .layer("Store")
            .definedBy("org.paxmap.store..")
            .layer("Tiles")
            .definedBy("org.paxmap.tiles..")
            .layer("GeoJson")
            .definedBy("org.paxmap.geojson..")
            .layer("Geo")
            .definedBy("org.paxmap.geo..")
            .layer("Model")
            .definedBy("org.paxmap.model..")
            .layer("Bytes")
            .definedBy("org.paxmap.bytes..")
            .layer("Text")
            .definedBy("org.paxmap.text..")
            .whereLayer("App")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Samples")
            .mayOnlyBeAccessedByLayers("App", "Cli")
            .whereLayer("Export")
            .mayOnlyBeAccessedByLayers("App", "Cli")
            .whereLayer("Brief")
            .mayOnlyBeAccessedByLayers("App", "Cli", "Export")
            .whereLayer("Basemap")
            .mayOnlyBeAccessedByLayers("App", "Cli")
            .whereLayer("Interop")
            .mayOnlyBeAccessedByLayers("App", "Cli")
            .whereLayer("Bundle")
            .mayOnlyBeAccessedByLayers("App", "Cli", "Export", "Brief", "Interop")
            .whereLayer("Review")
            .mayOnlyBeAccessedByLayers("App", "Cli", "Brief")
            .whereLayer("Edit")
            .mayOnlyBeAccessedByLayers("App", "Cli", "Review", "Interop")
            .whereLayer("Render")
            .mayOnlyBeAccessedByLayers("App", "Cli", "Brief")
            .whereLayer("Store")
            .mayOnlyBeAccessedByLayers(
                    "App", "Cli", "Samples", "Export", "Brief", "Interop", "Bundle", "Review", "Edit", "Render")
            .whereLayer("Tiles")
            .mayOnlyBeAccessedByLayers("App", "Cli", "Brief", "Basemap", "Render")
            .whereLayer("GeoJson")
            .mayOnlyBeAccessedByLayers(
                    "App", "Cli", "Samples", "Export", "Brief", "Interop", "Bundle", "Review", "Edit", "Render",
                    "Store")
            .whereLayer("Geo")
            .mayOnlyBeAccessedByLayers(ABOVE_GEO)
            .whereLayer("Model")
            .mayOnlyBeAccessedByLayers(ABOVE_MODEL);

    @Test
    void everyPackageKeepsToItsLayer() {
        LAYERS.check(classes);
    }

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching("org.paxmap.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.paxmap.bundle.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.paxmap.brief.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.paxmap.render.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Every JDK networking API: sockets of every kind, URL fetches, HTTP, TLS, RMI and JNDI. */
    static final ArchRule NO_NETWORK = noClasses()
            .should()
            .dependOnClassesThat(networkClass())
            .orShould()
            .callMethodWhere(urlFetch())
            .orShould()
            .callConstructor(java.net.URL.class, String.class)
            .because("Paxmap works offline and opens no network connection, ever");

    private static DescribedPredicate<JavaClass> networkClass() {
        Set<String> names = Set.of(
                "java.net.Socket",
                "java.net.ServerSocket",
                "java.net.DatagramSocket",
                "java.net.MulticastSocket",
                "java.net.URLConnection",
                "java.net.HttpURLConnection",
                "java.net.JarURLConnection",
                "java.net.InetSocketAddress",
                "java.nio.channels.SocketChannel",
                "java.nio.channels.ServerSocketChannel",
                "java.nio.channels.DatagramChannel",
                "java.nio.channels.AsynchronousSocketChannel",
                "java.nio.channels.AsynchronousServerSocketChannel");
        return DescribedPredicate.describe(
                "a networking API",
                c -> names.contains(c.getName())
                        || c.getPackageName().startsWith("java.net.http")
                        || c.getPackageName().startsWith("javax.net")
                        || c.getPackageName().startsWith("java.rmi")
                        || c.getPackageName().startsWith("javax.naming"));
    }

    /** A call that fetches from a URL: {@code openConnection}, {@code openStream}, {@code getContent}, {@code toURL}. */
    private static DescribedPredicate<JavaMethodCall> urlFetch() {
        Set<String> fetches = Set.of("openConnection", "openStream", "getContent");
        return DescribedPredicate.describe("a URL fetch", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return owner.equals("java.net.URL") && fetches.contains(name)
                    || owner.equals("java.net.URI") && name.equals("toURL");
        });
    }

    @Test
    void theApplicationOpensNoNetworkConnection() {
        NO_NETWORK.check(classes);
    }

    @Test
    void theNetworkRuleCatchesEveryKindOfConnection() {
        JavaClasses offenders = new ClassFileImporter().importClasses(NetworkOffenders.class.getDeclaredClasses());
        for (JavaClass offender : offenders) {
            JavaClasses one = new ClassFileImporter().importClasses(offender.reflect());
            assertThatThrownBy(() -> NO_NETWORK.check(one))
                    .as(offender.getSimpleName())
                    .isInstanceOf(AssertionError.class);
        }
        assertThat(offenders).hasSize(NetworkOffenders.class.getDeclaredClasses().length);
        assertThat(offenders.size()).isGreaterThanOrEqualTo(6);
    }
}
