package io.github.smpolicy.rules;

import io.github.smpolicy.model.Clause;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clauses findings may cite, each with its id, title and text. The standard catalogue is read
 * from the text of Directive 311.40 shipped as a resource, so every finding quotes the directive.
 */
public final class ClauseCatalogue {
    private static final String DIRECTIVE = "directive-311.40.md";
    private static final String TITLES = "directive-311.40.titles.properties";
    private static final Pattern POLICY = Pattern.compile("^([1-4])\\. (.+)$");
    private static final Pattern PROCEDURE = Pattern.compile("^1\\.([1-9])\\. (.+)$");

    private final Map<String, Clause> clauses;
    private final List<String> order;
    private final Map<String, Integer> positions;

    private ClauseCatalogue(Map<String, Clause> clauses) {
        this.clauses = Map.copyOf(clauses);
        this.order = List.copyOf(clauses.keySet());
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            at.put(order.get(i), i);
        }
        this.positions = Map.copyOf(at);
    }

    /**
     * Directive 311.40: Policy P1–P4 and Procedure 1.1–1.9, parsed from the shipped directive text.
     *
     * @return the 13 clauses, {@code 311.40-P1} to {@code 311.40-P4} then {@code 311.40-1.1} to
     *         {@code 311.40-1.9}
     * @throws java.io.UncheckedIOException if the shipped directive text cannot be read
     */
    public static ClauseCatalogue directive31140() {
        Properties titles = new Properties();
        try (InputStream in = resource(TITLES)) {
            titles.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return of(parse(new String(resource(DIRECTIVE).readAllBytes(), StandardCharsets.UTF_8), titles));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the directive text " + DIRECTIVE, e);
        }
    }

    /**
     * A catalogue of the given clauses, in order.
     *
     * @param clauses the clauses; their ids must be unique
     * @return the catalogue
     * @throws IllegalArgumentException if two clauses share an id
     */
    public static ClauseCatalogue of(Collection<Clause> clauses) {
        Map<String, Clause> byId = new LinkedHashMap<>();
        for (Clause c : clauses) {
            if (byId.put(c.id(), c) != null) {
                throw new IllegalArgumentException("clause " + c.id() + " is defined twice");
            }
        }
        return new ClauseCatalogue(byId);
    }

    /**
     * This catalogue with {@code more} clauses after its own; this one is not changed.
     *
     * @param more the clauses to add; their ids must be new
     * @return a new catalogue
     * @throws IllegalArgumentException if an id is defined twice
     */
    public ClauseCatalogue with(Collection<Clause> more) {
        List<Clause> all = new ArrayList<>(all());
        all.addAll(more);
        return of(all);
    }

    /**
     * The clause with an id.
     *
     * @param id such as {@code 311.40-1.1}
     * @return the clause, or empty when this catalogue does not define it
     */
    public Optional<Clause> find(String id) {
        return Optional.ofNullable(clauses.get(id));
    }

    /**
     * Whether this catalogue defines a clause, so that a finding may cite it.
     *
     * @param id such as {@code 311.40-1.1}
     * @return {@code true} if it is defined
     */
    public boolean contains(String id) {
        return clauses.containsKey(id);
    }

    /**
     * Every clause, in the directive's order.
     *
     * @return the clauses, the directive's first, then any added
     */
    public List<Clause> all() {
        return order.stream().map(clauses::get).toList();
    }

    /**
     * The position of a clause in the directive's order.
     *
     * @param id such as {@code 311.40-1.1}
     * @return 0 for the first, or -1 for a clause not in this catalogue
     */
    public int indexOf(String id) {
        return positions.getOrDefault(id, -1);
    }

    /** The position of a clause in the directive's order, for sorting findings; unknown clauses last. */
    int rank(String id) {
        int i = indexOf(id);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    static List<Clause> parse(String markdown, Properties titles) {
        List<Clause> policy = new ArrayList<>();
        List<Clause> procedure = new ArrayList<>();
        String section = "";
        for (String line : markdown.lines().map(String::strip).toList()) {
            if (line.equals("Policy:") || line.equals("Procedure:")) {
                section = line;
                continue;
            }
            Matcher m;
            if (section.equals("Procedure:") && (m = PROCEDURE.matcher(line)).matches()) {
                procedure.add(clause("311.40-1." + m.group(1), m.group(2), titles));
            } else if (section.equals("Policy:") && (m = POLICY.matcher(line)).matches()) {
                policy.add(clause("311.40-P" + m.group(1), m.group(2), titles));
            }
        }
        if (policy.size() != 4 || procedure.size() != 9) {
            throw new IllegalStateException("the directive text should hold policy 1-4 and procedure 1.1-1.9, found "
                    + policy.size() + " and " + procedure.size());
        }
        List<Clause> all = new ArrayList<>(policy);
        all.addAll(procedure);
        return all;
    }

    private static Clause clause(String id, String text, Properties titles) {
        return new Clause(id, titles.getProperty(id, id), text);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ClauseCatalogue.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("resource " + name + " is missing");
        }
        return in;
    }
}
