package io.github.smpolicy.model;

/**
 * A member of the agency: the author of a post or the grantor of an approval.
 *
 * @param id   the agency's identifier for the member; required, non-empty
 * @param name display name; may be {@code null}. Never logged by the library.
 * @param role the member's role; {@code MEMBER} when absent
 */
public record Member(String id, String name, Role role) {
    public Member {
        Checks.nonBlank(id, "id");
        role = role == null ? Role.MEMBER : role;
    }

    public static Member of(String id, Role role) {
        return new Member(id, null, role);
    }
}
