package io.github.smpolicy.rules;

import io.github.smpolicy.model.Clause;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything agency-specific, as data. {@link #portland()} is the default: the Portland Police
 * Bureau, {@code portlandoregon.gov}, thresholds 0.5 and 0.9, failures to {@code REVIEW}.
 *
 * @param id              short id such as {@code PPB}
 * @param name            the agency's name as text refers to it
 * @param aliases         other names text uses for it ("PPB", "the Bureau")
 * @param emailDomains    domains (their subdomains included) whose addresses belong to the agency
 * @param reviewThreshold confidence at or above which a signal is a {@code REVIEW} finding
 * @param denyThreshold   confidence at or above which a signal is a {@code VIOLATION}
 * @param failureMode     the outcome of a decision whose evaluation failed
 * @param disabledClauses clause ids whose findings this agency does not raise
 * @param clauses         the agency's own clauses, cited by its rules' findings
 * @param rules           the agency's own DRL files, compiled into one rule base with the standard rules
 * @param lexicon         terms that raise content signals in text
 * @param labels          content label words the agency's rules use, besides the rule book's
 * @param depictions      depiction words the agency's rules use, besides the rule book's
 * @param exceptions      per standard clause, the exception words the agency's rules may grant on it;
 *                        with {@code disabledClauses}, the only way an agency changes 311.40 (an agency
 *                        rule that lifts a standard clause with any other word is an error in the decision)
 * @param wording         how the standard findings' messages name the agency, its head and its government
 */
public record AgencyProfile(String id, String name, List<String> aliases, List<String> emailDomains,
        double reviewThreshold, double denyThreshold, FailureMode failureMode, List<String> disabledClauses,
        List<Clause> clauses, List<RuleFile> rules, List<LexiconEntry> lexicon, List<String> labels,
        List<String> depictions, Map<String, List<String>> exceptions, AgencyWording wording) {

    /**
     * Copies every list and map, lower-cases the email domains and drops a leading {@code @} from them.
     *
     * @param id              required, not blank
     * @param name            required, not blank
     * @param aliases         required; may be empty
     * @param emailDomains    required, each not blank; may be empty here ({@link PolicyEvaluator.Builder#build()}
     *                        refuses a profile without one)
     * @param reviewThreshold greater than 0, at most {@code denyThreshold}
     * @param denyThreshold   at most 1
     * @param failureMode     required
     * @param disabledClauses required; may be empty
     * @param clauses         required; may be empty
     * @param rules           required; may be empty
     * @param lexicon         required; may be empty
     * @param labels          required; may be empty
     * @param depictions      required; may be empty
     * @param exceptions      required; each key not blank, each value not {@code null}
     * @param wording         required
     * @throws IllegalArgumentException if the id, the name, an email domain or an exception's clause is blank,
     *                                  or the thresholds are out of order
     * @throws NullPointerException     if a required part is {@code null}
     */
    public AgencyProfile {
        requireText(id, "agency.id");
        requireText(name, "agency.name");
        aliases = List.copyOf(Objects.requireNonNull(aliases, "agency.aliases"));
        emailDomains = Objects.requireNonNull(emailDomains, "agency.emailDomains").stream()
                .map(d -> requireText(d, "agency.emailDomains[]").toLowerCase(Locale.ROOT).replaceFirst("^@", ""))
                .toList();
        if (!(reviewThreshold > 0.0 && reviewThreshold <= denyThreshold && denyThreshold <= 1.0)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < review <= deny <= 1, were review="
                    + reviewThreshold + " deny=" + denyThreshold);
        }
        Objects.requireNonNull(failureMode, "failureMode");
        disabledClauses = List.copyOf(Objects.requireNonNull(disabledClauses, "disabledClauses"));
        clauses = List.copyOf(Objects.requireNonNull(clauses, "clauses"));
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        lexicon = List.copyOf(Objects.requireNonNull(lexicon, "lexicon"));
        labels = List.copyOf(Objects.requireNonNull(labels, "labels"));
        depictions = List.copyOf(Objects.requireNonNull(depictions, "depictions"));
        Map<String, List<String>> declared = new LinkedHashMap<>();
        Objects.requireNonNull(exceptions, "exceptions").forEach((clause, words) -> declared.put(
                requireText(clause, "exceptions"), List.copyOf(Objects.requireNonNull(words, "exceptions." + clause))));
        exceptions = java.util.Collections.unmodifiableMap(declared);
        Objects.requireNonNull(wording, "agency.wording");
    }

    /**
     * A profile in the default words for its agency: the directive's for Portland ({@code PPB}), the
     * agency's name otherwise ({@link AgencyWording#named}).
     *
     * @param id              required, not blank
     * @param name            required, not blank
     * @param aliases         required; may be empty
     * @param emailDomains    required, each not blank
     * @param reviewThreshold greater than 0, at most {@code denyThreshold}
     * @param denyThreshold   at most 1
     * @param failureMode     required
     * @param disabledClauses required; may be empty
     * @param clauses         required; may be empty
     * @param rules           required; may be empty
     * @param lexicon         required; may be empty
     * @param labels          required; may be empty
     * @param depictions      required; may be empty
     * @param exceptions      required; each key not blank, each value not {@code null}
     * @throws IllegalArgumentException as the canonical constructor does
     * @throws NullPointerException     as the canonical constructor does
     */
    public AgencyProfile(String id, String name, List<String> aliases, List<String> emailDomains,
            double reviewThreshold, double denyThreshold, FailureMode failureMode, List<String> disabledClauses,
            List<Clause> clauses, List<RuleFile> rules, List<LexiconEntry> lexicon, List<String> labels,
            List<String> depictions, Map<String, List<String>> exceptions) {
        this(id, name, aliases, emailDomains, reviewThreshold, denyThreshold, failureMode, disabledClauses, clauses,
                rules, lexicon, labels, depictions, exceptions, defaultWording(id, name));
    }

    private static AgencyWording defaultWording(String id, String name) {
        return "PPB".equals(id) || name == null || name.isBlank() ? AgencyWording.PORTLAND : AgencyWording.named(name);
    }

    /**
     * A profile that declares no exceptions of its own on 311.40's clauses.
     *
     * @param id              required, not blank
     * @param name            required, not blank
     * @param aliases         required; may be empty
     * @param emailDomains    required, each not blank
     * @param reviewThreshold greater than 0, at most {@code denyThreshold}
     * @param denyThreshold   at most 1
     * @param failureMode     required
     * @param disabledClauses required; may be empty
     * @param clauses         required; may be empty
     * @param rules           required; may be empty
     * @param lexicon         required; may be empty
     * @param labels          required; may be empty
     * @param depictions      required; may be empty
     * @throws IllegalArgumentException as the canonical constructor does
     * @throws NullPointerException     as the canonical constructor does
     */
    public AgencyProfile(String id, String name, List<String> aliases, List<String> emailDomains,
            double reviewThreshold, double denyThreshold, FailureMode failureMode, List<String> disabledClauses,
            List<Clause> clauses, List<RuleFile> rules, List<LexiconEntry> lexicon, List<String> labels,
            List<String> depictions) {
        this(id, name, aliases, emailDomains, reviewThreshold, denyThreshold, failureMode, disabledClauses, clauses,
                rules, lexicon, labels, depictions, Map.of());
    }

    /**
     * Whether the profile lets its rules grant {@code exception} on {@code clause}.
     *
     * @param clause    a standard clause id, such as {@code 311.40-1.1}
     * @param exception an exception word, such as {@code TRAINING_VIDEO}
     * @return {@code true} if {@link #exceptions()} lists {@code exception} under {@code clause}
     */
    public boolean declaresException(String clause, String exception) {
        List<String> words = exceptions.get(clause);
        return words != null && words.contains(exception);
    }

    /**
     * A profile of settings only: no clauses, rules, lexicon, vocabulary or exceptions of its own.
     *
     * @param id              required, not blank
     * @param name            required, not blank
     * @param aliases         required; may be empty
     * @param emailDomains    required, each not blank
     * @param reviewThreshold greater than 0, at most {@code denyThreshold}
     * @param denyThreshold   at most 1
     * @param failureMode     required
     * @param disabledClauses required; may be empty
     * @throws IllegalArgumentException as the canonical constructor does
     * @throws NullPointerException     as the canonical constructor does
     */
    public AgencyProfile(String id, String name, List<String> aliases, List<String> emailDomains,
            double reviewThreshold, double denyThreshold, FailureMode failureMode, List<String> disabledClauses) {
        this(id, name, aliases, emailDomains, reviewThreshold, denyThreshold, failureMode, disabledClauses,
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The Portland Police Bureau, as the rule book reads it.
     *
     * @return {@code PPB}, its aliases, {@code portlandoregon.gov}, thresholds 0.5 and 0.9, failures to
     *         {@code REVIEW}, nothing disabled or added
     */
    public static AgencyProfile portland() {
        return new AgencyProfile("PPB", "Portland Police Bureau",
                List.of("Portland Police", "Police Bureau", "PPB", "the Bureau", "City of Portland"),
                List.of("portlandoregon.gov"), 0.5, 0.9, FailureMode.REVIEW, List.of());
    }

    /**
     * A builder that starts from Portland's profile, {@link #portland()}: its id, name, aliases and email
     * domain ({@code portlandoregon.gov}) stay unless replaced. For Portland and variations of it (other
     * thresholds, a disabled clause, agency rules). Another agency starts from
     * {@link #builder(String, String)}, which keeps nothing of Portland's; with this builder, an agency
     * that sets {@link Builder#agency agency(…)} to another id loses Portland's email domain and must set
     * {@link Builder#emailDomains emailDomains}.
     *
     * @return a builder holding Portland's profile
     */
    public static Builder builder() {
        return new Builder(portland());
    }

    /**
     * A builder for an agency other than Portland that starts empty of Portland: no aliases, no email
     * domains, no rules; thresholds 0.5 and 0.9 and failures to {@code REVIEW}, the rule book's defaults.
     * {@link Builder#emailDomains emailDomains} is required: {@link Builder#build()} fails without one.
     *
     * @param id   the agency's short id, such as {@code CCSO}
     * @param name the agency's name as text refers to it
     * @return a builder holding the agency's id and name only
     */
    public static Builder builder(String id, String name) {
        Builder b = new Builder(portland());
        b.agency(id, name);
        b.wording = name == null || name.isBlank() ? AgencyWording.PORTLAND : AgencyWording.named(name);
        b.emailDomains.clear();
        b.requireEmailDomain = true;
        return b;
    }

    /**
     * A builder that starts from this profile.
     *
     * @return a builder holding every setting of this profile
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Whether {@code email} reads, beyond doubt, as an address of one of the agency's domains or their
     * subdomains ({@link io.github.smpolicy.rules.api.EmailReading#AGENCY}): normalised as a reviewer
     * reads it. An address that may be the agency's but cannot be read with certainty is not one here;
     * 311.40-1.9 sends it to review.
     *
     * @param email a registration email as given; may be {@code null}
     * @return {@code true} only for an address read as {@link io.github.smpolicy.rules.api.EmailReading#AGENCY};
     *         {@code false} for {@code null}
     */
    public boolean isAgencyEmail(String email) {
        return email != null
                && io.github.smpolicy.rules.api.EmailReading.of(email, emailDomains)
                        == io.github.smpolicy.rules.api.EmailReading.AGENCY;
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return value;
    }

    /**
     * Builds an {@link AgencyProfile}: from Portland's ({@link AgencyProfile#builder()}), from nothing of
     * Portland's ({@link AgencyProfile#builder(String, String)}) or from a profile
     * ({@link AgencyProfile#toBuilder()}). Methods that add ({@code disableClause}, {@code clause},
     * {@code rules}, {@code lexicon}, {@code labels}, {@code depictions}, {@code exception}) add to what
     * the builder holds; {@code agency} and {@code emailDomains} replace it.
     */
    public static final class Builder {
        private boolean requireEmailDomain;
        private boolean domainsSet;
        private String id;
        private String name;
        private final List<String> aliases;
        private final List<String> emailDomains;
        private double review;
        private double deny;
        private FailureMode failureMode;
        private final List<String> disabledClauses;
        private final List<Clause> clauses;
        private final List<RuleFile> rules;
        private final List<LexiconEntry> lexicon;
        private final List<String> labels;
        private final List<String> depictions;
        private final Map<String, List<String>> exceptions = new LinkedHashMap<>();
        private AgencyWording wording;

        private Builder(AgencyProfile from) {
            id = from.id;
            name = from.name;
            aliases = new ArrayList<>(from.aliases);
            emailDomains = new ArrayList<>(from.emailDomains);
            review = from.reviewThreshold;
            deny = from.denyThreshold;
            failureMode = from.failureMode;
            disabledClauses = new ArrayList<>(from.disabledClauses);
            clauses = new ArrayList<>(from.clauses);
            rules = new ArrayList<>(from.rules);
            lexicon = new ArrayList<>(from.lexicon);
            labels = new ArrayList<>(from.labels);
            depictions = new ArrayList<>(from.depictions);
            from.exceptions.forEach((clause, words) -> exceptions.put(clause, new ArrayList<>(words)));
            wording = from.wording;
        }

        /**
         * How the standard messages name the agency, its head and its government (Portland's by default;
         * the agency's name for a profile begun with {@link AgencyProfile#builder(String, String)}).
         *
         * @param wording the words
         * @return this builder
         */
        public Builder wording(AgencyWording wording) {
            this.wording = Objects.requireNonNull(wording, "wording");
            return this;
        }

        /**
         * The agency's id and name; replaces the aliases with {@code aliases}. When the id changes and the
         * email domains were not set on this builder, they are cleared and {@link #build()} requires
         * {@link #emailDomains emailDomains}: an agency never silently keeps another's (Portland's
         * {@code portlandoregon.gov}). When the id changes and the wording is Portland's, the standard
         * messages name the agency by {@code name} ({@link AgencyWording#named}).
         *
         * @param id      the agency's short id, such as {@code PPB}
         * @param name    the agency's name as text refers to it
         * @param aliases other names text uses for it; none to clear them
         * @return this builder
         */
        public Builder agency(String id, String name, String... aliases) {
            if (id != null && !id.isBlank() && !Objects.equals(id, this.id)) {
                if (!domainsSet) {
                    emailDomains.clear();
                    requireEmailDomain = true;
                }
                if (wording == AgencyWording.PORTLAND && name != null && !name.isBlank()) {
                    wording = AgencyWording.named(name);
                }
            }
            this.id = id;
            this.name = name;
            this.aliases.clear();
            this.aliases.addAll(List.of(aliases));
            return this;
        }

        /**
         * Replaces the email domains.
         *
         * @param domains such as {@code portlandoregon.gov}, with or without a leading {@code @}; their subdomains
         *                count too
         * @return this builder
         */
        public Builder emailDomains(String... domains) {
            domainsSet = true;
            emailDomains.clear();
            emailDomains.addAll(List.of(domains));
            return this;
        }

        /**
         * Sets the confidences from which a signal is a review and a violation.
         *
         * @param review greater than 0, at most {@code deny}; 0.5 by default
         * @param deny   at most 1; 0.9 by default
         * @return this builder; {@link #build()} checks the order
         */
        public Builder thresholds(double review, double deny) {
            this.review = review;
            this.deny = deny;
            return this;
        }

        /**
         * Sets the outcome of a decision whose evaluation failed.
         *
         * @param mode {@code REVIEW} (the default) or {@code DENY}; {@link #build()} refuses {@code null}
         * @return this builder
         */
        public Builder failureMode(FailureMode mode) {
            this.failureMode = mode;
            return this;
        }

        /**
         * Switches a clause off: its concerns are withdrawn as soon as they are raised.
         *
         * @param clauseId a clause the catalogue defines, such as {@code 311.40-1.8}; checked when the evaluator
         *                 is built
         * @return this builder
         */
        public Builder disableClause(String clauseId) {
            disabledClauses.add(clauseId);
            return this;
        }

        /**
         * Adds one of the agency's own clauses, which its rules' findings cite.
         *
         * @param id    a clause id not in Directive 311.40, such as {@code CCSO-7}
         * @param title a short title
         * @param text  the clause's text, quoted by its findings
         * @return this builder
         * @throws IllegalArgumentException if a part is {@code null} or empty
         */
        public Builder clause(String id, String title, String text) {
            clauses.add(new Clause(id, title, text));
            return this;
        }

        /**
         * Adds a DRL file of the agency's rules.
         *
         * @param name the file's name in build messages, such as {@code rules/undercover.drl}
         * @param drl  the rules, in DRL
         * @return this builder
         * @throws NullPointerException if either is {@code null}
         */
        public Builder rules(String name, String drl) {
            rules.add(new RuleFile(name, drl));
            return this;
        }

        /**
         * Adds a DRL file of the agency's rules, such as one {@link RuleFile#read(java.nio.file.Path) read} from disk.
         *
         * @param file the file; not {@code null}
         * @return this builder
         * @throws NullPointerException if {@code file} is {@code null}
         */
        public Builder rules(RuleFile file) {
            rules.add(Objects.requireNonNull(file, "rules"));
            return this;
        }

        /**
         * Adds a lexicon entry: {@code term} found in a text raises {@code signal} at {@code confidence}.
         *
         * @param signal     a content label word of the rule book or of {@link #labels(String...)}
         * @param term       the words to find, matched as whole words
         * @param confidence within [0, 1]
         * @return this builder
         * @throws NullPointerException     if {@code signal} is {@code null}
         * @throws IllegalArgumentException if {@code term} is blank or the confidence is outside [0, 1]
         */
        public Builder lexicon(String signal, String term, double confidence) {
            lexicon.add(new LexiconEntry(signal, term, confidence));
            return this;
        }

        /**
         * Adds content label words the agency's rules use, besides the rule book's.
         *
         * @param words upper-case words
         * @return this builder
         */
        public Builder labels(String... words) {
            labels.addAll(List.of(words));
            return this;
        }

        /**
         * Adds depiction words the agency's rules use, besides the rule book's.
         *
         * @param words upper-case words
         * @return this builder
         */
        public Builder depictions(String... words) {
            depictions.addAll(List.of(words));
            return this;
        }

        /**
         * Declares that the agency's rules may grant {@code exception} on the standard clause
         * {@code clause} (e.g. {@code ExceptionGrant.lifting("311.40-1.1", "TRAINING_VIDEO", media)}). It
         * shows in the profile, in {@code policyDigest}, and in every decision it lifts a finding of.
         *
         * @param clause    a clause of 311.40, such as {@code 311.40-1.1}; checked when the evaluator is built
         * @param exception an upper-case word of at most 64 characters, such as {@code TRAINING_VIDEO}
         * @return this builder
         */
        public Builder exception(String clause, String exception) {
            exceptions.computeIfAbsent(clause, c -> new ArrayList<>()).add(exception);
            return this;
        }

        /**
         * The profile.
         *
         * @return the profile this builder holds
         * @throws PolicyBuildException listing every setting at fault (an empty id or name, thresholds out
         *                              of order, no email domain for an agency built from
         *                              {@link AgencyProfile#builder(String, String)}, …); it is an
         *                              {@link IllegalArgumentException}, as it was before it listed them all
         */
        public AgencyProfile build() {
            List<String> problems = new ArrayList<>();
            if (id == null || id.isBlank()) {
                problems.add("profile: agency.id must not be empty");
            }
            if (name == null || name.isBlank()) {
                problems.add("profile: agency.name must not be empty");
            }
            if (aliases.stream().anyMatch(Objects::isNull)) {
                problems.add("profile: agency.aliases must not hold null");
            }
            if (emailDomains.stream().anyMatch(d -> d == null || d.isBlank())) {
                problems.add("profile: agency.emailDomains[] must not be empty");
            }
            if (requireEmailDomain && emailDomains.isEmpty()) {
                problems.add("profile: agency.emailDomains: agency " + id + " names no email domain (311.40-1.9"
                        + " reads registration emails against them); set emailDomains(...)");
            }
            if (!(review > 0.0 && review <= deny && deny <= 1.0)) {
                problems.add("profile: thresholds must satisfy 0 < review <= deny <= 1, were review=" + review
                        + " deny=" + deny);
            }
            if (failureMode == null) {
                problems.add("profile: failureMode must not be null");
            }
            exceptions.forEach((clause, words) -> {
                if (clause == null || clause.isBlank()) {
                    problems.add("profile: exceptions: a clause id must not be empty");
                }
            });
            if (!problems.isEmpty()) {
                throw new PolicyBuildException(problems);
            }
            try {
                return new AgencyProfile(id, name, aliases, emailDomains, review, deny, failureMode, disabledClauses,
                        clauses, rules, lexicon, labels, depictions, exceptions, wording);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new PolicyBuildException(List.of("profile: " + e.getMessage()));
            }
        }
    }
}
