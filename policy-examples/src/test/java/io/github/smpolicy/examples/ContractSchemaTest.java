package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas in {@code docs/schema} describe what the contract's readers accept and its writers
 * write: every sample and scenario post validates, every decision the evaluator writes for them too,
 * and a post without its id does not.
 */
class ContractSchemaTest {
    private static final Path SCHEMAS = Path.of("../docs/schema");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static Schema schema(String name) throws IOException {
        return REGISTRY.getSchema(Files.readString(SCHEMAS.resolve(name)));
    }

    private static List<JsonNode> posts() throws IOException {
        List<JsonNode> posts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("samples/posts.jsonl"))) {
            if (!line.isBlank()) {
                posts.add(Json.MAPPER.readTree(line));
            }
        }
        Path scenarios = Path.of(TestCommandTest.DIRECTIVE_SCENARIOS);
        for (Path file : List.of(scenarios, scenarios.resolveSibling("directive-311.40-text.jsonl"))) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    posts.add(Json.MAPPER.readTree(line).get("post"));
                }
            }
        }
        return posts;
    }

    @Test
    void everySampleAndScenarioPostAndItsDecisionValidate() throws IOException {
        Schema post = schema("post.schema.json");
        Schema decision = schema("decision.schema.json");
        PolicyEvaluator evaluator = PolicyEvaluator.standard();
        List<JsonNode> posts = posts();
        assertTrue(posts.size() > 50, "posts: " + posts.size());
        for (JsonNode json : posts) {
            List<Error> postErrors = post.validate(json);
            assertTrue(postErrors.isEmpty(), () -> json.get("id") + ": " + postErrors);
            Decision d = evaluator.evaluate(PostJson.read(json));
            JsonNode written = Json.MAPPER.readTree(DecisionJson.toJson(d));
            List<Error> decisionErrors = decision.validate(written);
            assertTrue(decisionErrors.isEmpty(), () -> json.get("id") + ": " + decisionErrors);
        }
    }

    @Test
    void aPostWithoutItsIdDoesNotValidate() throws IOException {
        ObjectNode json = (ObjectNode) posts().get(0).deepCopy();
        json.remove("id");
        assertFalse(schema("post.schema.json").validate(json).isEmpty(), "a post without an id validated");
    }
}
