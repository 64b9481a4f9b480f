# syntax=docker/dockerfile:1
# Stride's image, built from this repository (docker-compose.yml uses it):
# the Maven wrapper builds bootstrap/target/stride.jar on a JDK, a JRE runs it (25: virtual threads
# no longer pin their carrier in synchronized code, JEP 491).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
# The cache mount keeps ~/.m2 between builds; tests run in CI, not in the image build.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests -pl bootstrap -am package

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --no-create-home stride
COPY --from=build /src/bootstrap/target/stride.jar /app/stride.jar
USER stride
EXPOSE 8080
# ZGC: sub-millisecond pauses; with G1 the young-generation pauses set the p99 of cached reads (bench/README.md).
ENTRYPOINT ["java", "-XX:+UseZGC", "-XX:MaxRAMPercentage=75", "-jar", "/app/stride.jar"]
