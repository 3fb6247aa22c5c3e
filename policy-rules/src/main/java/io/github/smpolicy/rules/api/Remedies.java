package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.Role;
import java.util.List;

/** Remedies rules attach to concerns, in the JSON contract's words. */
public final class Remedies {
    private Remedies() {}

    /**
     * Obtain the Chief of Police's (or a designee's) express permission for the asset.
     *
     * @param media the asset's id; {@code null} for the whole post
     * @return an {@code OBTAIN_PERMISSION} remedy from {@code CHIEF_OF_POLICE} or {@code CHIEF_DESIGNEE}
     */
    public static Remedy obtainPermission(String media) {
        return new Remedy(Remedy.OBTAIN_PERMISSION, List.of(Role.CHIEF_OF_POLICE, Role.CHIEF_DESIGNEE), mediaList(media));
    }

    /**
     * Remove the asset (311.40-1.1, 1.2).
     *
     * @param media the asset's id; {@code null} for the post's media in general
     * @return a {@code REMOVE_MEDIA} remedy
     */
    public static Remedy removeMedia(String media) {
        return Remedy.of(Remedy.REMOVE_MEDIA, mediaList(media));
    }

    /**
     * Remove or reword the content (the content clauses).
     *
     * @return a {@code REMOVE_CONTENT} remedy
     */
    public static Remedy removeContent() {
        return Remedy.of(Remedy.REMOVE_CONTENT, List.of());
    }

    /**
     * Consult the Public Information Officer before posting (311.40-P2).
     *
     * @return a {@code CONSULT_PIO} remedy from {@code PUBLIC_INFORMATION_OFFICER}
     */
    public static Remedy consultPio() {
        return new Remedy(Remedy.CONSULT_PIO, List.of(Role.PUBLIC_INFORMATION_OFFICER), List.of());
    }

    /**
     * Re-register the account with a personal email address (311.40-1.9).
     *
     * @return a {@code REREGISTER_ACCOUNT} remedy
     */
    public static Remedy reregisterAccount() {
        return Remedy.of(Remedy.REREGISTER_ACCOUNT, List.of());
    }

    /**
     * Wait for a reviewer's decision.
     *
     * @return a {@code HUMAN_REVIEW} remedy
     */
    public static Remedy humanReview() {
        return Remedy.of(Remedy.HUMAN_REVIEW, List.of());
    }

    private static List<String> mediaList(String media) {
        return media == null ? List.of() : List.of(media);
    }
}
