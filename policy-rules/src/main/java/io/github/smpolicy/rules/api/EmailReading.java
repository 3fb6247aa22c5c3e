package io.github.smpolicy.rules.api;

import io.github.smpolicy.rules.text.LookAlikes;
import java.net.IDN;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How 311.40-1.9 reads a registration email, as a reviewer would: whether it is an address of one of
 * the agency's domains (their subdomains included), clearly not, or cannot be told with certainty.
 *
 * <p>The address is first normalised the way a reviewer reads it: NFKC (full-width and other
 * compatibility forms become ASCII: {@code ｐｏｒｔｌａｎｄｏｒｅｇｏｎ.ｇｏｖ} is {@code portlandoregon.gov}),
 * ideographic full stops read as dots, every format character (zero-width space and joiners, the
 * byte-order mark, bidirectional controls, the soft hyphen) and control character ({@code NUL},
 * {@code ESC}, line breaks) removed, leading and trailing white space trimmed, lower case, and one
 * trailing dot of the domain dropped. Then:
 * <ul>
 *   <li>{@link #AGENCY}: what is left is one plain address ({@code local@domain}, or
 *       {@code Name <local@domain>}) whose ASCII domain is an agency domain or one of its
 *       subdomains;</li>
 *   <li>{@link #ELSEWHERE}: no address, one plain address on another domain, or something that is
 *       not one plain address but in which no agency domain appears, even letter for letter through
 *       look-alike letters or punycode;</li>
 *   <li>{@link #UNCERTAIN}: anything else: several addresses, a comment ({@code jane@portlandoregon.gov
 *       (work)}), quotes, white space or other characters left inside, an internationalised or
 *       punycode ({@code xn--}) domain, in which an agency domain appears (letters and digits
 *       compared, after look-alike letters are read as the Latin ones they imitate and accents
 *       dropped).</li>
 * </ul>
 * An address the reader cannot parse is therefore never read as clearly not the agency's when it
 * could be: a person must look at it.
 */
public enum EmailReading {
    /** No address, or one that is clearly on no agency domain. */
    ELSEWHERE,
    /** One plain address on an agency domain or one of its subdomains. */
    AGENCY,
    /** Cannot be read with certainty, and an agency domain appears in it: a person must check. */
    UNCERTAIN;

    /** A domain label: letters, digits and inner hyphens, at most 63. */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    /** The characters of a local part (RFC 5322 atext, dots between them), any script's letters and digits. */
    private static final Pattern LOCAL = Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern PUNYCODE = Pattern.compile("(?<![a-z0-9-])xn--[a-z0-9-]+");

    /**
     * Reads {@code email} against {@code agencyDomains} (such as {@code portlandoregon.gov}).
     *
     * @param email         a registration email as given, or {@code null}
     * @param agencyDomains the agency's domains, without {@code @}
     * @return {@link #ELSEWHERE} for {@code null}; otherwise the reading described above
     */
    public static EmailReading of(String email, List<String> agencyDomains) {
        if (email == null) {
            return ELSEWHERE;
        }
        String read = normalise(email);
        String domain = plainAddressDomain(read);
        if (domain != null) {
            for (String own : agencyDomains) {
                String d = domainOf(own);
                if (domain.equals(d) || domain.endsWith("." + d)) {
                    return AGENCY;
                }
            }
            if (!domain.contains("xn--")) {
                return ELSEWHERE;
            }
        }
        // not one plain ASCII address: could it be the agency's?
        String squeezed = squeeze(punycodeDecoded(read));
        for (String own : agencyDomains) {
            String d = squeeze(domainOf(own));
            if (!d.isEmpty() && squeezed.contains(d)) {
                return UNCERTAIN;
            }
        }
        return ELSEWHERE;
    }

    /** The text as a reviewer reads it: NFKC, no format or control characters, trimmed, lower case. */
    static String normalise(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); ) {
            int c = nfkc.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.FORMAT || type == Character.CONTROL) {
                continue;
            }
            out.appendCodePoint(c == '\u3002' ? '.' : c); // the ideographic full stop, as IDNA reads it
        }
        return out.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** The ASCII domain of {@code text} if it is one plain address, without its trailing dot; else {@code null}. */
    private static String plainAddressDomain(String text) {
        String address = text;
        int open = text.indexOf('<');
        if (open >= 0) {
            // "Dana Reyes <dana@portlandoregon.gov>": one address in brackets, a name without an address before it
            if (open != text.lastIndexOf('<') || text.indexOf('>') != text.length() - 1
                    || text.substring(0, open).indexOf('@') >= 0 || text.substring(0, open).indexOf('"') >= 0) {
                return null;
            }
            address = text.substring(open + 1, text.length() - 1);
        }
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@') || !LOCAL.matcher(address.substring(0, at)).matches()) {
            return null;
        }
        String domain = address.substring(at + 1);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        if (domain.isEmpty()) {
            return null;
        }
        for (String label : domain.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return null;
            }
        }
        return domain;
    }

    private static String domainOf(String agencyDomain) {
        String d = normalise(agencyDomain);
        if (d.startsWith("@")) {
            d = d.substring(1);
        }
        return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    }

    /** Every punycode label replaced by the Unicode it encodes. */
    private static String punycodeDecoded(String text) {
        Matcher m = PUNYCODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = m.group();
            String decoded;
            try {
                decoded = IDN.toUnicode(label, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                decoded = label;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Letters and digits only, look-alike letters read as the Latin ones they imitate, accents dropped. */
    private static String squeeze(String text) {
        String latin = LookAlikes.latin(Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC),
                Normalizer.Form.NFD));
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = Character.toLowerCase(latin.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
