package dev.stepwise.engine.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code application/x-www-form-urlencoded} text — a query string or an HTML form's body — as decoded parameters. */
final class UrlEncoded {

    private UrlEncoded() {
    }

    /** Every parameter with all its values, in the order given; null or empty text has none. */
    static Map<String, List<String>> parse(String text) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return parameters;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            parameters.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
