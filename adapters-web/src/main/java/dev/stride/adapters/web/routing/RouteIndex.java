package dev.stride.adapters.web.routing;

import org.springframework.http.server.PathContainer;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routes a request path can match at all, found by the literal segments their path patterns
 * start with: {@code /api/v1/stats/{period}} can only match a path whose first three segments are
 * {@code api}, {@code v1} and {@code stats}. A pattern's literal segment matches only an equal decoded
 * segment, so a route left out could not have matched; the routes found are then asked as before.
 * Indexing stops at a pattern's first segment with a variable or a wildcard ({@code {}, *, ?}) or an
 * empty one, so a route is found for at least every path it matches.
 */
final class RouteIndex<R> {

    private final Node<R> root = new Node<>();

    /** Every route with the patterns of its paths; a route without patterns is a candidate for every path. */
    RouteIndex(Map<R, List<String>> patternsByRoute) {
        patternsByRoute.forEach((route, patterns) -> {
            if (patterns.isEmpty()) {
                root.own.add(route);
            }
            for (String pattern : patterns) {
                nodeOf(pattern).own.add(route);
            }
        });
        root.collect(Set.of());
    }

    /** The routes {@code path} may match, each route once. */
    List<R> candidates(PathContainer path) {
        Node<R> node = root;
        for (PathContainer.Element element : path.elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                Node<R> child = node.children.get(segment.valueToMatch());
                if (child == null) {
                    break;
                }
                node = child;
            }
        }
        return node.candidates;
    }

    private Node<R> nodeOf(String pattern) {
        Node<R> node = root;
        String[] segments = pattern.split("/");
        for (int i = pattern.startsWith("/") ? 1 : 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty() || segment.indexOf('{') >= 0 || segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0) {
                break;
            }
            node = node.children.computeIfAbsent(segment, literal -> new Node<>());
        }
        return node;
    }

    private static final class Node<R> {
        final Map<String, Node<R>> children = new HashMap<>();
        /** The routes whose patterns' literal segments end here. */
        final Set<R> own = new LinkedHashSet<>();
        /** These and the ones of every node above: all a path ending its walk here may match. */
        List<R> candidates;

        void collect(Set<R> above) {
            Set<R> all = new LinkedHashSet<>(above);
            all.addAll(own);
            candidates = List.copyOf(all);
            children.values().forEach(child -> child.collect(all));
        }
    }
}
