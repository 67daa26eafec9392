package org.backspasm.core.therapy;

/** One part of a session: a pack on the back, or the skin break between two. */
public enum SegmentKind {
    APPLY_ICE("Ice on", Modality.ICE),
    APPLY_HEAT("Heat on", Modality.HEAT),
    SKIN_BREAK("Skin break", null);

    private final String label;
    private final Modality modality;

    SegmentKind(String label, Modality modality) {
        this.label = label;
        this.modality = modality;
    }

    public String label() {
        return label;
    }

    /** Ice or heat for an apply segment; null for a skin break. */
    public Modality modality() {
        return modality;
    }

    public boolean isApply() {
        return modality != null;
    }

    public static SegmentKind apply(Modality m) {
        return m == Modality.ICE ? APPLY_ICE : APPLY_HEAT;
    }
}
