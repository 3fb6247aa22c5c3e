package io.github.smpolicy.rules;

import io.github.smpolicy.model.Account;
import io.github.smpolicy.model.Action;
import io.github.smpolicy.model.Approval;
import io.github.smpolicy.model.ApprovalKind;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.MediaKind;
import io.github.smpolicy.model.Member;
import io.github.smpolicy.model.Occasion;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Role;
import io.github.smpolicy.model.SharedContent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The people, posts, photos and approvals Directive 311.40 talks about, so that a test reads as the
 * directive: a personal post by an ordinary member registered with a gmail address, at a fixed instant.
 */
final class Posts {
    static final Instant POSTED_AT = Instant.parse("2026-03-01T18:00:00Z");
    /** A week before the post: when approvals are normally granted. */
    static final Instant WEEK_BEFORE = POSTED_AT.minus(Duration.ofDays(7));
    static final Instant WEEK_AFTER = POSTED_AT.plus(Duration.ofDays(7));

    static final String PERSONAL_EMAIL = "dana.reyes@gmail.com";
    static final String BUREAU_EMAIL = "dana.reyes@portlandoregon.gov";
    static final String OWN_WORDS = "Sunset over the Columbia from Rooster Rock. Best day off in months.";

    static final Member MEMBER = new Member("m-2001", "Officer Dana Reyes", Role.MEMBER);
    static final Member CHIEF = new Member("m-0001", "Chief Elena Marsh", Role.CHIEF_OF_POLICE);
    static final Member DESIGNEE = new Member("m-0002", "Deputy Chief Sam Ode", Role.CHIEF_DESIGNEE);
    static final Member PIO = new Member("m-0003", "PIO Sgt. Carmen Ruiz", Role.PUBLIC_INFORMATION_OFFICER);
    static final Member SERGEANT = new Member("m-2310", "Sergeant Ian Whitlock", Role.MEMBER);

    static final String C1_1 = "311.40-1.1";
    static final String C1_2 = "311.40-1.2";
    static final String C1_3 = "311.40-1.3";
    static final String C1_4 = "311.40-1.4";
    static final String C1_5 = "311.40-1.5";
    static final String C1_6 = "311.40-1.6";
    static final String C1_7 = "311.40-1.7";
    static final String C1_8 = "311.40-1.8";
    static final String C1_9 = "311.40-1.9";
    static final String P2 = "311.40-P2";

    /** Portland's evaluator, compiled once for every test class. */
    /** A fixed clock, so that two evaluations of one post give equal decisions, audit record included. */
    static final java.time.Clock CLOCK = java.time.Clock.fixed(Instant.parse("2026-03-01T18:00:05Z"),
            java.time.ZoneOffset.UTC);
    static final PolicyEvaluator STANDARD = PolicyEvaluator.builder().clock(CLOCK).build();

    private Posts() {}

    /** A member publishes on a personal account registered with a gmail address. */
    static Post.Builder personalPost() {
        return personalPostBy(MEMBER);
    }

    static Post.Builder personalPostBy(Member author) {
        return Post.builder("p-1", POSTED_AT).action(Action.PUBLISH).author(author)
                .account(new Account("facebook", "dana.reyes", null, PERSONAL_EMAIL)).text(OWN_WORDS);
    }

    /** A personal account registered with {@code email}. */
    static Post.Builder personalPostRegisteredWith(String email) {
        return personalPost().account(new Account("facebook", "dana.reyes", null, email));
    }

    /** A member posts on North Precinct's official outlet. */
    static Post.Builder workplacePost() {
        return workplacePostBy(MEMBER);
    }

    static Post.Builder workplacePostBy(Member author) {
        return Post.builder("p-1", POSTED_AT).action(Action.PUBLISH).author(author)
                .account(Account.workplace("northprecinct@portlandoregon.gov"))
                .text("North Precinct officers will be at Peninsula Park for National Night Out this Tuesday.");
    }

    /** A share with no words of the member's own. */
    static Post.Builder bareShareOf(SharedContent shared) {
        return personalPost().action(Action.SHARE).text("").shared(shared);
    }

    /** A share to which the member adds words of their own. */
    static Post.Builder shareWithOwnWordsOf(SharedContent shared) {
        return personalPost().action(Action.SHARE)
                .text("Posting this so people can see what gets said. I reported the page.").shared(shared);
    }

    /** A like or reaction. */
    static Post.Builder endorsementOf(SharedContent shared) {
        return personalPost().action(Action.ENDORSE).text("").shared(shared);
    }

    static Post.Builder commentOn(SharedContent shared) {
        return personalPost().action(Action.COMMENT).text("Wow. Did not see that coming.").shared(shared);
    }

    /** Somebody else's posting that an upstream classifier labelled. */
    static SharedContent postingLabelled(String label, double confidence) {
        return new SharedContent("Somebody else's posting.", List.of(label(label, confidence)), List.of());
    }

    /** Somebody else's posting with media. */
    static SharedContent postingWith(MediaAsset... media) {
        return new SharedContent("Somebody else's posting.", List.of(), List.of(media));
    }

    /** An upstream label with its source, as a classifier attaches it. */
    static Label label(String name, double confidence) {
        return new Label(name, confidence, "classifier-x");
    }

    /** A photo depicting each word with full confidence; the author is not in it. */
    static MediaAsset photo(String id, String... depicts) {
        return MediaAsset.builder(id, MediaKind.PHOTO).depicts(depicts).build();
    }

    /** A photo a vision model says depicts {@code depiction} with {@code confidence}. */
    static MediaAsset photoDepicting(String id, String depiction, double confidence) {
        return MediaAsset.builder(id, MediaKind.PHOTO).depicts(new Label(depiction, confidence, "vision-v3")).build();
    }

    /** A photograph of the author in uniform taken at an official ceremony or recognition. */
    static MediaAsset ceremonyPhoto(String id, Occasion occasion, String... depicts) {
        return MediaAsset.builder(id, MediaKind.PHOTO).depicts(depicts).authorDepicted(true).occasion(occasion).build();
    }

    /** An approval of kind PERMISSION for the clauses, granted a week before the post. */
    static Approval.Builder permission(String id, Member grantor, String... clauses) {
        return Approval.builder(id, ApprovalKind.PERMISSION, grantor, WEEK_BEFORE).clauses(clauses);
    }

    /** The Chief of Police's express permission for the clauses, granted a week before the post. */
    static Approval.Builder chiefsPermission(String id, String... clauses) {
        return permission(id, CHIEF, clauses);
    }

    /** A consultation with the Public Information Officer, recorded a week before the post. */
    static Approval.Builder pioConsultation(String id) {
        return Approval.builder(id, ApprovalKind.PIO_CONSULTATION, PIO, WEEK_BEFORE);
    }

    static Decision evaluate(Post.Builder post) {
        return STANDARD.evaluate(post.build());
    }

    static Decision evaluate(PolicyEvaluator evaluator, Post.Builder post) {
        return evaluator.evaluate(post.build());
    }
}
