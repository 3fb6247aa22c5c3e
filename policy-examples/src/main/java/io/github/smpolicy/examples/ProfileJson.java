package io.github.smpolicy.examples;

import static java.util.Objects.requireNonNullElse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.smpolicy.examples.Json.Field;
import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.FailureMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an agency profile ({@code json-contract.md}, "An agency profile") into an {@link AgencyProfile}.
 * Every key is optional and an absent one keeps Portland's default. An invalid profile is an
 * {@link IllegalArgumentException} naming the key at fault.
 *
 * <p>This version reads {@code agency}, {@code thresholds}, {@code failureMode} and
 * {@code disabledClauses}; a profile that adds {@code clauses}, {@code rules} or {@code lexicon} is
 * refused rather than half applied.
 */
public final class ProfileJson {
    private static final List<String> NOT_YET_SUPPORTED = List.of("clauses", "rules", "lexicon");

    private ProfileJson() {}

    /** Reads a profile file; {@link IOException} when it cannot be read. */
    public static AgencyProfile read(Path file) throws IOException {
        return read(Json.parse(Files.readString(file)));
    }

    public static AgencyProfile read(JsonNode json) {
        Field profile = Field.root(json);
        if (!profile.present() || !json.isObject()) {
            throw new IllegalArgumentException("a profile must be a JSON object");
        }
        for (String key : NOT_YET_SUPPORTED) {
            Field extension = profile.get(key);
            if (extension.present() && !(extension.node().isArray() && extension.node().isEmpty())) {
                throw extension.problem("not supported by this version yet");
            }
        }
        AgencyProfile portland = AgencyProfile.portland();
        Field agency = profile.get("agency");
        if (agency.present()) {
            agency.object();
        }
        String id = requireNonNullElse(agency.get("id").text(), portland.id());
        String name = requireNonNullElse(agency.get("name").text(), portland.name());
        List<String> aliases = texts(agency.get("aliases"), portland.aliases());
        List<String> emailDomains = texts(agency.get("emailDomains"), portland.emailDomains());
        Field thresholds = profile.get("thresholds");
        if (thresholds.present()) {
            thresholds.object();
        }
        double review = thresholds.get("review").number(portland.reviewThreshold());
        double deny = thresholds.get("deny").number(portland.denyThreshold());
        FailureMode failureMode = requireNonNullElse(profile.get("failureMode").word(FailureMode.class),
                portland.failureMode());
        List<String> disabled = texts(profile.get("disabledClauses"), portland.disabledClauses());
        return profile.build(() -> new AgencyProfile(id, name, aliases, emailDomains, review, deny, failureMode,
                disabled));
    }

    private static List<String> texts(Field list, List<String> absent) {
        return list.present() ? list.texts() : absent;
    }
}
