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

    /** Whether the address belongs to one of the agency's email domains (subdomains included). */
    public boolean isAgencyEmail(String email) {
        return profile.isAgencyEmail(email);
    }
}
