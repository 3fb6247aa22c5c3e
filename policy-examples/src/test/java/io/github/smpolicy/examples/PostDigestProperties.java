package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The audit's post digest: stable under reordering the input JSON's fields, changed by any change of a field. */
class PostDigestProperties {
    private static final PolicyEvaluator EVALUATOR = PolicyEvaluator.builder().textAnalysis(false).build();

    @Provide
    Arbitrary<ObjectNode> posts() {
        Arbitrary<String> words = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
        Arbitrary<Double> confidences = Arbitraries.integers().between(0, 100).map(i -> i / 100.0);
        return Combinators.combine(words, words, Arbitraries.of("PUBLISH", "SHARE", "COMMENT", "ENDORSE"),
                Arbitraries.of("MEMBER", "CHIEF_OF_POLICE", "CHIEF_DESIGNEE", "PUBLIC_INFORMATION_OFFICER"),
                Arbitraries.strings().ofMaxLength(60), confidences, Arbitraries.of(true, false),
                Arbitraries.longs().between(1_700_000_000L, 1_800_000_000L)).as((id, name, action, role, text, c, b, t) -> {
                    ObjectNode post = Json.MAPPER.createObjectNode();
                    post.put("id", "p-" + id).put("postedAt", java.time.Instant.ofEpochSecond(t).toString())
                            .put("action", action).put("text", text);
                    post.putObject("author").put("id", "m-" + name).put("name", name).put("role", role);
                    post.putObject("account").put("platform", "facebook").put("handle", name).put("use", "PERSONAL")
                            .put("registrationEmail", name + "@example.com");
                    post.putArray("labels").add("UNION_ACTIVITY").addObject().put("name", "THREAT_OF_VIOLENCE")
                            .put("confidence", c).put("source", "classifier-x");
                    ObjectNode asset = post.putArray("media").addObject();
                    asset.put("id", "img-1").put("kind", "PHOTO").put("authorDepicted", b).put("authorInUniform", b)
                            .put("occasion", "AWARD").put("caption", name);
                    asset.putArray("depicts").add("BADGE").addObject().put("name", "LOGO").put("confidence", c);
                    ObjectNode approval = post.putArray("approvals").addObject();
                    approval.put("id", "a-1").put("kind", "PERMISSION").put("grantedAt", "2020-01-01T00:00:00Z")
                            .put("revoked", !b);
                    approval.putObject("grantedBy").put("id", "m-0").put("role", "CHIEF_OF_POLICE");
                    approval.putArray("clauses").add("311.40-1.1");
                    return post;
                });
    }

    private static String digest(JsonNode post) {
        return EVALUATOR.evaluate(PostJson.read(post)).audit().postDigest();
    }

    @Property(tries = 200)
    void reorderingTheFieldsOfTheInputJsonKeepsTheDigest(@ForAll("posts") ObjectNode post, @ForAll long seed) {
        assertEquals(digest(post), digest(shuffled(post, new Random(seed))));
    }

    @Property(tries = 200)
    void changingAnyFieldChangesTheDigest(@ForAll("posts") ObjectNode post) {
        String digest = digest(post);
        List<Consumer<ObjectNode>> changes = List.of(
                p -> p.put("id", p.get("id").asText() + "x"),
                p -> p.put("postedAt", java.time.Instant.parse(p.get("postedAt").asText()).plusSeconds(1).toString()),
                p -> p.put("action", p.get("action").asText().equals("SHARE") ? "COMMENT" : "SHARE"),
                p -> p.put("text", p.get("text").asText() + "!"),
                p -> ((ObjectNode) p.get("author")).put("name", "other"),
                p -> ((ObjectNode) p.get("author")).put("role", p.at("/author/role").asText().equals("MEMBER")
                        ? "CHIEF_DESIGNEE" : "MEMBER"),
                p -> ((ObjectNode) p.get("account")).put("use", "WORKPLACE"),
                p -> ((ObjectNode) p.get("account")).put("registrationEmail", "x" + p.at("/account/registrationEmail").asText()),
                p -> ((ObjectNode) p.at("/labels/1")).put("confidence", p.at("/labels/1/confidence").asDouble() > 0.5 ? 0.1 : 0.9),
                p -> ((ArrayNode) p.get("labels")).remove(0),
                p -> ((ObjectNode) p.at("/media/0")).put("caption", "changed"),
                p -> ((ObjectNode) p.at("/media/0")).put("authorDepicted", !p.at("/media/0/authorDepicted").asBoolean()),
                p -> ((ObjectNode) p.at("/media/0")).put("occasion", "PROMOTION"),
                p -> ((ArrayNode) p.at("/media/0/depicts")).add("PATCH"),
                p -> ((ObjectNode) p.at("/approvals/0")).put("revoked", !p.at("/approvals/0/revoked").asBoolean()),
                p -> ((ObjectNode) p.at("/approvals/0")).put("expiresAt", "2030-01-01T00:00:00Z"),
                p -> ((ArrayNode) p.at("/approvals/0/clauses")).add("311.40-1.8"));
        for (int i = 0; i < changes.size(); i++) {
            ObjectNode changed = post.deepCopy();
            changes.get(i).accept(changed);
            assertNotEquals(digest, digest(changed), "change " + i + " kept the digest: " + changed);
        }
    }

    private static JsonNode shuffled(JsonNode node, Random random) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.shuffle(names, random);
            ObjectNode out = Json.MAPPER.createObjectNode();
            names.forEach(n -> out.set(n, shuffled(node.get(n), random)));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = Json.MAPPER.createArrayNode();
            node.forEach(e -> out.add(shuffled(e, random)));
            return out;
        }
        return node;
    }
}
