package dev.stride.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rules of DESIGN.md, built for a base package so that the very same rules run
 * against the production code ({@code dev.stride}) and against the fixtures that prove each one
 * can fail. Rules name packages by convention only, so classes added later are covered as they land.
 */
public final class StrideRules {

    /** What the core must never see. Jackson 2 and Jackson 3 live under different roots. */
    private static final String[] FRAMEWORKS = {
            "org.springframework..", "org.jooq..", "io.lettuce..", "io.github.bucket4j..",
            "com.fasterxml..", "tools.jackson.."};

    private static final String JDK = "java..";

    /**
     * What makes a class a controller or a servlet filter, by name. ArchUnit does not read classes outside the
     * import (archunit.properties), so it cannot see that {@code @RestController} carries {@code @Controller}
     * or that {@code OncePerRequestFilter} is a {@code Filter}: the usual annotations and base classes are named.
     */
    private static final String CONTROLLER = "org.springframework.stereotype.Controller";
    private static final String REST_CONTROLLER = "org.springframework.web.bind.annotation.RestController";
    private static final String[] SERVLET_FILTERS = {
            "jakarta.servlet.Filter", "jakarta.servlet.GenericFilter", "jakarta.servlet.http.HttpFilter",
            "org.springframework.web.filter.GenericFilterBean", "org.springframework.web.filter.OncePerRequestFilter"};

    /** Spring's RFC 9457 problem, which only the web adapter's problem package may build. */
    private static final String PROBLEM_DETAIL = "org.springframework.http.ProblemDetail";

    /** The driven adapters implement ports; these are the ones on the other side, calling use cases. */
    private static final List<String> DRIVING_ADAPTERS = List.of("web");

    /** The adapters DESIGN.md promises; each must exist or the rules about adapters prove nothing. */
    private static final List<String> ADAPTERS = List.of("persistence", "redis", "web", "crypto", "metrics");

    private final String base;
    private final String domain;
    private final String domainPorts;
    private final String application;
    private final String inboundPorts;
    private final String adapters;
    private final String bootstrap;
    private final String generatedJooq;
    private final String webProblems;
    private final DescribedPredicate<JavaClass> drivingAdapters;
    private final DescribedPredicate<JavaClass> drivenAdapters;

    private StrideRules(String base) {
        this.base = base;
        domain = base + ".domain..";
        domainPorts = base + ".domain.port..";
        application = base + ".application..";
        inboundPorts = base + ".application.port.in..";
        adapters = base + ".adapters..";
        bootstrap = base + ".bootstrap..";
        generatedJooq = base + ".adapters.persistence.jooq";
        webProblems = base + ".adapters.web.problem..";
        drivingAdapters = resideInAnyPackage(adapterPackages(DRIVING_ADAPTERS)).as("are driving adapters");
        drivenAdapters = resideInAPackage(adapters).and(not(drivingAdapters))
                .as("are driven adapters (every adapter but %s)", DRIVING_ADAPTERS);
    }

    /** The rules for the modules under {@code basePackage} (production: {@code dev.stride}). */
    public static StrideRules under(String basePackage) {
        return new StrideRules(basePackage);
    }

    public List<ArchRule> all() {
        return List.of(
                coreUsesNoFramework(),
                domainDependsOnlyOnTheJdk(),
                applicationDependsOnlyOnTheJdkAndTheDomain(),
                coreDoesNotUseAdapters(),
                adaptersDoNotDependOnEachOther(),
                nothingDependsOnBootstrap(),
                drivingAdaptersDoNotUseOutboundPorts(),
                drivingAdaptersReachTheApplicationOnlyThroughInboundPorts(),
                drivenAdaptersDoNotCallUseCases(),
                outboundPortsLiveInTheDomain(),
                noPackageCycles(),
                applicationCarriesNoFrameworkAnnotations(),
                bootstrapOnlyWires(),
                problemsAreBuiltOnlyByTheWebProblemPackage());
    }

    /**
     * Every package the rules name, as a predicate that must match at least one class: a rule about
     * a package that was renamed or never filled would otherwise pass forever.
     */
    public List<DescribedPredicate<JavaClass>> namedPackages() {
        Stream<String> packages = Stream.concat(
                Stream.of(domain, domainPorts, application, inboundPorts, bootstrap, generatedJooq + "..", webProblems),
                ADAPTERS.stream().map(this::adapterPackage));
        return Stream.concat(
                        packages.map(pkg -> resideInAPackage(pkg).as("are in " + pkg)),
                        Stream.of(useCaseImplementations(), drivingAdapters, drivenAdapters))
                .toList();
    }

    public ArchRule coreUsesNoFramework() {
        return noClasses().that().resideInAnyPackage(domain, application)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the core is plain Java; frameworks belong to the adapters and bootstrap");
    }

    public ArchRule domainDependsOnlyOnTheJdk() {
        return classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, domain)
                .because("the domain may depend on the JDK only (DESIGN.md)");
    }

    public ArchRule applicationDependsOnlyOnTheJdkAndTheDomain() {
        return classes().that().resideInAPackage(application)
                .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, domain, application)
                .because("the application may depend on the domain and the JDK only (DESIGN.md)");
    }

    public ArchRule coreDoesNotUseAdapters() {
        return noClasses().that().resideInAnyPackage(domain, application)
                .should().dependOnClassesThat().resideInAPackage(adapters)
                .because("dependencies point inwards: adapters plug into the core, never the reverse");
    }

    public ArchRule adaptersDoNotDependOnEachOther() {
        return slices().matching(base + ".adapters.(*)..").namingSlices("adapter '$1'")
                .should().notDependOnEachOther()
                .because("each adapter plugs into the core on its own; only bootstrap combines them");
    }

    public ArchRule nothingDependsOnBootstrap() {
        return noClasses().that().resideInAPackage(base + "..").and().resideOutsideOfPackage(bootstrap)
                .should().dependOnClassesThat().resideInAPackage(bootstrap)
                .because("bootstrap is the outermost ring: it knows every module and no module knows it");
    }

    public ArchRule drivingAdaptersDoNotUseOutboundPorts() {
        return noClasses().that(drivingAdapters)
                .should().dependOnClassesThat().resideInAPackage(domainPorts)
                .because("the driving side reaches repositories, caches and transactions through use cases only");
    }

    public ArchRule drivingAdaptersReachTheApplicationOnlyThroughInboundPorts() {
        return noClasses().that(drivingAdapters)
                .should().dependOnClassesThat(resideInAPackage(application).and(resideOutsideOfPackage(inboundPorts)))
                .because("the driving side talks to use cases through their interfaces in " + inboundPorts);
    }

    public ArchRule drivenAdaptersDoNotCallUseCases() {
        return noClasses().that(drivenAdapters)
                .should().dependOnClassesThat(assignableTo(resideInAPackage(inboundPorts))
                        .as("are use cases or their commands (in or implementing %s)", inboundPorts))
                .because("driven adapters implement ports and are called by use cases, never the reverse");
    }

    /**
     * Every outbound port is in {@code domain.port}, with the value types of its signature in the domain:
     * so the classes outside the core (adapters, bootstrap) implement no other interface of the core.
     */
    public ArchRule outboundPortsLiveInTheDomain() {
        return classes().that().resideInAPackage(base + "..").and().resideOutsideOfPackages(domain, application)
                .should(implementNoInterfaceOfTheCoreOutside(domainPorts))
                .because("every outbound port has one home, " + domainPorts + " (DESIGN.md)");
    }

    /** Names the interface in the report, so that it is clear which one must move. */
    private ArchCondition<JavaClass> implementNoInterfaceOfTheCoreOutside(String ports) {
        DescribedPredicate<JavaClass> misplaced = resideInAnyPackage(domain, application).and(resideOutsideOfPackage(ports));
        return new ArchCondition<>("implement no interface of the core outside " + ports) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                javaClass.getAllRawInterfaces().stream().filter(misplaced).forEach(port -> events.add(
                        SimpleConditionEvent.violated(javaClass, javaClass.getName() + " implements " + port.getName()
                                + ", an interface of the core outside " + ports + " (a port must live there)")));
            }
        };
    }

    public ArchRule noPackageCycles() {
        return slices().assignedFrom(everyPackageWithGeneratedJooqAsOne())
                .should().beFreeOfCycles()
                .because("a cycle between packages, inside a module or across modules, makes them one unit in disguise");
    }

    public ArchRule applicationCarriesNoFrameworkAnnotations() {
        return classes().that().resideInAPackage(application)
                .should(carryNoAnnotationsOutsideTheJdk())
                .because("use cases are plain classes wired by explicit @Bean methods in bootstrap and built with new in tests");
    }

    public ArchRule bootstrapOnlyWires() {
        return noClasses().that().resideInAPackage(bootstrap)
                .should().beAnnotatedWith(CONTROLLER)
                .orShould().beAnnotatedWith(REST_CONTROLLER)
                .orShould().beAssignableTo(anyOf(SERVLET_FILTERS))
                .orShould().beAssignableTo(resideInAnyPackage(domainPorts).as("an outbound port (in %s)", domainPorts))
                .because("bootstrap only wires: controllers, filters and port implementations live in the adapter"
                        + " module of their technology, where its rules and tests apply");
    }

    private static DescribedPredicate<HasName> anyOf(String[] typeNames) {
        List<String> names = List.of(typeNames);
        return DescribedPredicate.describe(String.join(" or ", names), named -> names.contains(named.getName()));
    }

    public ArchRule problemsAreBuiltOnlyByTheWebProblemPackage() {
        return noClasses().that().resideInAPackage(base + "..").and().resideOutsideOfPackage(webProblems)
                .should().dependOnClassesThat().haveFullyQualifiedName(PROBLEM_DETAIL)
                .because("every problem, from a controller, a filter or the security chain, is written by one writer "
                        + "from one list of types (" + webProblems + "), so that all look alike and all are documented");
    }

    private DescribedPredicate<JavaClass> useCaseImplementations() {
        String ports = base + ".application.port..";
        return resideInAPackage(application).and(resideOutsideOfPackage(ports))
                .as("are use case implementations (%s outside %s)", application, ports);
    }

    private String adapterPackage(String adapter) {
        return base + ".adapters." + adapter + "..";
    }

    private String[] adapterPackages(List<String> names) {
        return names.stream().map(this::adapterPackage).toArray(String[]::new);
    }

    /**
     * One slice per package under the base package, so that a cycle inside a module counts as much
     * as one across modules. The jOOQ code generated into {@code adapters.persistence.jooq} is
     * excluded from this as a whole, as one single slice: jOOQ generates keys, tables and records
     * that reference each other by construction (Keys -> tables -> records -> Keys) and we do not
     * write that code. A cycle between it and hand-written code still counts.
     */
    private SliceAssignment everyPackageWithGeneratedJooqAsOne() {
        DescribedPredicate<JavaClass> underBase = resideInAPackage(base + "..");
        DescribedPredicate<JavaClass> generated = resideInAPackage(generatedJooq + "..");
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                if (generated.test(javaClass)) {
                    return SliceIdentifier.of(generatedJooq);
                }
                return underBase.test(javaClass) ? SliceIdentifier.of(javaClass.getPackageName()) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "every package under " + base + " (the generated " + generatedJooq + ".. as one)";
            }
        };
    }

    /** Annotations on the class, its fields, constructors, methods and their parameters; the JDK's are fine. */
    private static ArchCondition<JavaClass> carryNoAnnotationsOutsideTheJdk() {
        return new ArchCondition<>("carry no annotations but the JDK's") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                foreignAnnotationsOn(javaClass).forEach(annotated -> events.add(SimpleConditionEvent.violated(
                        javaClass, annotated + " in " + javaClass.getSourceCodeLocation())));
            }
        };
    }

    private static Stream<String> foreignAnnotationsOn(JavaClass javaClass) {
        Stream<String> onMembers = javaClass.getMembers().stream().flatMap(member -> Stream.concat(
                foreign(member.getFullName(), member.getAnnotations()),
                member instanceof JavaCodeUnit codeUnit ? foreignOnParameters(codeUnit) : Stream.empty()));
        return Stream.concat(foreign(javaClass.getName(), javaClass.getAnnotations()), onMembers);
    }

    private static Stream<String> foreignOnParameters(JavaCodeUnit codeUnit) {
        return codeUnit.getParameters().stream().flatMap(parameter -> foreign(
                "parameter " + parameter.getIndex() + " of " + codeUnit.getFullName(), parameter.getAnnotations()));
    }

    private static Stream<String> foreign(String element, Collection<? extends JavaAnnotation<?>> annotations) {
        return annotations.stream()
                .map(JavaAnnotation::getRawType)
                .filter(not(resideInAPackage(JDK)))
                .map(type -> element + " is annotated with @" + type.getName());
    }
}
