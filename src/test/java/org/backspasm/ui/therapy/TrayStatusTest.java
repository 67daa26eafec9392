package org.backspasm.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Map;
import org.backspasm.core.therapy.SegmentKind;
import org.junit.jupiter.api.Test;

/** The tray decision and drawing, without touching a tray (tests never do). */
class TrayStatusTest {

    @Test
    void offeredWhereADesktopHasATray() {
        assertTrue(TrayStatus.wanted("Windows 11", Map.of(), null));
        assertTrue(TrayStatus.wanted("Mac OS X", Map.of(), null));
        assertTrue(TrayStatus.wanted("Linux", Map.of("XDG_CURRENT_DESKTOP", "KDE"), null));
        assertTrue(TrayStatus.wanted("Linux", Map.of("XDG_CURRENT_DESKTOP", "XFCE"), null));
        assertFalse(TrayStatus.wanted("Linux", Map.of("XDG_CURRENT_DESKTOP", "ubuntu:GNOME"), null));
        assertFalse(TrayStatus.wanted("Linux", Map.of(), null));
        assertTrue(TrayStatus.wanted("Linux", Map.of(), "true"));
        assertFalse(TrayStatus.wanted("Windows 11", Map.of(), "false"));
    }

    @Test
    void loadingTheClassLeavesAwtAlone() {
        // TrayStatus is loaded at every start; a static AWT object (a java.awt.Color, say) would start AWT's
        // native side and graphics environment there too, where no tray is wanted (measured: 246 classes more)
        for (java.lang.reflect.Field f : TrayStatus.class.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                assertFalse(f.getType().getName().startsWith("java.awt"), f.toString());
            }
        }
    }

    @Test
    void drawsARingOfTheTrayIconSize() {
        BufferedImage img = TrayStatus.draw(SegmentKind.APPLY_HEAT, 0.5, 24);
        assertEquals(24, img.getWidth());
        int top = img.getRGB(12, 2); // 12 o'clock: the arc starts here
        assertEquals(0xc2521a, top & 0xffffff);
    }
}
