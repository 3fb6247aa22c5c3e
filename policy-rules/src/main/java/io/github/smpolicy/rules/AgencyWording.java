package io.github.smpolicy.rules;

import java.util.Objects;

/**
 * How the standard findings' messages name the agency, the head whose permission 311.40 requires, and
 * the government the agency belongs to. 311.40 was written for the Portland Police Bureau ("the
 * Bureau", "the Chief of Police", "the City"); an agency that adopts it gets messages in its own words.
 * The directive's own text, quoted in each finding, is not changed.
 *
 * <p>The standard rules write {@code {agency}}, {@code {chief}}, {@code {agency or government}} and
 * {@code {the agency's or government's}} in their messages; {@link #apply} puts these words in.
 *
 * @param agency     the agency as a message names it after "the": {@code Bureau}, {@code Sheriff's Office}
 * @param chief      the title of the agency's head: {@code Chief of Police}, {@code Sheriff}
 * @param government the government the agency belongs to, whose email addresses and positions count as
 *                   the agency's too ({@code City}, {@code County}); empty for none
 */
public record AgencyWording(String agency, String chief, String government) {
    /** Portland's words, those of the directive: "Bureau", "Chief of Police", "City". */
    public static final AgencyWording PORTLAND = new AgencyWording("Bureau", "Chief of Police", "City");

    /**
     * Validates the words.
     *
     * @param agency     the agency as a message names it; not blank
     * @param chief      the title of the agency's head; not blank
     * @param government the government the agency belongs to; {@code null} or blank for none
     * @throws IllegalArgumentException when the agency or the head's title is blank
     */
    public AgencyWording {
        if (agency == null || agency.isBlank() || chief == null || chief.isBlank()) {
            throw new IllegalArgumentException("agency.wording: agency and chief must not be empty");
        }
        government = Objects.requireNonNullElse(government, "").strip();
    }

    /**
     * The words for an agency known only by its name: the name itself, "head of the agency", no government.
     *
     * @param name the agency's name
     * @return wording that names the agency by its name
     */
    public static AgencyWording named(String name) {
        return new AgencyWording(name, "head of the agency", "");
    }

    /**
     * A standard message in these words.
     *
     * @param message a message that may hold the tokens the standard rules use
     * @return the message with every token replaced
     */
    public String apply(String message) {
        if (message == null || message.indexOf('{') < 0) {
            return message;
        }
        String both = government.isEmpty() ? agency : agency + " or " + government;
        String possessive = government.isEmpty() ? "the " + agency + "'s"
                : "the " + agency + "'s or the " + government + "'s";
        return message.replace("{agency or government}", both)
                .replace("{the agency's or government's}", possessive)
                .replace("{agency}", agency)
                .replace("{chief}", chief);
    }
}
