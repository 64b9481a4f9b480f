package dev.stride.adapters.web.routing;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class PathFirstHandlerMappingTest {

    @RestController
    static class Things {
        @GetMapping(path = "/things/{id}", produces = "application/json")
        String thing(@PathVariable long id) {
            return "{}";
        }

        @GetMapping(path = "/things/latest", produces = "application/json")
        String latest() {
            return "{}";
        }

        @PostMapping(path = "/things", consumes = "application/json", produces = "application/json")
        String create() {
            return "{}";
        }

        @DeleteMapping("/things/{id}/notes/{note}")
        void deleteNote(@PathVariable long id, @PathVariable long note) {
        }
    }

    /** Twenty more routes with a path unlike {@link Things}'s, and two that start with a variable or end in a wildcard. */
    @RestController
    static class Others {
        @GetMapping(path = {"/a/{x}", "/b/{x}", "/c/{x}", "/d/{x}", "/e/{x}"}, produces = "application/json")
        String reads(@PathVariable String x) {
            return "{}";
        }

        @PostMapping(path = {"/f/{x}", "/g/{x}", "/h/{x}", "/i/{x}", "/j/{x}"}, consumes = "application/json")
        void writes(@PathVariable String x) {
        }

        @GetMapping(path = {"/k/{x}", "/l/{x}", "/m/{x}", "/n/{x}", "/o/{x}"}, headers = "X-Thing")
        String withHeader(@PathVariable String x) {
            return "{}";
        }

        @DeleteMapping({"/p/{x}", "/q/{x}", "/r/{x}", "/s/{x}", "/t/{x}"})
        void deletes(@PathVariable String x) {
        }

        @GetMapping({"/{tenant}/things", "/files/**"})
        String anywhere(@PathVariable(required = false) String tenant) {
            return "{}";
        }
    }

    /** Paths that two routes match, where Spring picks the more specific one, whatever their order. */
    @RestController
    static class Overlapping {
        @GetMapping("/u/{x}")
        String anyU(@PathVariable String x) {
            return "{}";
        }

        @GetMapping("/u/first")
        String firstU() {
            return "{}";
        }

        @GetMapping("/v/first")
        String firstV() {
            return "{}";
        }

        @GetMapping("/v/{x}")
        String anyV(@PathVariable String x) {
            return "{}";
        }

        @GetMapping("/w/{x}/{y}")
        String anyW(@PathVariable String x, @PathVariable String y) {
            return "{}";
        }

        @GetMapping("/w/{x}/last")
        String lastW(@PathVariable String x) {
            return "{}";
        }
    }

    @Test
    void routesEveryRequestAsSpringDoes() {
        Class<?>[] controllers = {Things.class, Others.class, Overlapping.class};
        RequestMappingHandlerMapping spring = mapping(new RequestMappingHandlerMapping(), controllers);
        RequestMappingHandlerMapping pathFirst = mapping(new PathFirstHandlerMapping(), controllers);
        List<Supplier<MockHttpServletRequest>> requests = List.of(
                () -> request("GET", "/things/7", "application/json", null),
                () -> request("GET", "/things/7", "*/*", null),
                () -> request("GET", "/things/latest", "application/json", null), // a literal path and a pattern match
                () -> request("GET", "/u/first", null, null),
                () -> request("GET", "/v/first", null, null),
                () -> request("GET", "/w/7/last", null, null),
                () -> request("GET", "/w/7/8", null, null),
                () -> request("POST", "/things", "application/json", "application/json"),
                () -> request("DELETE", "/things/7/notes/3", null, null),
                () -> request("GET", "/k/1", null, null),
                () -> request("GET", "/th%69ngs/7", "application/json", null),
                () -> request("GET", "/things;v=1/7", "application/json", null),
                () -> request("GET", "/acme/things", null, null),
                () -> request("GET", "/files/a/b", null, null),
                () -> request("GET", "/things/", "application/json", null),
                () -> request("GET", "//things/7", "application/json", null),
                // 405, 406, 415, 404: what a request matching no route is told
                () -> request("PUT", "/things/7", "application/json", "application/json"),
                () -> request("GET", "/things/7", "text/csv", null),
                () -> request("POST", "/things", "application/json", "text/plain"),
                () -> request("GET", "/nothing/here", null, null),
                () -> request("GET", "/things/7/notes/3", null, null));
        for (Supplier<MockHttpServletRequest> request : requests) {
            MockHttpServletRequest first = request.get();
            assertThat(outcome(pathFirst, first))
                    .as(first.getMethod() + " " + first.getRequestURI())
                    .isEqualTo(outcome(spring, request.get()));
        }
    }

    /** A route any two-segment path matches, less specific than {@link Things}'s. */
    @RestController
    static class AnyKind {
        @GetMapping(path = "/{kind}/{id}", produces = "application/json")
        String ofAnyKind(@PathVariable String kind, @PathVariable String id) {
            return "{}";
        }
    }

    @Test
    void withCaseInsensitivePatternsTheRoutesAreStillSpringsOwn() {
        // /THINGS/7 matches /things/{id} too: an index comparing segments as they are would leave only /{kind}/{id}.
        RequestMappingHandlerMapping spring = mapping(caseInsensitive(new RequestMappingHandlerMapping()),
                Things.class, AnyKind.class);
        RequestMappingHandlerMapping pathFirst = mapping(caseInsensitive(new PathFirstHandlerMapping()),
                Things.class, AnyKind.class);

        assertThat(outcome(pathFirst, request("GET", "/THINGS/7", "application/json", null)))
                .startsWith("thing ")
                .isEqualTo(outcome(spring, request("GET", "/THINGS/7", "application/json", null)));
    }

    private static RequestMappingHandlerMapping caseInsensitive(RequestMappingHandlerMapping mapping) {
        PathPatternParser parser = new PathPatternParser();
        parser.setCaseSensitive(false);
        mapping.setPatternParser(parser);
        return mapping;
    }

    @Test
    void routesWithAnotherPathAreNotAskedAnythingElse() {
        RequestMappingHandlerMapping few = mapping(new PathFirstHandlerMapping(), Things.class);
        RequestMappingHandlerMapping many = mapping(new PathFirstHandlerMapping(), Things.class, Others.class);

        assertThat(methodLookups(many, "/things/7")).isEqualTo(methodLookups(few, "/things/7")).isPositive();
    }

    @Test
    void routesWhosePathStartsOtherwiseAreNotEvenMatchedAgainstThePath() {
        RequestMappingHandlerMapping few = mapping(new PathFirstHandlerMapping(), Things.class);
        RequestMappingHandlerMapping many = mapping(new PathFirstHandlerMapping(), Things.class, Others.class);

        // Of Others, only the route starting with a variable can match /things/7 as far as its literal segments go.
        assertThat(pathLookups(many, "/things/7")).isEqualTo(pathLookups(few, "/things/7") + 1);
    }

    @Test
    void springAsksEveryRouteForTheMethodFirst() {  // what the first test above guards against
        RequestMappingHandlerMapping few = mapping(new RequestMappingHandlerMapping(), Things.class);
        RequestMappingHandlerMapping many = mapping(new RequestMappingHandlerMapping(), Things.class, Others.class);

        assertThat(methodLookups(many, "/things/7")).isGreaterThan(methodLookups(few, "/things/7") + 10);
    }

    private static int methodLookups(RequestMappingHandlerMapping mapping, String path) {
        AtomicInteger lookups = new AtomicInteger();
        return lookups(mapping, new MockHttpServletRequest("GET", path) {
            @Override
            public String getMethod() {
                lookups.incrementAndGet();
                return super.getMethod();
            }
        }, lookups);
    }

    /** How often a route's path condition asked for the parsed path, which it matches its patterns against. */
    private static int pathLookups(RequestMappingHandlerMapping mapping, String path) {
        AtomicInteger lookups = new AtomicInteger();
        return lookups(mapping, new MockHttpServletRequest("GET", path) {
            @Override
            public Object getAttribute(String name) {
                if (ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) {
                    lookups.incrementAndGet();
                }
                return super.getAttribute(name);
            }
        }, lookups);
    }

    private static int lookups(RequestMappingHandlerMapping mapping, MockHttpServletRequest request, AtomicInteger lookups) {
        request.addHeader("Accept", "application/json");
        assertThat(outcome(mapping, request)).startsWith("thing ");
        return lookups.get();
    }

    /** The handler found, and what the mapping told the rest of Spring MVC about the match. */
    private static String outcome(RequestMappingHandlerMapping mapping, HttpServletRequest request) {
        try {
            ServletRequestPathUtils.parseAndCache(request);
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain == null ? "none" : ((HandlerMethod) chain.getHandler()).getMethod().getName()
                    + " " + request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
                    + " " + request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
                    + " " + request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE)
                    + " " + ((HandlerMethod) request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE))
                    .getMethod().getName();
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    private static MockHttpServletRequest request(String method, String path, String accept, String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        if (contentType != null) {
            request.setContentType(contentType);
        }
        return request;
    }

    private static RequestMappingHandlerMapping mapping(RequestMappingHandlerMapping mapping, Class<?>... controllers) {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.setServletContext(new MockServletContext());
        for (Class<?> controller : controllers) {
            context.registerSingleton(controller.getSimpleName(), controller);
        }
        context.refresh();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return mapping;
    }
}
