package io.github.smpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Evidence;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Any string as a post's text: no exception, no error, every evidence span inside the text. */
class HostileTextProperties {

    @Property(tries = 500)
    void anyStringAsPostTextIsEvaluatedAndEverySpanIsInsideIt(@ForAll @StringLength(max = 400) String text) {
        Decision d = Posts.STANDARD.evaluate(Posts.personalPost().text(text).build());

        assertTrue(d.errors().isEmpty(), d::explain);
        d.findings().forEach(f -> f.evidence().forEach(e -> {
            if (e instanceof Evidence.TextEvidence t) {
                assertTrue(t.text().end() <= text.length());
                assertEquals(t.text().match(), text.substring(t.text().start(), t.text().end()));
            }
        }));
    }
}
