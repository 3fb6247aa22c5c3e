package io.github.smpolicy.model;

import java.util.List;

/** The label and depiction words of Directive 311.40's rule book, by clause. */
public final class Labels {
    private Labels() {}

    // 311.40-1.1: insignia and marked property (media depictions)
    public static final String BADGE = "BADGE";
    public static final String IDENTIFICATION = "IDENTIFICATION";
    public static final String NAME_TAG = "NAME_TAG";
    public static final String NAME_PLATE = "NAME_PLATE";
    public static final String LOGO = "LOGO";
    public static final String PATCH = "PATCH";
    public static final String MARKED_VEHICLE = "MARKED_VEHICLE";
    public static final String MARKED_EQUIPMENT = "MARKED_EQUIPMENT";
    public static final String MARKED_MATERIAL = "MARKED_MATERIAL";
    public static final String UNIFORM = "UNIFORM";
    // 311.40-1.2: scenes, operations, trainings (media depictions)
    public static final String CRIME_SCENE = "CRIME_SCENE";
    public static final String ACCIDENT_SCENE = "ACCIDENT_SCENE";
    public static final String BUREAU_OPERATION = "BUREAU_OPERATION";
    public static final String BUREAU_TRAINING = "BUREAU_TRAINING";
    // 311.40-1.3 .. 1.8: content labels
    public static final String SENSITIVE_INFORMATION = "SENSITIVE_INFORMATION";
    public static final String DISCREDITS_BUREAU = "DISCREDITS_BUREAU";
    public static final String MISCONDUCT_ADVOCACY = "MISCONDUCT_ADVOCACY";
    public static final String COMPLAINT = "COMPLAINT";
    public static final String ADMINISTRATIVE_INVESTIGATION = "ADMINISTRATIVE_INVESTIGATION";
    public static final String CRIMINAL_INVESTIGATION = "CRIMINAL_INVESTIGATION";
    public static final String LEGAL_CLAIM = "LEGAL_CLAIM";
    public static final String COURT_CASE = "COURT_CASE";
    public static final String HARASSMENT = "HARASSMENT";
    public static final String DISCRIMINATION = "DISCRIMINATION";
    public static final String THREAT_OF_VIOLENCE = "THREAT_OF_VIOLENCE";
    public static final String PROPOSED_VIOLATION_OF_LAW = "PROPOSED_VIOLATION_OF_LAW";
    public static final String PUBLIC_SAFETY_ENDANGERMENT = "PUBLIC_SAFETY_ENDANGERMENT";
    public static final String PROTECTED_CLASS_BIAS = "PROTECTED_CLASS_BIAS";
    public static final String REPRESENTS_AGENCY_VIEWS = "REPRESENTS_AGENCY_VIEWS";
    // 311.40-P3: the union exemption
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
