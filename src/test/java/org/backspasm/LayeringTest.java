package org.backspasm;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layers, checked on the compiled classes (so a fully-qualified name or a static call counts too): core is
 * plain Java that is handed its clock; store knows nothing of the screens; nothing in ui touches the store (it is
 * handed core's ports); the command line uses no ui; the packages do not lean on each other in a circle.
 */
class LayeringTest {
    private static final String CORE = "org.backspasm.core..";
    private static final String STORE = "org.backspasm.store..";
    private static final String UI = "org.backspasm.ui..";
    private static final String CLI = "org.backspasm.cli..";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.backspasm");

    @Test
    void coreUsesNoJavaFxAwtStoreOrUi() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", STORE, UI)
                .check(MAIN);
    }

    @Test
    void storeUsesNoUi() {
        noClasses().that().resideInAPackage(STORE)
                .should().dependOnClassesThat().resideInAnyPackage(UI, "javafx..")
                .check(MAIN);
    }

    /** Screens, models, the shell and its notices alike: ui reaches data through core's ports only. */
    @Test
    void nothingInUiTouchesTheStore() {
        noClasses().that().resideInAPackage(UI)
                .should().dependOnClassesThat().resideInAPackage(STORE)
                .check(MAIN);
    }

    /** The command line runs without a window: it reads through store and core, and the feature list in app. */
    @Test
    void cliUsesNoUi() {
        noClasses().that().resideInAPackage(CLI)
                .should().dependOnClassesThat().resideInAPackage(UI)
                .check(MAIN);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.backspasm.core.(*)..").should().beFreeOfCycles().check(MAIN);
        slices().matching("org.backspasm.ui.(*)..").should().beFreeOfCycles().check(MAIN);
        slices().matching("org.backspasm.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void coreAndStoreAreHandedTheirClock() {
        noClasses().that().resideInAnyPackage(CORE, STORE)
                .should().callMethodWhere(readsTheSystemClock())
                .check(MAIN);
    }

    /** now() without a Clock on the java.time types, System.currentTimeMillis, and Clock.system*. */
    private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
        List<Class<?>> times = List.of(Instant.class, LocalDate.class, LocalDateTime.class, LocalTime.class,
                ZonedDateTime.class, OffsetDateTime.class);
        return describe("reads the system clock", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            boolean timeNow = name.equals("now") && times.stream().anyMatch(t -> t.getName().equals(owner))
                    && !call.getTarget().getRawParameterTypes().stream().anyMatch(p -> p.isEquivalentTo(Clock.class));
            boolean millis = owner.equals(System.class.getName()) && name.equals("currentTimeMillis");
            boolean systemClock = owner.equals(Clock.class.getName()) && name.startsWith("system");
            return timeNow || millis || systemClock;
        });
    }
}
