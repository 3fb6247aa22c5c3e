package io.github.smpolicy.rules.quality;

import java.util.List;
import java.util.Objects;

/**
 * One labelled post of the register corpus ({@code src/test/resources/corpus/register/}), as its
 * writers labelled it: what the member did, their words, the posting they shared, answered or liked,
 * the clauses a careful reviewer would flag, the verdict band, and the form of the wording.
 *
 * @param band    {@code ALLOW} (must not be flagged), {@code REVIEW} (a person must see it; DENY is too
 *                strong) or {@code DENY} (explicit wording)
 * @param form    {@code explicit}, {@code implicit}, {@code obfuscated}, or {@code none} for a negative
 * @param kind    what the post is, in the writer's words (e.g. {@code wish-suspect-shot}, {@code union-pay})
 */
public record CorpusRecord(String id, String split, String action, String text, String shared,
        List<String> clauses, String band, String form, String kind) {
    public static final List<String> SPLITS = List.of("train", "dev", "test");
    public static final List<String> BANDS = List.of("ALLOW", "REVIEW", "DENY");
    public static final List<String> FORMS = List.of("explicit", "implicit", "obfuscated", "none");

    public CorpusRecord {
        Objects.requireNonNull(id, "id");
        check(SPLITS.contains(split), id, "split", split);
        check(List.of("PUBLISH", "COMMENT", "SHARE", "ENDORSE").contains(action), id, "action", action);
        Objects.requireNonNull(text, id + ": text");
        clauses = List.copyOf(clauses);
        check(BANDS.contains(band), id, "band", band);
        check(FORMS.contains(form), id, "form", form);
        check(clauses.isEmpty() == band.equals("ALLOW"), id, "band", band + " with clauses " + clauses);
        check(clauses.isEmpty() == form.equals("none"), id, "form", form + " with clauses " + clauses);
    }

    private static void check(boolean ok, String id, String field, String value) {
        if (!ok) {
            throw new IllegalArgumentException(id + ": " + field + " is " + value);
        }
    }

    /** Whether the post must be allowed (a negative). */
    public boolean mustAllow() {
        return clauses.isEmpty();
    }
}
