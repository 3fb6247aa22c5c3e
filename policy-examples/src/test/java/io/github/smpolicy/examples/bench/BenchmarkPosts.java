package io.github.smpolicy.examples.bench;

import io.github.smpolicy.model.Account;
import io.github.smpolicy.model.Approval;
import io.github.smpolicy.model.ApprovalKind;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.MediaKind;
import io.github.smpolicy.model.Member;
import io.github.smpolicy.model.Occasion;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Role;
import java.time.Instant;

/** The posts the evaluation benchmarks decide: small, typical (issue 5's target) and large. */
final class BenchmarkPosts {
    private static final Instant POSTED = Instant.parse("2026-06-12T18:30:00Z");
    private static final Member AUTHOR = new Member("m-2001", "Officer Dana Reyes", Role.MEMBER);
    private static final Account ACCOUNT = new Account("facebook", "dana.reyes.pdx", null, "dana.reyes@gmail.com");

    /** Ordinary posting with the odd finding and obfuscation in it, as in {@code TextAnalysisBenchmark}. */
    static final String PARAGRAPH = "Great turnout at the Peninsula Park cleanup this morning, thanks "
            + "everyone! The council votes on the parks budget on the 12th, write to them. We killed it at the 5k "
            + "and I shot the sunset from Rocky Butte with the new lens. Internal Affairs case IA-2026-0147 was "
            + "closed today. Somebody said they will k1ll that reporter, I reported the page. Views are my own. "
            + "Official position of the Portland Police Bureau: none, this is my kitchen. 🎉 s h o o t i n g "
            + "hoops later, kiiiiilling it, sh\u200Boot me a text. ";

    private static final String TYPICAL_TEXT = "Proud of everyone who worked the Rose Festival parade today: "
            + "long hours, lost kids found, and not one complaint from the families along the route. Photos "
            + "below, the one with the patrol car cleared with the Chief's office. Views are my own. Next week "
            + "is the school supply drive at the community center, bring pencils and notebooks! See you there.";

    private BenchmarkPosts() {}

    /** The benchmark's post by name: {@code small}, {@code typical} or {@code large}. */
    static Post named(String name) {
        return switch (name) {
            case "small" -> small();
            case "typical" -> typical();
            case "large" -> large();
            default -> throw new IllegalArgumentException("no benchmark post named " + name);
        };
    }

    /** 40 characters of text and nothing else. */
    static Post small() {
        return Post.builder("bench-small", POSTED).author(AUTHOR).account(ACCOUNT)
                .text("Coffee with the neighbours this morning.").build();
    }

    /**
     * 280 characters of text, 3 media assets (a marked car under permission, a family photo, an award
     * photo in uniform), 2 approvals (one applied, one unused), one upstream label below the deny threshold.
     */
    static Post typical() {
        return Post.builder("bench-typical", POSTED).author(AUTHOR).account(ACCOUNT)
                .text(cut(TYPICAL_TEXT, 280))
                .label(new Label("COURT_CASE", 0.55, "classifier"))
                .media(MediaAsset.builder("img-1", MediaKind.PHOTO).depicts(Label.of("MARKED_VEHICLE", 0.95))
                        .depicts(Label.of("BADGE", 0.7)).caption("Unit 14 at the start of the route").build())
                .media(MediaAsset.builder("img-2", MediaKind.PHOTO).authorDepicted(false)
                        .caption("The kids with their grandparents").build())
                .media(MediaAsset.builder("img-3", MediaKind.PHOTO).depicts("UNIFORM", "BADGE").authorDepicted(true)
                        .occasion(Occasion.AWARD).build())
                .approval(Approval.builder("ap-1", ApprovalKind.PERMISSION, Member.of("m-0002", Role.CHIEF_DESIGNEE),
                        Instant.parse("2026-06-10T09:00:00Z")).clauses("311.40-1.1").media("img-1").build())
                .approval(Approval.builder("ap-2", ApprovalKind.PIO_CONSULTATION,
                        Member.of("m-0003", Role.PUBLIC_INFORMATION_OFFICER), Instant.parse("2026-06-11T09:00:00Z"))
                        .build())
                .build();
    }

    /** About 8 KB of text (the paragraph above, repeated) and 10 media assets, 2 approvals. */
    static Post large() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 8192) {
            text.append(PARAGRAPH);
        }
        Post.Builder post = Post.builder("bench-large", POSTED).author(AUTHOR).account(ACCOUNT)
                .text(cut(text.toString(), 8192));
        String[][] depicts = {{}, {"BADGE"}, {"MARKED_VEHICLE", "LOGO"}, {}, {"CRIME_SCENE"}, {}, {"PATCH"}, {},
            {"BUREAU_TRAINING"}, {}};
        for (int i = 0; i < depicts.length; i++) {
            post.media(MediaAsset.builder("img-" + (i + 1), i % 3 == 2 ? MediaKind.VIDEO : MediaKind.PHOTO)
                    .depicts(depicts[i]).caption(i % 2 == 0 ? "" : "Day " + (i + 1) + " of the trip").build());
        }
        return post
                .approval(Approval.builder("ap-1", ApprovalKind.PERMISSION, Member.of("m-0002", Role.CHIEF_DESIGNEE),
                        Instant.parse("2026-06-10T09:00:00Z")).clauses("311.40-1.1").media("img-2").build())
                .approval(Approval.builder("ap-2", ApprovalKind.PERMISSION, Member.of("m-0004", Role.MEMBER),
                        Instant.parse("2026-06-10T09:00:00Z")).clauses("311.40-1.1").build())
                .build();
    }

    /** The first {@code length} characters, never ending inside a surrogate pair. */
    private static String cut(String text, int length) {
        if (text.length() < length) {
            throw new IllegalArgumentException("text of " + text.length() + " characters is shorter than " + length);
        }
        String cut = text.substring(0, length);
        return Character.isHighSurrogate(cut.charAt(length - 1)) ? cut.substring(0, length - 1) + " " : cut;
    }
}
