package dev.stride.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of {@link StrideRules} over the production classes of every module. */
class ArchitectureTest {

    private static final String BASE = "dev.stride";
    private static final StrideRules RULES = StrideRules.under(BASE);
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    static Stream<Named<ArchRule>> rules() {
        return RULES.all().stream().map(rule -> Named.of(rule.getDescription(), rule));
    }

    static Stream<Named<DescribedPredicate<JavaClass>>> namedPackages() {
        return RULES.namedPackages().stream().map(classes -> Named.of(classes.getDescription(), classes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void productionCodeFollowsTheRule(ArchRule rule) {
        rule.check(PRODUCTION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedPackages")
    void everyPackageTheRulesNameHoldsProductionClasses(DescribedPredicate<JavaClass> classes) {
        assertThat(PRODUCTION.that(classes))
                .as("classes that %s: none found, so the rules naming them would pass without checking anything", classes.getDescription())
                .isNotEmpty();
    }

    @Test
    void theProductionImportLeavesTestClassesOut() {
        assertThat(PRODUCTION.that(resideInAPackage(BASE + ".archfixtures..")))
                .as("the deliberately bad fixtures must never count as production code")
                .isEmpty();
    }
}
