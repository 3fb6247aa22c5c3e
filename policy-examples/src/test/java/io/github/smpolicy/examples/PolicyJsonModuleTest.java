package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyJsonModuleTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new PolicyJsonModule());
    private static final PolicyEvaluator EVALUATOR = PolicyEvaluator.builder().build();

    private static List<String> samples() throws IOException {
        return Files.readAllLines(Path.of("samples/posts.jsonl")).stream().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void everySamplePostAndItsDecisionRoundTripThroughTheModuleAndTheCodec() throws Exception {
        for (String line : samples()) {
            Post post = MAPPER.readValue(line, Post.class);
            assertEquals(PostJson.read(line), post);
            assertEquals(post, MAPPER.readValue(MAPPER.writeValueAsString(post), Post.class));
            assertEquals(post, PostJson.read(PostJson.toJson(post)));
            Decision decision = EVALUATOR.evaluate(post);
            String json = MAPPER.writeValueAsString(decision);
            assertEquals(DecisionJson.toJson(decision), json, "the module writes what the CLI writes");
            assertEquals(decision, MAPPER.readValue(json, Decision.class));
            assertEquals(decision, DecisionJson.read(json));
        }
    }

    @Test
    void theContractsExampleDecisionReadsBackEqual() throws Exception {
        Decision decision = DecisionJsonTest.example();
        assertEquals(decision, DecisionJson.read(DecisionJson.toJson(decision)));
        assertEquals(decision, MAPPER.readValue(MAPPER.writeValueAsString(decision), Decision.class));
    }

    @Test
    void instantsAreIso8601Strings() throws Exception {
        Instant at = Instant.parse("2026-03-01T18:20:01.123Z");
        assertEquals("\"2026-03-01T18:20:01.123Z\"", MAPPER.writeValueAsString(at));
        assertEquals(at, MAPPER.readValue("\"2026-03-01T18:20:01.123Z\"", Instant.class));
    }

    @Test
    void anInvalidPostNamesTheFieldAtFault() {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue(
                samples().get(2).replaceFirst("\"kind\": *\"PHOTO\"", "\"kind\": \"PHOTOGRAPH\""), Post.class));
        assertTrue(e.getOriginalMessage().startsWith("media[0].kind: unknown word"), e.getMessage());
    }

    @Test
    void evidenceWithoutAKnownKeyIsAnError() {
        String json = DecisionJson.toJson(DecisionJsonTest.example()).replace("{\"account\":", "{\"acount\":");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DecisionJson.read(json));
        assertTrue(e.getMessage().startsWith("findings[0].evidence[5]: not one of"), e.getMessage());
    }

    @Test
    void strictReadingNamesAMisspelledKeyAndTheKeyItMeant() throws Exception {
        String lables = samples().get(0).replaceFirst("^\\{", "{\"lables\": [\"THREAT_OF_VIOLENCE\"], ");
        assertEquals(PostJson.read(samples().get(0)), PostJson.read(lables), "lenient by default");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PostJson.read(lables, true));
        assertEquals("lables: unknown field; did you mean labels?", e.getMessage());
        ObjectMapper strict = new ObjectMapper().registerModule(PolicyJsonModule.strict());
        JsonMappingException j = assertThrows(JsonMappingException.class, () -> strict.readValue(lables, Post.class));
        assertTrue(j.getOriginalMessage().startsWith("lables: unknown field"), j.getMessage());
        String nested = samples().get(0).replaceFirst("\"handle\"", "\"handel\"");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PostJson.read(nested, true)).getMessage()
                .startsWith("account.handel: unknown field; did you mean handle?"));
    }
}
