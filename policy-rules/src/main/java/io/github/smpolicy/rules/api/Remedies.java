package io.github.smpolicy.rules.api;

import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.Role;
import java.util.List;

/** Remedies rules attach to concerns, in the JSON contract's words. */
public final class Remedies {
    private Remedies() {}

    /** Obtain the Chief of Police's (or a designee's) express permission for the asset. */
    public static Remedy obtainPermission(String media) {
        return new Remedy(Remedy.OBTAIN_PERMISSION, List.of(Role.CHIEF_OF_POLICE, Role.CHIEF_DESIGNEE), mediaList(media));
    }

    public static Remedy removeMedia(String media) {
        return Remedy.of(Remedy.REMOVE_MEDIA, mediaList(media));
    }

    public static Remedy removeContent() {
        return Remedy.of(Remedy.REMOVE_CONTENT, List.of());
    }

    public static Remedy consultPio() {
        return new Remedy(Remedy.CONSULT_PIO, List.of(Role.PUBLIC_INFORMATION_OFFICER), List.of());
    }

    public static Remedy reregisterAccount() {
        return Remedy.of(Remedy.REREGISTER_ACCOUNT, List.of());
    }

    public static Remedy humanReview() {
        return Remedy.of(Remedy.HUMAN_REVIEW, List.of());
    }

    private static List<String> mediaList(String media) {
        return media == null ? List.of() : List.of(media);
    }
}
