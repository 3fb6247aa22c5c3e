package io.github.smpolicy.examples;

import static java.util.Objects.requireNonNullElse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.smpolicy.examples.Json.Field;
import io.github.smpolicy.model.Clause;
import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.AgencyWording;
import io.github.smpolicy.rules.FailureMode;
import io.github.smpolicy.rules.LexiconEntry;
import io.github.smpolicy.rules.RuleFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an agency profile ({@code json-contract.md}, "An agency profile") into an {@link AgencyProfile}.
 * Every key is optional and an absent one keeps Portland's default. An invalid profile is an
 * {@link IllegalArgumentException} whose message starts with the key at fault, such as
 * {@code lexicon[2].confidence: must be within [0, 1], was 1.5}.
 *
 * <p>The keys: {@code agency} ({@code id}, {@code name}, {@code aliases}, {@code emailDomains}),
 * {@code thresholds} ({@code review}, {@code deny}), {@code failureMode}, {@code disabledClauses},
 * {@code clauses} ({@code id}, {@code title}, {@code text}), {@code rules} (DRL file paths, relative to
 * the profile's directory), {@code lexicon} ({@code signal}, {@code term}, {@code confidence}), and two
 * keys this project adds to the contract: {@code labels} and {@code depictions}, the content label
 * and depiction words the agency's rules use besides the rule book's, and {@code exceptions}, per
 * 311.40 clause the exception words the agency's rules may grant on it.
 */
public final class ProfileJson {
    private static final Pattern WORD = Pattern.compile("[A-Z][A-Z0-9_]*");

    private ProfileJson() {}

    /**
     * Reads a profile file and the rule files it names, relative to its directory and inside it; the
     * profile and each rule file hold at most {@link AgencySetup#MAX_PROFILE_BYTES} and
     * {@link AgencySetup#MAX_RULE_FILE_BYTES}.
     *
     * @param file the profile's JSON file
     * @return the profile
     * @throws IOException              if the profile file cannot be read, is larger than its limit or is not UTF-8
     * @throws IllegalArgumentException if the profile is invalid, names a rule file outside its directory, or a
     *                                  rule file cannot be read; the message starts with the key at fault
     */
    public static AgencyProfile read(Path file) throws IOException {
        return read(file, false);
    }

    /**
     * As {@link #read(Path)}; {@code allowOutsidePaths}: rule files may lie outside the profile's directory.
     *
     * @param file              the profile's JSON file
     * @param allowOutsidePaths whether rule file paths may be absolute or climb out of the profile's directory
     * @return the profile
     * @throws IOException              if the profile file cannot be read, is larger than its limit or is not UTF-8
     * @throws IllegalArgumentException if the profile is invalid or a rule file cannot be read
     */
    public static AgencyProfile read(Path file, boolean allowOutsidePaths) throws IOException {
        return read(file, allowOutsidePaths, false);
    }

    /**
     * As {@link #read(Path, boolean)}; {@code strict}: an unknown key, such as a misspelled
     * {@code "thresholds.reveiw"}, is an {@link IllegalArgumentException} naming it where the lenient
     * default ignores it.
     *
     * @param file              the profile's JSON file
     * @param allowOutsidePaths whether rule file paths may be absolute or climb out of the profile's directory
     * @param strict            {@code true} to refuse unknown keys, {@code false} to ignore them
     * @return the profile
     * @throws IOException              if the profile file cannot be read, is larger than its limit or is not UTF-8
     * @throws IllegalArgumentException if the profile is invalid or a rule file cannot be read
     */
    public static AgencyProfile read(Path file, boolean allowOutsidePaths, boolean strict) throws IOException {
        Path dir = file.getParent() == null ? Path.of("") : file.getParent();
        return read(Json.parse(BoundedFiles.read(file, AgencySetup.MAX_PROFILE_BYTES)), dir, allowOutsidePaths, strict);
    }

    /**
     * Reads a profile whose rule file paths are relative to {@code dir}, and inside it; unknown keys are
     * ignored.
     *
     * @param json the profile as a JSON tree
     * @param dir  the directory its rule file paths are relative to
     * @return the profile
     * @throws IllegalArgumentException if the profile is invalid or a rule file cannot be read
     */
    public static AgencyProfile read(JsonNode json, Path dir) {
        return read(json, dir, false);
    }

    /**
     * Reads a profile whose rule file paths are relative to {@code dir}; unless {@code allowOutsidePaths},
     * a path that is absolute or leads out of {@code dir} is an error naming its key.
     *
     * @param json              the profile as a JSON tree
     * @param dir               the directory its rule file paths are relative to
     * @param allowOutsidePaths whether rule file paths may be absolute or climb out of {@code dir}
     * @return the profile
     * @throws IllegalArgumentException if the profile is invalid or a rule file cannot be read
     */
    public static AgencyProfile read(JsonNode json, Path dir, boolean allowOutsidePaths) {
        return read(json, dir, allowOutsidePaths, false);
    }

    /**
     * As {@link #read(JsonNode, Path, boolean)}; {@code strict}: an unknown key is an error naming it.
     *
     * @param json              the profile as a JSON tree
     * @param dir               the directory its rule file paths are relative to
     * @param allowOutsidePaths whether rule file paths may be absolute or climb out of {@code dir}
     * @param strict            {@code true} to refuse unknown keys, {@code false} to ignore them
     * @return the profile
     * @throws IllegalArgumentException if the profile is invalid, a rule file cannot be read, or, when strict,
     *                                  a key is unknown
     */
    public static AgencyProfile read(JsonNode json, Path dir, boolean allowOutsidePaths, boolean strict) {
        Field profile = Field.root(json, strict);
        if (!profile.present() || !json.isObject()) {
            throw new IllegalArgumentException("a profile must be a JSON object");
        }
        AgencyProfile portland = AgencyProfile.portland();
        Field agency = profile.get("agency");
        if (agency.present()) {
            agency.object();
        }
        String id = requireNonNullElse(agency.get("id").text(), portland.id());
        String name = requireNonNullElse(agency.get("name").text(), portland.name());
        // Another agency keeps nothing of Portland's names and addresses: its aliases default to none, and it
        // must say which email domains are its own (Portland's would read portlandoregon.gov as the agency's).
        boolean portlandItself = portland.id().equals(id);
        List<String> aliases = texts(agency.get("aliases"), portlandItself ? portland.aliases() : List.of());
        Field domains = agency.get("emailDomains");
        List<String> emailDomains = texts(domains, portland.emailDomains());
        Field thresholds = profile.get("thresholds");
        if (thresholds.present()) {
            thresholds.object();
        }
        double review = thresholds.get("review").number(portland.reviewThreshold());
        double deny = thresholds.get("deny").number(portland.denyThreshold());
        FailureMode failureMode = requireNonNullElse(profile.get("failureMode").word(FailureMode.class),
                portland.failureMode());
        List<String> disabled = texts(profile.get("disabledClauses"), portland.disabledClauses());
        List<Clause> clauses = clauses(profile.get("clauses"));
        List<RuleFile> rules = profile.get("rules").elements().stream()
                .map(r -> ruleFile(r, dir, allowOutsidePaths)).toList();
        List<LexiconEntry> lexicon = profile.get("lexicon").elements().stream().map(ProfileJson::lexiconEntry)
                .toList();
        List<String> labels = words(profile.get("labels"));
        List<String> depictions = words(profile.get("depictions"));
        Map<String, List<String>> exceptions = exceptions(profile.get("exceptions"));
        AgencyWording wording = wording(agency.get("wording"), id, name);
        profile.noUnknownFields();
        if (!portlandItself && !domains.present()) {
            // after the unknown keys: strict reading names a misspelled "emailDomain" as such
            throw domains.problem("is required for an agency other than Portland's (" + portland.id()
                    + "): the domains of the agency's own email addresses");
        }
        return profile.build(() -> new AgencyProfile(id, name, aliases, emailDomains, review, deny, failureMode,
                disabled, clauses, rules, lexicon, labels, depictions, exceptions, wording));
    }

    /**
     * {@code "agency": {"wording": {"agency": "Sheriff's Office", "chief": "Sheriff", "government": "County"}}}:
     * how the standard messages name the agency; absent, Portland's words for {@code PPB} and the agency's
     * name otherwise.
     */
    private static AgencyWording wording(Field wording, String id, String name) {
        if (!wording.present()) {
            return "PPB".equals(id) ? AgencyWording.PORTLAND : AgencyWording.named(name);
        }
        wording.object();
        String agency = wording.get("agency").requiredText();
        String chief = wording.get("chief").requiredText();
        String government = requireNonNullElse(wording.get("government").text(), "");
        return wording.build(() -> new AgencyWording(agency, chief, government));
    }

    /**
     * Reads a profile whose rule file paths, if any, are relative to the working directory, and inside it.
     *
     * @param json the profile as a JSON tree
     * @return the profile
     * @throws IllegalArgumentException if the profile is invalid or a rule file cannot be read
     */
    public static AgencyProfile read(JsonNode json) {
        return read(json, Path.of(""));
    }

    private static List<Clause> clauses(Field list) {
        Set<String> ids = new HashSet<>();
        return list.elements().stream().map(c -> {
            c.object();
            String id = c.get("id").requiredText();
            if (!ids.add(id)) {
                throw c.get("id").problem("'" + id + "' is defined twice");
            }
            String title = c.get("title").requiredText();
            String text = c.get("text").requiredText();
            return c.build(() -> new Clause(id, title, text));
        }).toList();
    }

    // The rule file is named by its path resolved against the profile's directory, so every build
    // message about it names a file the reader can open.
    private static RuleFile ruleFile(Field path, Path dir, boolean allowOutsidePaths) {
        String relative = path.requiredText();
        Path file = allowOutsidePaths ? dir.resolve(relative).normalize() : BoundedFiles.inside(dir, relative);
        if (file == null) {
            throw path.problem("must be a path inside the profile's directory (--allow-outside-paths allows others)");
        }
        try {
            return new RuleFile(file.toString(), BoundedFiles.read(file, AgencySetup.MAX_RULE_FILE_BYTES));
        } catch (IOException e) {
            throw path.problem("cannot read " + file + ": " + Json.reason(e));
        }
    }

    private static LexiconEntry lexiconEntry(Field entry) {
        entry.object();
        String signal = word(entry.get("signal").required());
        String term = entry.get("term").requiredText();
        // required: a term without a stated confidence would silently count as certain
        double confidence = entry.get("confidence").required().number(Double.NaN);
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw entry.get("confidence").problem("must be within [0, 1], was " + confidence);
        }
        return new LexiconEntry(signal, term, confidence);
    }

    /** {@code "exceptions": {"311.40-1.1": ["TRAINING_VIDEO"]}}: the words the agency's rules may grant per 311.40 clause. */
    private static Map<String, List<String>> exceptions(Field map) {
        Map<String, List<String>> exceptions = new LinkedHashMap<>();
        if (!map.present()) {
            return exceptions;
        }
        map.object();
        map.node().fieldNames().forEachRemaining(clause -> exceptions.put(clause, words(map.get(clause))));
        return exceptions;
    }

    private static List<String> words(Field list) {
        return list.elements().stream().map(ProfileJson::word).toList();
    }

    private static String word(Field field) {
        String word = field.required().text();
        if (!WORD.matcher(word).matches()) {
            throw field.problem("'" + word + "' is not an upper-case word like BADGE or UNION_ACTIVITY");
        }
        return word;
    }

    private static List<String> texts(Field list, List<String> absent) {
        return list.present() ? list.texts() : absent;
    }
}
