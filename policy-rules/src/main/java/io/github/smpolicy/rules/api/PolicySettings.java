package io.github.smpolicy.rules.api;

import io.github.smpolicy.rules.AgencyProfile;

/** The agency profile in force, as a fact: thresholds, email domains, names. */
public final class PolicySettings {
    private final AgencyProfile profile;

    /**
     * Wraps the profile in force.
     *
     * @param profile the agency profile; not {@code null}
     */
    public PolicySettings(AgencyProfile profile) {
        this.profile = profile;
    }

    /**
     * The profile itself.
     *
     * @return the agency profile
     */
    public AgencyProfile getProfile() {
        return profile;
    }

    /**
     * The confidence from which a concern is judged at all.
     *
     * @return the profile's review threshold, within [0, 1]
     */
    public double getReviewThreshold() {
        return profile.reviewThreshold();
    }

    /**
     * The confidence from which a concern may be a violation.
     *
     * @return the profile's deny threshold, within [0, 1]
     */
    public double getDenyThreshold() {
        return profile.denyThreshold();
    }

    /**
     * Whether the address, read as a reviewer reads it, is clearly one of the agency's email domains
     * (subdomains included): {@link EmailReading#AGENCY}.
     *
     * @param email a registration email as given; may be {@code null}
     * @return {@code true} only for {@link EmailReading#AGENCY}; {@code false} for an uncertain reading too
     */
    public boolean isAgencyEmail(String email) {
        return readEmail(email) == EmailReading.AGENCY;
    }

    /**
     * How a reviewer reads the address against the agency's email domains (311.40-1.9).
     *
     * @param email a registration email as given; may be {@code null}
     * @return the reading; {@link EmailReading#ELSEWHERE} for {@code null}
     */
    public EmailReading readEmail(String email) {
        if (email == null) {
            return EmailReading.ELSEWHERE;
        }
        Read key = new Read(email, profile.emailDomains());
        EmailReading reading = READ.get(key);
        if (reading == null) {
            reading = EmailReading.of(email, profile.emailDomains());
            if (READ.size() >= READ_AT_MOST) {
                READ.clear();
            }
            READ.put(key, reading);
        }
        return reading;
    }

    /** An address read against a profile's domains. */
    private record Read(String email, java.util.List<String> domains) {}

    /**
     * Readings already made: a member posts from the same account again and again, and two rules of
     * 311.40-1.9 ask for every post (reading normalises to NFKC and runs three patterns: ~3 µs a post).
     * Bounded: emptied when it holds {@value #READ_AT_MOST}.
     */
    private static final java.util.Map<Read, EmailReading> READ = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int READ_AT_MOST = 4096;
}
