package io.fastjpa.bench.jdbc;

/**
 * Just enough JSON for the benchmark: writes escaped strings, and reads a top-level string or number member from a
 * flat object such as {@code {"name":"x","secret_identity":"y","age":3}}.
 */
final class MiniJson {

    private MiniJson() {}

    static StringBuilder appendString(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    static String string(String json, String member) {
        int start = valueStart(json, member);
        if (start < 0 || json.charAt(start) != '"') {
            return null;
        }
        StringBuilder value = new StringBuilder();
        for (int i = start + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\' && i + 1 < json.length()) {
                char escaped = json.charAt(++i);
                switch (escaped) {
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'u' -> {
                        value.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> value.append(escaped);
                }
            } else {
                value.append(c);
            }
        }
        return null;
    }

    static Long number(String json, String member) {
        int start = valueStart(json, member);
        if (start < 0) {
            return null;
        }
        int end = start;
        while (end < json.length() && (json.charAt(end) == '-' || Character.isDigit(json.charAt(end)))) {
            end++;
        }
        return end == start ? null : Long.valueOf(json.substring(start, end));
    }

    // The index of the member's value, or -1: good enough for the flat bodies the benchmark sends.
    private static int valueStart(String json, String member) {
        int key = json.indexOf("\"" + member + "\"");
        if (key < 0) {
            return -1;
        }
        int colon = json.indexOf(':', key + member.length() + 2);
        if (colon < 0) {
            return -1;
        }
        int start = colon + 1;
        while (start < json.length() && Character.isWhitespace(json.charAt(start))) {
            start++;
        }
        return start < json.length() ? start : -1;
    }
}
