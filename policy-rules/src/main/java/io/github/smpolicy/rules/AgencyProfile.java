package io.github.smpolicy.rules;

import java.util.ArrayList;
import java.util.List;
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
 */
public record AgencyProfile(String id, String name, List<String> aliases, List<String> emailDomains,
        double reviewThreshold, double denyThreshold, FailureMode failureMode, List<String> disabledClauses) {

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
    }

    /** The Portland Police Bureau, as the rule book reads it. */
    public static AgencyProfile portland() {
        return new AgencyProfile("PPB", "Portland Police Bureau",
                List.of("Portland Police", "Police Bureau", "PPB", "the Bureau", "City of Portland"),
                List.of("portlandoregon.gov"), 0.5, 0.9, FailureMode.REVIEW, List.of());
    }

    /** A builder that starts from Portland's defaults. */
    public static Builder builder() {
        return new Builder(portland());
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Whether {@code email} is an address of one of the agency's domains or their subdomains. */
    public boolean isAgencyEmail(String email) {
        if (email == null) {
            return false;
        }
        String address = email.strip();
        int open = address.lastIndexOf('<');
        if (open >= 0 && address.endsWith(">")) {
            // "Dana <dana@portlandoregon.gov>": the address is inside the brackets
            address = address.substring(open + 1, address.length() - 1);
        }
        int at = address.lastIndexOf('@');
        String domain = address.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        for (String own : emailDomains) {
            if (domain.equals(own) || domain.endsWith("." + own)) {
                return true;
            }
        }
        return false;
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return value;
    }

    /** Builds an {@link AgencyProfile}; every setting starts at Portland's. */
    public static final class Builder {
        private String id;
        private String name;
        private final List<String> aliases;
        private final List<String> emailDomains;
        private double review;
        private double deny;
        private FailureMode failureMode;
        private final List<String> disabledClauses;

        private Builder(AgencyProfile from) {
            id = from.id;
            name = from.name;
            aliases = new ArrayList<>(from.aliases);
            emailDomains = new ArrayList<>(from.emailDomains);
            review = from.reviewThreshold;
            deny = from.denyThreshold;
            failureMode = from.failureMode;
            disabledClauses = new ArrayList<>(from.disabledClauses);
        }

        /** The agency's id and name; replaces the aliases with {@code aliases}. */
        public Builder agency(String id, String name, String... aliases) {
            this.id = id;
            this.name = name;
            this.aliases.clear();
            this.aliases.addAll(List.of(aliases));
            return this;
        }

        /** Replaces the email domains. */
        public Builder emailDomains(String... domains) {
            emailDomains.clear();
            emailDomains.addAll(List.of(domains));
            return this;
        }

        public Builder thresholds(double review, double deny) {
            this.review = review;
            this.deny = deny;
            return this;
        }

        public Builder failureMode(FailureMode mode) {
            this.failureMode = mode;
            return this;
        }

        public Builder disableClause(String clauseId) {
            disabledClauses.add(clauseId);
            return this;
        }

        public AgencyProfile build() {
            return new AgencyProfile(id, name, aliases, emailDomains, review, deny, failureMode, disabledClauses);
        }
    }
}
