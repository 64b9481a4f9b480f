package dev.stride.bootstrap;

import dev.stride.bootstrap.ApiClient.Session;
import dev.stride.testsupport.HttpClientForTests.Response;
import dev.stride.testsupport.PostgresDatabase;
import dev.stride.testsupport.TestPostgres;
import dev.stride.testsupport.TestRedis;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.WithSettings;
import org.instancio.settings.Keys;
import org.instancio.settings.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static dev.stride.bootstrap.ApiClient.activity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever junk reaches whichever endpoint (every operation of the OpenAPI document, with
 * generated path ids, query parameters, bodies and tokens), the answer is never a 5xx, a refusal is a
 * problem document, and a refused request leaves PostgreSQL exactly as it was.
 * <p>
 * Each invocation sends one request drawn by {@link Junk} from the random source that Instancio's JUnit
 * extension seeds afresh for it. A failure names its seed (in the assertion and in Instancio's report
 * entry); {@code -Dstride.fuzz.seed=<seed>} replays that request alone. {@code -Dstride.fuzz.requests}
 * sets how many requests one run sends ({@value #DEFAULT_REQUESTS} by default, which keeps the build fast).
 * <p>
 * Why Instancio and not jqwik: Stride's tests run on JUnit Platform 6, while jqwik's releases (1.10.1,
 * the last, included) are built on JUnit Platform 1.x, its release notes saying that a Platform 6 version
 * may come later, if ever; and since 1.10 its author asks that it not be used with AI coding agents,
 * with which Stride is developed. Instancio 6 is built on JUnit 6 and reports and replays seeds; it does
 * not shrink a failing input, so a failure shows the whole request that failed.
 */
@ExtendWith(InstancioExtension.class)
class HostileInputEndToEndTest {

    private static final int DEFAULT_REQUESTS = 300;
    private static final Long REPLAYED_SEED = Long.getLong("stride.fuzz.seed");
    private static final String ADMIN_EMAIL = "admin-" + UUID.randomUUID() + "@example.org";
    private static final String ADMIN_PASSWORD = "admin password of the fuzz test";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");
    private static final PostgresDatabase DATABASE = TestPostgres.newDatabase();

    private static RunningStride stride;
    private static ApiClient api;
    private static List<ApiOperation> operations;
    private static Session admin;
    private static Session user;
    private static long activityId;

    /** A seed given on the command line replays one request; without it every invocation draws a seed of its own. */
    @WithSettings
    private final Settings settings = REPLAYED_SEED == null ? Settings.create() : Settings.create().set(Keys.SEED, REPLAYED_SEED);

    @BeforeAll
    static void start() {
        // about junk, not about a slow Redis: a busy build machine must not turn a rate-limit check into a 503
        stride = RunningStride.start(DATABASE, TestRedis.shared(), Map.of(
                "stride.admin.email", ADMIN_EMAIL, "stride.admin.password", ADMIN_PASSWORD,
                "stride.rate-limit.policies.authenticated.limit", "1000000",
                RateLimitEndToEndTest.PATIENT_TIMEOUT, "5s", RateLimitEndToEndTest.PATIENT_CONNECT_TIMEOUT, "5s"));
        api = stride.api();
        admin = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD, 0);
        operations = ApiOperation.all(api.get("/v3/api-docs", null).json());
        newVictim();
    }

    @AfterAll
    static void stop() {
        stride.close();
    }

    static IntStream requestNumbers() {
        return IntStream.rangeClosed(1, Integer.getInteger("stride.fuzz.requests", REPLAYED_SEED == null ? DEFAULT_REQUESTS : 1));
    }

    @ParameterizedTest(name = "request {0}")
    @MethodSource("requestNumbers")
    void junkNeverGetsA5xxAndARefusalChangesNothing(int requestNumber, @Given(Junk.Source.class) Junk junk) {
        assertThat(operations).as("operations read from /v3/api-docs").hasSizeGreaterThan(10);
        check(request(junk));
    }

    private record Request(long seed, String method, String path, String token, String contentType, String body) {

        @Override
        public String toString() {
            return "seed " + seed + ": " + method + " " + abbreviated(path)
                    + (body == null ? "" : " (" + contentType + ") " + abbreviated(body));
        }
    }

    private static Request request(Junk junk) {
        ApiOperation operation = junk.oneOf(operations);
        Matcher parameters = PATH_PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            parameters.appendReplacement(path, Matcher.quoteReplacement(
                    junk.pathId(List.of(activityId, user.userId(), admin.userId()))));
        }
        parameters.appendTail(path);
        StringBuilder query = new StringBuilder();
        for (String name : operation.queryParameters()) {
            if (junk.chance(0.6)) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(Junk.encode(junk.queryValue()));
            }
        }
        if (junk.chance(0.1)) {
            query.append(query.isEmpty() ? "?" : "&").append(Junk.encode(junk.text(10))).append('=')
                    .append(Junk.encode(junk.queryValue()));
        }
        String token = junk.chance(0.1) ? junk.oneOf(List.of("", "garbage", "a.b.c", user.accessToken() + "x"))
                : operation.path().startsWith("/api/v1/admin") ? admin.accessToken() : user.accessToken();
        boolean body = operation.hasBody() ? junk.chance(0.95) : junk.chance(0.05);
        return new Request(junk.seed(), operation.method(), path.toString() + query, token,
                operation.hasBody() ? junk.oneOf(operation.bodyTypes()) : "application/json",
                body ? junk.body(operation.bodyProperties()) : null);
    }

    private static void check(Request request) {
        Map<String, String> before = StoredState.of(DATABASE);

        Response response = api.send(request.method(), request.path(), request.token(), request.body(),
                Map.of("Content-Type", request.contentType()));

        assertThat(response.status()).as("%s answered %s", request, response).isLessThan(500);
        if (response.status() >= 400) {
            assertThat(response.contentType()).as("%s answered %s", request, response).startsWith("application/problem+json");
            assertThat(StoredState.of(DATABASE)).as("what %s stored although refused with %d", request, response.status())
                    .isEqualTo(before);
        } else if (!"GET".equals(request.method()) && api.get("/api/v1/users/me", user.accessToken()).status() != 200) {
            newVictim(); // the junk was valid enough to close the account, change its password or end its sessions
        }
    }

    private static void newVictim() {
        user = api.newUser();
        activityId = api.post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-11-20", 45))
                .json().get("id").asLong();
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "… (" + text.length() + " characters)";
    }
}
