package io.github.smpolicy.rules;

import io.github.smpolicy.model.Clause;
import io.github.smpolicy.model.PolicyRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The decision's {@code policyDigest}: SHA-256 of the canonical JSON of everything that decides —
 * the policy id and version, the profile (every setting, clause, lexicon entry and word), every
 * rule file, standard and agency alike, by the digest of its bytes, in load order, and every content
 * analyser in force, built-in or added through the builder, by its {@link ContentAnalyser#id() id}
 * and {@link ContentAnalyser#version() version}, in order. Any change to any of them changes the
 * digest.
 *
 * <p>A rule file is digested by its content only, never by its name: its name is how the caller
 * spelled its path ({@code ./p.json}, {@code p.json} or an absolute path give the same rules), and the
 * engine decides nothing by it. Two profiles whose rule files hold the same bytes in the same order
 * have the same digest wherever the files live. {@code docs/audit.md} says what each digest covers.
 */
final class PolicyDigest {
    private PolicyDigest() {}

    static String of(PolicyRef policy, AgencyProfile profile, List<RuleBase.Source> sources,
            List<ContentAnalyser> analysers) {
        Map<String, Object> json = new TreeMap<>();
        json.put("policy", Map.of("id", policy.id(), "version", policy.version()));
        json.put("profile", profile(profile));
        List<Object> rules = new ArrayList<>();
        for (RuleBase.Source s : sources) {
            rules.add(CanonicalJson.sha256(s.drl()));
        }
        json.put("rules", rules);
        List<Object> analyserList = new ArrayList<>();
        for (ContentAnalyser a : analysers) {
            analyserList.add(Map.of("id", String.valueOf(a.id()), "version", String.valueOf(a.version())));
        }
        json.put("analysers", analyserList);
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
        json.put("wording", Map.of("agency", p.wording().agency(), "chief", p.wording().chief(),
                "government", p.wording().government()));
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
}
