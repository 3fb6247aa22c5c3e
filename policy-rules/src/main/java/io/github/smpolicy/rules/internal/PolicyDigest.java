package io.github.smpolicy.rules.internal;

import io.github.smpolicy.model.Clause;
import io.github.smpolicy.model.PolicyRef;
import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.LexiconEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The decision's {@code policyDigest}: SHA-256 of the canonical JSON of everything that decides —
 * the policy id and version, the profile (every setting, clause, lexicon entry and word), every
 * rule file (its name and the digest of its text), and the built-in text analyser's data when it
 * is on. Any change to any of them changes the digest.
 */
public final class PolicyDigest {
    private static final List<String> ANALYSER_DATA = List.of("lexicon-311.40.txt", "confusables.txt");

    private PolicyDigest() {}

    public static String of(PolicyRef policy, AgencyProfile profile, List<RuleBase.Source> sources, boolean textAnalysis) {
        Map<String, Object> json = new TreeMap<>();
        json.put("policy", Map.of("id", policy.id(), "version", policy.version()));
        json.put("profile", profile(profile));
        List<Object> rules = new ArrayList<>();
        for (RuleBase.Source s : sources) {
            rules.add(Map.of("file", s.path(), "digest", CanonicalJson.sha256(s.drl())));
        }
        json.put("rules", rules);
        List<Object> analyser = new ArrayList<>();
        if (textAnalysis) {
            for (String name : ANALYSER_DATA) {
                analyser.add(Map.of("file", name, "digest", CanonicalJson.sha256(resource(name))));
            }
        }
        json.put("textAnalysis", analyser);
        StringBuilder out = new StringBuilder();
        CanonicalJson.write(out, json);
        return CanonicalJson.sha256(out.toString());
    }

    private static Map<String, Object> profile(AgencyProfile p) {
        Map<String, Object> json = new TreeMap<>();
        json.put("id", p.id());
        json.put("name", p.name());
        json.put("aliases", p.aliases());
        json.put("emailDomains", p.emailDomains());
        json.put("thresholds", Map.of("review", p.reviewThreshold(), "deny", p.denyThreshold()));
        json.put("failureMode", p.failureMode().name());
        json.put("disabledClauses", p.disabledClauses());
        json.put("exceptions", new TreeMap<>(p.exceptions()));
        List<Object> clauses = new ArrayList<>();
        for (Clause c : p.clauses()) {
            clauses.add(Map.of("id", c.id(), "title", c.title(), "text", c.text()));
        }
        json.put("clauses", clauses);
        List<Object> lexicon = new ArrayList<>();
        for (LexiconEntry e : p.lexicon()) {
            lexicon.add(Map.of("signal", e.signal(), "term", e.term(), "confidence", e.confidence()));
        }
        json.put("lexicon", lexicon);
        json.put("labels", p.labels());
        json.put("depictions", p.depictions());
        return json;
    }

    private static byte[] resource(String name) {
        try (InputStream in = io.github.smpolicy.rules.text.TextAnalyser.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
