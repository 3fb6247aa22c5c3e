package io.github.smpolicy.model;

/**
 * A member of the agency: the author of a post or the grantor of an approval.
 *
 * @param id   the agency's identifier for the member; required, non-empty
 * @param name display name; may be {@code null}. Never logged by the library.
 * @param role the member's role; {@code MEMBER} when absent
 */
public record Member(String id, String name, Role role) {
    /**
     * Checks the id and defaults the role.
     *
     * @param id   required, non-empty
     * @param name display name; may be {@code null}
     * @param role {@code null} is read as {@code MEMBER}
     * @throws IllegalArgumentException if {@code id} is {@code null} or empty
     */
    public Member {
        Checks.nonBlank(id, "id");
        role = role == null ? Role.MEMBER : role;
    }

    /**
     * A member without a display name.
     *
     * @param id   required, non-empty
     * @param role {@code null} is read as {@code MEMBER}
     * @return the member
     */
    public static Member of(String id, Role role) {
        return new Member(id, null, role);
    }
}
