package io.github.smpolicy.model;

/**
 * Where in a text something was matched: {@code text.substring(start, end)} equals {@code match}.
 *
 * @param start offset into the original string, inclusive
 * @param end   offset, exclusive
 * @param match the matched characters of the original string
 * @param in    which text: {@code post}, {@code shared}, or {@code caption:<media id>}
 */
public record TextSpan(int start, int end, String match, String in) {
    /**
     * Checks that the span is a range and that {@code match} is as long as it.
     *
     * @param start offset into the original string, inclusive; not negative
     * @param end   offset, exclusive; not before {@code start}
     * @param match the matched characters; required, {@code end - start} long
     * @param in    which text; required, non-empty
     * @throws IllegalArgumentException if any of these does not hold
     */
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a range");
        }
        Checks.required(match, "match");
        if (match.length() != end - start) {
            throw new IllegalArgumentException("match length " + match.length() + " differs from span " + (end - start));
        }
        Checks.nonBlank(in, "in");
    }
}
