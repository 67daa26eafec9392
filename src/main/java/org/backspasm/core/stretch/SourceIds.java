package org.backspasm.core.stretch;

import java.util.Set;

/** The source ids the content may cite (CLINICAL-FACTS, "Sources"). A typo in a content file is caught at start. */
public final class SourceIds {
    public static final Set<String> KNOWN = Set.of("ACP2017", "AHCPR1994", "AAFP2012", "BARTON", "BMJBP-CES",
            "BRINJIKJI2015", "CC-ESSENTIALS", "CC-MECH", "CES-LEAFLETS", "CLINICALGATE", "COCHRANE2006", "CSP",
            "DEROYAL", "FDA-CPSC", "GCARE", "GIRFT", "HEALTHWISE", "LAU2019", "MALANGA2015", "MAYO-BP", "MAYO-EX",
            "MAYO-H2T", "MEDALG", "NBT-ED", "NHS-BACK", "NHS-INFORM", "NHS-SCIATICA", "NICE-NG59", "NI-TRUST",
            "NINDS", "OrthoNY", "UCI-KRAMES", "URMC", "UWHEALTH", "VERHAGEN2016",
            "PREG-NHS", "ROS-SSS2022", "TFTF2015");

    private SourceIds() {
    }
}
