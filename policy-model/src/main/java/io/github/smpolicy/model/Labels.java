package io.github.smpolicy.model;

import java.util.List;

/** The label and depiction words of Directive 311.40's rule book, by clause. */
public final class Labels {
    private Labels() {}

    // 311.40-1.1: insignia and marked property (media depictions)
    /** 311.40-1.1: a Bureau badge. */
    public static final String BADGE = "BADGE";
    /** 311.40-1.1: Bureau identification. */
    public static final String IDENTIFICATION = "IDENTIFICATION";
    /** 311.40-1.1: a Bureau name tag. */
    public static final String NAME_TAG = "NAME_TAG";
    /** 311.40-1.1: a Bureau name plate. */
    public static final String NAME_PLATE = "NAME_PLATE";
    /** 311.40-1.1: a Bureau logo. */
    public static final String LOGO = "LOGO";
    /** 311.40-1.1: a Bureau patch. */
    public static final String PATCH = "PATCH";
    /** 311.40-1.1: a marked Bureau vehicle. */
    public static final String MARKED_VEHICLE = "MARKED_VEHICLE";
    /** 311.40-1.1: marked Bureau equipment. */
    public static final String MARKED_EQUIPMENT = "MARKED_EQUIPMENT";
    /** 311.40-1.1: other marked Bureau materials. */
    public static final String MARKED_MATERIAL = "MARKED_MATERIAL";
    /** 311.40-1.1: a Bureau uniform, which carries patch and badge. */
    public static final String UNIFORM = "UNIFORM";
    // 311.40-1.2: scenes, operations, trainings (media depictions)
    /** 311.40-1.2: a crime scene. */
    public static final String CRIME_SCENE = "CRIME_SCENE";
    /** 311.40-1.2: an accident scene. */
    public static final String ACCIDENT_SCENE = "ACCIDENT_SCENE";
    /** 311.40-1.2: a Bureau operation. */
    public static final String BUREAU_OPERATION = "BUREAU_OPERATION";
    /** 311.40-1.2: a Bureau training. */
    public static final String BUREAU_TRAINING = "BUREAU_TRAINING";
    // 311.40-1.3 .. 1.8: content labels
    /** 311.40-1.3: Bureau information that is sensitive, confidential or otherwise protected against disclosure. */
    public static final String SENSITIVE_INFORMATION = "SENSITIVE_INFORMATION";
    /** 311.40-1.4: content that may discredit the Bureau; at most a review, as a person must weigh it. */
    public static final String DISCREDITS_BUREAU = "DISCREDITS_BUREAU";
    /** 311.40-1.4: content promoting or advocating misconduct; at most a review, like {@link #DISCREDITS_BUREAU}. */
    public static final String MISCONDUCT_ADVOCACY = "MISCONDUCT_ADVOCACY";
    /** 311.40-1.5: a complaint connected with the Bureau's work. */
    public static final String COMPLAINT = "COMPLAINT";
    /** 311.40-1.5: an administrative (internal affairs) investigation connected with the Bureau. */
    public static final String ADMINISTRATIVE_INVESTIGATION = "ADMINISTRATIVE_INVESTIGATION";
    /** 311.40-1.5: a criminal investigation connected with the Bureau's work. */
    public static final String CRIMINAL_INVESTIGATION = "CRIMINAL_INVESTIGATION";
    /** 311.40-1.5: a legal claim connected with the Bureau's work. */
    public static final String LEGAL_CLAIM = "LEGAL_CLAIM";
    /** 311.40-1.5: a court case connected with the Bureau's work (not court news in general). */
    public static final String COURT_CASE = "COURT_CASE";
    /** 311.40-1.6: harassing content. */
    public static final String HARASSMENT = "HARASSMENT";
    /** 311.40-1.6: discriminatory content, such as a call for unequal treatment (bias wording alone is 1.7). */
    public static final String DISCRIMINATION = "DISCRIMINATION";
    /** 311.40-1.6: a threat of violence, explicit or veiled. */
    public static final String THREAT_OF_VIOLENCE = "THREAT_OF_VIOLENCE";
    /** 311.40-1.6: content proposing a violation of the law. */
    public static final String PROPOSED_VIOLATION_OF_LAW = "PROPOSED_VIOLATION_OF_LAW";
    /** 311.40-1.6: content including an activity that would endanger public safety. */
    public static final String PUBLIC_SAFETY_ENDANGERMENT = "PUBLIC_SAFETY_ENDANGERMENT";
    /** 311.40-1.7: ridicule, disparagement, bias or disrespect towards a legally protected class. */
    public static final String PROTECTED_CLASS_BIAS = "PROTECTED_CLASS_BIAS";
    /** 311.40-1.8: a position presented as the Bureau's or the City's. */
    public static final String REPRESENTS_AGENCY_VIEWS = "REPRESENTS_AGENCY_VIEWS";
    // 311.40-P3: the union exemption
    /**
     * 311.40-P3: possibly protected union activity; turns the post's violations, other than 1.9's,
     * into reviews.
     */
    public static final String UNION_ACTIVITY = "UNION_ACTIVITY";

    /** Depiction words of 311.40-1.1. */
    public static final List<String> INSIGNIA = List.of(BADGE, IDENTIFICATION, NAME_TAG, NAME_PLATE, LOGO, PATCH,
            MARKED_VEHICLE, MARKED_EQUIPMENT, MARKED_MATERIAL, UNIFORM);
    /** Depiction words of 311.40-1.2. */
    public static final List<String> SCENES = List.of(CRIME_SCENE, ACCIDENT_SCENE, BUREAU_OPERATION, BUREAU_TRAINING);
    /** Every media depiction word of the rule book. */
    public static final List<String> DEPICTIONS = concat(INSIGNIA, SCENES);
    /** Every content label word of the rule book, {@code UNION_ACTIVITY} included. */
    public static final List<String> CONTENT = List.of(SENSITIVE_INFORMATION, DISCREDITS_BUREAU, MISCONDUCT_ADVOCACY,
            COMPLAINT, ADMINISTRATIVE_INVESTIGATION, CRIMINAL_INVESTIGATION, LEGAL_CLAIM, COURT_CASE, HARASSMENT,
            DISCRIMINATION, THREAT_OF_VIOLENCE, PROPOSED_VIOLATION_OF_LAW, PUBLIC_SAFETY_ENDANGERMENT,
            PROTECTED_CLASS_BIAS, REPRESENTS_AGENCY_VIEWS, UNION_ACTIVITY);

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
