package io.github.smpolicy.rules.api;

import io.github.smpolicy.rules.AgencyProfile;

/** The agency profile in force, as a fact: thresholds, email domains, names. */
public final class PolicySettings {
    private final AgencyProfile profile;

    public PolicySettings(AgencyProfile profile) {
        this.profile = profile;
    }

    public AgencyProfile getProfile() {
        return profile;
    }

    public double getReviewThreshold() {
        return profile.reviewThreshold();
    }

    public double getDenyThreshold() {
        return profile.denyThreshold();
    }

    /**
     * Whether the address, read as a reviewer reads it, is clearly one of the agency's email domains
     * (subdomains included): {@link EmailReading#AGENCY}.
     */
    public boolean isAgencyEmail(String email) {
        return readEmail(email) == EmailReading.AGENCY;
    }

    /** How a reviewer reads the address against the agency's email domains (311.40-1.9). */
    public EmailReading readEmail(String email) {
        return EmailReading.of(email, profile.emailDomains());
    }
}
