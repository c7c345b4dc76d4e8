package org.impuls.core.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readable public URL for a page: {@code /betriebe/{slug}} shows {@code /directory/business.xhtml}
 * with the request parameter {@code slug}. Placeholders match one path segment.
 */
public record PageRoute(String pattern, String view) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    public PageRoute {
        if (!pattern.startsWith("/") || !view.startsWith("/")) {
            throw new IllegalArgumentException("pattern and view must start with /: " + pattern + " → " + view);
        }
    }

    /** The parameters this route takes from the path, if the path is one of its URLs. */
    public Optional<Map<String, String>> match(String path) {
        Matcher placeholders = PLACEHOLDER.matcher(pattern);
        StringBuilder regex = new StringBuilder();
        List<String> names = new java.util.ArrayList<>();
        int last = 0;
        while (placeholders.find()) {
            regex.append(Pattern.quote(pattern.substring(last, placeholders.start())))
                    .append("([^/]+)");
            names.add(placeholders.group(1));
            last = placeholders.end();
        }
        regex.append(Pattern.quote(pattern.substring(last)));
        Matcher matcher = Pattern.compile(regex.toString()).matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            parameters.put(names.get(i), matcher.group(i + 1));
        }
        return Optional.of(parameters);
    }
}
