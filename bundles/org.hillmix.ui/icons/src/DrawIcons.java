import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Draws the 16x16 view icons of org.hillmix.ui (run from the icons folder:
 * {@code java src/DrawIcons.java}). Kept beside the PNGs so the artwork can be redrawn.
 */
public class DrawIcons {

    static final Color BLUE = new Color(0x2E6DB4);
    static final Color ORANGE = new Color(0xE07B24);
    static final Color DARK = new Color(0x333333);

    public static void main(String[] args) throws IOException {
        draw("mixing.png", g -> {
            for (int x = 1; x < 15; x++) { // class-1 to class-2 gradient bar with a knob
                g.setColor(mix(BLUE, ORANGE, (x - 1) / 13.0));
                g.fillRect(x, 6, 1, 4);
            }
            g.setColor(DARK);
            g.fillRect(9, 3, 2, 10);
        });
        draw("construct.png", g -> {
            for (int x = 3; x < 13; x++) {
                g.setColor(mix(BLUE, ORANGE, (x - 3) / 9.0));
                g.fillRect(x, 3, 1, 10);
            }
            g.setColor(DARK);
            g.fillPolygon(new int[] {0, 3, 3}, new int[] {8, 5, 11}, 3);
            g.fillPolygon(new int[] {16, 13, 13}, new int[] {8, 5, 11}, 3);
        });
        draw("select.png", g -> {
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    g.setColor(mix(BLUE, ORANGE, ((r * 3 + c) * 5 % 9) / 8.0));
                    g.fillRect(1 + c * 5, 1 + r * 5, 4, 4);
                }
            }
            g.setColor(DARK);
            g.setStroke(new BasicStroke(1));
            g.drawRect(5, 5, 5, 5);
        });
        draw("free.png", g -> {
            int[] h = {4, 11, 7, 2, 9};
            for (int i = 0; i < h.length; i++) {
                g.setColor(i % 2 == 0 ? BLUE : ORANGE);
                g.fillRect(1 + i * 3, 15 - h[i], 2, h[i]);
            }
        });
    }

    interface Painter {
        void paint(Graphics2D g);
    }

    static void draw(String name, Painter p) throws IOException {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        p.paint(g);
        g.dispose();
        ImageIO.write(img, "png", new File(name));
    }

    static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() * (1 - t) + b.getRed() * t),
                (int) Math.round(a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) Math.round(a.getBlue() * (1 - t) + b.getBlue() * t));
    }
}
