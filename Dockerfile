# syntax=docker/dockerfile:1
# Stride's image, built from this repository (docker-compose.yml uses it): the Maven wrapper builds the
# server jar (profile "server": no embedded PostgreSQL or Redis inside) on a JDK, Spring Boot's jarmode
# splits it into layers, a JRE runs it (25: virtual threads no longer pin their carrier in synchronized
# code, JEP 491). It needs SPRING_DATASOURCE_URL and SPRING_DATA_REDIS_* (README "Configuration").
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
# The cache mount keeps ~/.m2 between builds; tests run in CI, not in the image build.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests -Pserver -pl bootstrap -am package \
 && java -Djarmode=tools -jar bootstrap/target/stride.jar extract --layers --destination /extracted

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --no-create-home stride
WORKDIR /app
# Least often changed first (bootstrap/src/layers.xml): a new build of Stride re-ships only the last layer.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
USER stride
EXPOSE 8080
# Readiness on the management port when MANAGEMENT_SERVER_PORT is set (docker-compose.yml), else on the API
# port; bash's /dev/tcp, so the image needs no curl.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${MANAGEMENT_SERVER_PORT:-${SERVER_PORT:-8080}} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# ZGC: sub-millisecond pauses; with G1 the young-generation pauses set the p99 of cached reads (bench/README.md).
ENTRYPOINT ["java", "-XX:+UseZGC", "-XX:MaxRAMPercentage=75", "-jar", "stride.jar"]
