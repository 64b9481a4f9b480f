package dev.stride.testsupport;

/** A Redis server for tests and the key prefix this test JVM owns on it. */
public record RedisEndpoint(String host, int port, String keyPrefix) {

    public String uri() {
        return "redis://" + host + ":" + port;
    }
}
