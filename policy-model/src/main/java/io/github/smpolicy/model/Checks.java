package io.github.smpolicy.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Validation shared by the records' compact constructors; messages name the field at fault. */
final class Checks {

    private Checks() {}

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static String nonBlank(String value, String field) {
        required(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return value;
    }

    /** Upper-case vocabulary word such as {@code BADGE} or {@code UNION_ACTIVITY}. */
    static String word(String value, String field) {
        required(value, field);
        if (!isWord(value)) {
            throw new IllegalArgumentException(
                    field + " must be an upper-case word like BADGE or UNION_ACTIVITY, was '" + value + "'");
        }
        return value;
    }

    /** {@code [A-Z][A-Z0-9_]*} without a regex: every finding, remedy and label checks one. */
    private static boolean isWord(String value) {
        if (value.isEmpty() || value.charAt(0) < 'A' || value.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    static double confidence(double value, String field) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(field + " must be within [0, 1], was " + value);
        }
        return value;
    }

    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(field + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(values);
    }

    static void unique(List<String> ids, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                throw new IllegalArgumentException(field + "[" + i + "].id '" + ids.get(i) + "' is not unique");
            }
        }
    }

    static String optionalText(String value) {
        return Objects.requireNonNullElse(value, "");
    }
}
