package io.github.smpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The canonical JSON writes an instant by hand, digit by digit: the same characters as {@link Instant#toString}. */
class CanonicalJsonInstantProperties {
    private static String written(Instant t) {
        StringBuilder out = new StringBuilder();
        CanonicalJson.instant(out, t);
        return out.toString();
    }

    @Property(tries = 5000)
    void anInstantIsWrittenAsToStringWritesIt(@ForAll("instants") Instant t) {
        assertEquals("\"" + t + "\"", written(t));
    }

    @Example
    void theEdgesOfTheFourDigitYears() {
        for (String s : new String[] {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z",
                "2026-06-12T18:30:00Z", "2024-02-29T12:00:00Z", "1969-12-31T23:59:59Z", "+10000-01-01T00:00:00Z",
                "-0001-12-31T23:59:59Z", "2026-06-12T18:30:00.120Z"}) {
            Instant t = Instant.parse(s);
            assertEquals("\"" + t + "\"", written(t));
        }
        assertEquals("null", written(null));
    }

    /** Whole seconds over the four-digit years and beyond them, and some with a fraction. */
    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.oneOf(Arbitraries.longs().between(-62_167_219_300L, 253_402_300_900L),
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                Arbitraries.longs().between(-100_000L, 100_000L));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }
}
