package dev.stride.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads, exactly as they are stored (with {@code _bucket},
 * {@code _count}, {@code _total} ...). No full parser: string literals, label matchers, ranges and
 * Grafana variables are cut out first; what is left is identifiers, numbers and operators, and an
 * identifier is a metric name unless it is a keyword, a function or aggregation (followed by
 * {@code (}, {@code by} or {@code without}) or a label in a {@code by (...)}-style list.
 */
final class PromQlMetricNames {

    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern MATCHERS_AND_RANGES = Pattern.compile("\\{[^}]*}|\\[[^]]*]");
    private static final Pattern GRAFANA_VARIABLES = Pattern.compile("\\$\\{[^}]*}|\\$\\w+|\\[\\[\\w+]]");
    private static final Pattern TOKENS = Pattern.compile("(?<number>\\.?\\d[\\w.]*)|(?<identifier>[a-zA-Z_:][\\w:]*)|(?<symbol>\\S)");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "inf", "nan");
    /** Keywords followed by a parenthesised list of label names. */
    private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right");

    private PromQlMetricNames() {
    }

    static Set<String> in(String expression) {
        List<String> tokens = tokens(strip(expression));
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            // a function or aggregation: "rate(", "sum(", "sum by (le) (", "topk without (x) ("
            boolean call = next.equals("(") || next.equals("by") || next.equals("without");
            if (LABEL_LISTS.contains(token)) {
                i = next.equals("(") ? closingParenthesis(tokens, i + 1) : i;
            } else if (isIdentifier(token) && !call && !KEYWORDS.contains(token.toLowerCase(Locale.ROOT))) {
                names.add(token);
            }
        }
        return names;
    }

    private static String strip(String expression) {
        String withoutStrings = STRINGS.matcher(expression).replaceAll(" ");
        String withoutSelectors = MATCHERS_AND_RANGES.matcher(withoutStrings).replaceAll(" ");
        return GRAFANA_VARIABLES.matcher(withoutSelectors).replaceAll(" ");
    }

    /** Identifiers and symbols; numbers and durations (5m, 0.95, 1e3) are dropped. */
    private static List<String> tokens(String expression) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKENS.matcher(expression);
        while (matcher.find()) {
            if (matcher.group("number") == null) {
                tokens.add(matcher.group());
            }
        }
        return tokens;
    }

    private static int closingParenthesis(List<String> tokens, int opening) {
        int depth = 0;
        for (int i = opening; i < tokens.size(); i++) {
            depth += tokens.get(i).equals("(") ? 1 : tokens.get(i).equals(")") ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses in " + tokens);
    }

    private static boolean isIdentifier(String token) {
        char first = token.charAt(0);
        return Character.isLetter(first) || first == '_' || first == ':';
    }
}
