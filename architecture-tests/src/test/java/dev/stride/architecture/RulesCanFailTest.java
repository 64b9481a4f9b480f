package dev.stride.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.stride.archfixtures.adapters.persistence.BadCalledByGeneratedCode;
import dev.stride.archfixtures.adapters.persistence.BadCallsUseCase;
import dev.stride.archfixtures.adapters.persistence.jooq.tables.BadCallsAdapter;
import dev.stride.archfixtures.adapters.redis.BadCallsService;
import dev.stride.archfixtures.adapters.redis.BadImplementsPortOutsideTheDomain;
import dev.stride.archfixtures.adapters.web.BadBuildsItsOwnProblem;
import dev.stride.archfixtures.adapters.web.BadCallsRepository;
import dev.stride.archfixtures.adapters.web.BadCallsServiceDirectly;
import dev.stride.archfixtures.adapters.web.BadOpensTransaction;
import dev.stride.archfixtures.adapters.web.BadReadsBootstrapSettings;
import dev.stride.archfixtures.adapters.web.BadReadsRedisCache;
import dev.stride.archfixtures.application.workout.BadAnnotatedService;
import dev.stride.archfixtures.application.workout.BadCycleWithDomain;
import dev.stride.archfixtures.application.workout.BadInjectedService;
import dev.stride.archfixtures.application.workout.BadQualifiedParameter;
import dev.stride.archfixtures.application.workout.BadServiceLogsWithSlf4j;
import dev.stride.archfixtures.application.workout.BadUsesEveryForbiddenLibrary;
import dev.stride.archfixtures.application.workout.BadUsesJooqRepository;
import dev.stride.archfixtures.bootstrap.BadHoldsAController;
import dev.stride.archfixtures.bootstrap.BadHoldsAFilter;
import dev.stride.archfixtures.bootstrap.BadImplementsAPort;
import dev.stride.archfixtures.domain.port.BadCycleWithApplication;
import dev.stride.archfixtures.domain.shared.BadCycleWithWorkout;
import dev.stride.archfixtures.domain.workout.BadCycleWithShared;
import dev.stride.archfixtures.domain.workout.BadKnowsTheController;
import dev.stride.archfixtures.domain.workout.BadLogsWithSlf4j;
import dev.stride.archfixtures.domain.workout.BadUsesSpring;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves that every rule can fail: each one passes on the well-behaved miniature Stride in
 * {@code dev.stride.archfixtures} and fails as soon as one deliberately bad class joins it, with
 * that class named in the report.
 */
class RulesCanFailTest {

    private static final String FIXTURES = "dev.stride.archfixtures";
    private static final StrideRules RULES = StrideRules.under(FIXTURES);
    private static final String VIOLATOR_PREFIX = "Bad";
    /** Imported once; every case picks its classes from it, which keeps the proofs fast. */
    private static final JavaClasses ALL_FIXTURES = new ClassFileImporter().importPackages(FIXTURES);
    private static final JavaClasses WELL_BEHAVED = fixturesWith(List.of());
    private static final JavaClasses NOTHING = new ClassFileImporter().importClasses(List.of());

    record Violation(Function<StrideRules, ArchRule> rule, List<Class<?>> fixtures, List<String> expectedInReport) {

        Violation reporting(String... more) {
            return new Violation(rule, fixtures, Stream.concat(expectedInReport.stream(), Stream.of(more)).toList());
        }

        @Override
        public String toString() {
            return fixtures.stream().map(Class::getSimpleName).collect(joining(" + ")) + " breaks: "
                    + rule.apply(RULES).getDescription();
        }
    }

    private static Violation violation(Function<StrideRules, ArchRule> rule, Class<?>... fixtures) {
        return new Violation(rule, List.of(fixtures), Stream.of(fixtures).map(Class::getName).toList());
    }

    static Stream<Violation> violations() {
        return Stream.of(
                violation(StrideRules::coreUsesNoFramework, BadUsesSpring.class),
                violation(StrideRules::coreUsesNoFramework, BadUsesEveryForbiddenLibrary.class).reporting(
                        "org.springframework.context.ApplicationContext", "org.jooq.DSLContext",
                        "io.lettuce.core.RedisClient", "io.github.bucket4j.Bucket",
                        "com.fasterxml.jackson.annotation.JsonProperty", "tools.jackson.databind.ObjectMapper"),
                violation(StrideRules::domainDependsOnlyOnTheJdk, BadLogsWithSlf4j.class).reporting("org.slf4j.Logger"),
                violation(StrideRules::applicationDependsOnlyOnTheJdkAndTheDomain, BadServiceLogsWithSlf4j.class)
                        .reporting("org.slf4j.Logger"),
                violation(StrideRules::coreDoesNotUseAdapters, BadUsesJooqRepository.class),
                violation(StrideRules::coreDoesNotUseAdapters, BadKnowsTheController.class),
                violation(StrideRules::adaptersDoNotDependOnEachOther, BadReadsRedisCache.class),
                violation(StrideRules::nothingDependsOnBootstrap, BadReadsBootstrapSettings.class),
                violation(StrideRules::drivingAdaptersDoNotUseOutboundPorts, BadCallsRepository.class),
                violation(StrideRules::drivingAdaptersDoNotUseOutboundPorts, BadOpensTransaction.class),
                violation(StrideRules::drivingAdaptersReachTheApplicationOnlyThroughInboundPorts,
                        BadCallsServiceDirectly.class),
                violation(StrideRules::drivenAdaptersDoNotCallUseCases, BadCallsUseCase.class),
                violation(StrideRules::drivenAdaptersDoNotCallUseCases, BadCallsService.class),
                violation(StrideRules::outboundPortsLiveInTheDomain, BadImplementsPortOutsideTheDomain.class)
                        .reporting("WorkoutReminders"),
                violation(StrideRules::noPackageCycles, BadCycleWithShared.class, BadCycleWithWorkout.class),
                violation(StrideRules::noPackageCycles, BadCycleWithDomain.class, BadCycleWithApplication.class),
                violation(StrideRules::noPackageCycles, BadCalledByGeneratedCode.class, BadCallsAdapter.class),
                violation(StrideRules::applicationCarriesNoFrameworkAnnotations, BadAnnotatedService.class)
                        .reporting("org.springframework.stereotype.Service"),
                violation(StrideRules::applicationCarriesNoFrameworkAnnotations, BadInjectedService.class)
                        .reporting("org.springframework.beans.factory.annotation.Autowired"),
                violation(StrideRules::applicationCarriesNoFrameworkAnnotations, BadQualifiedParameter.class)
                        .reporting("org.springframework.beans.factory.annotation.Qualifier"),
                violation(StrideRules::bootstrapOnlyWires, BadHoldsAController.class),
                violation(StrideRules::bootstrapOnlyWires, BadHoldsAFilter.class),
                violation(StrideRules::bootstrapOnlyWires, BadImplementsAPort.class),
                violation(StrideRules::problemsAreBuiltOnlyByTheWebProblemPackage, BadBuildsItsOwnProblem.class)
                        .reporting("org.springframework.http.ProblemDetail"));
    }

    static Stream<Named<ArchRule>> rules() {
        return RULES.all().stream().map(rule -> Named.of(rule.getDescription(), rule));
    }

    static Stream<Named<DescribedPredicate<JavaClass>>> namedPackages() {
        return RULES.namedPackages().stream().map(classes -> Named.of(classes.getDescription(), classes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRulePassesOnTheWellBehavedFixtures(ArchRule rule) {
        rule.check(WELL_BEHAVED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void aRuleFailsAsSoonAsItsViolatingFixtureJoins(Violation violation) {
        ArchRule rule = violation.rule().apply(RULES);
        assertThat(rule.evaluate(WELL_BEHAVED).hasViolation()).as("passes without the violating fixture").isFalse();

        EvaluationResult result = rule.evaluate(fixturesWith(violation.fixtures()));

        assertThat(result.hasViolation()).as("fails with the violating fixture").isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(violation.expectedInReport());
    }

    @Test
    void everyRuleHasAViolatingFixture() {
        assertThat(violations().map(violation -> violation.rule().apply(RULES).getDescription()).distinct())
                .containsExactlyInAnyOrderElementsOf(RULES.all().stream().map(ArchRule::getDescription).toList());
    }

    @Test
    void everyViolatingFixtureIsUsedByACase() {
        Stream<String> violators = ALL_FIXTURES.stream()
                .filter(RulesCanFailTest::isViolator)
                .map(RulesCanFailTest::topLevelName)
                .distinct();

        assertThat(violators).containsExactlyInAnyOrderElementsOf(
                violations().flatMap(violation -> violation.fixtures().stream()).map(Class::getName).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleFailsWhenThereIsNothingToCheck(ArchRule rule) {
        assertThatThrownBy(() -> rule.check(NOTHING))
                .as("ArchUnit's default archRule.failOnEmptyShould=true must stay on")
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedPackages")
    void theWellBehavedFixturesHoldEveryPackageTheRulesName(DescribedPredicate<JavaClass> classes) {
        assertThat(WELL_BEHAVED.that(classes)).as("classes that %s", classes.getDescription()).isNotEmpty();
    }

    /** The well-behaved fixtures plus the given violating ones (with any classes nested in them). */
    private static JavaClasses fixturesWith(List<Class<?>> violators) {
        List<String> wanted = violators.stream().map(Class::getName).toList();
        return ALL_FIXTURES.that(DescribedPredicate.describe("well-behaved or one of " + wanted,
                javaClass -> !isViolator(javaClass) || wanted.contains(topLevelName(javaClass))));
    }

    private static boolean isViolator(JavaClass javaClass) {
        String topLevel = topLevelName(javaClass);
        return topLevel.substring(topLevel.lastIndexOf('.') + 1).startsWith(VIOLATOR_PREFIX);
    }

    private static String topLevelName(JavaClass javaClass) {
        return javaClass.getName().split("\\$")[0];
    }
}
